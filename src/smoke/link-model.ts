import type { NvlinkStatusData } from '../parsers/nvlink-status.js';
import type { TopoData } from '../parsers/topo.js';
import type { StepContext } from './step.js';
import { pairLinks } from './topology-check.js';

/**
 * The NVLink peak of a GPU pair (active links × per-link speed, unidirectional), from what the
 * topology step found on this node; the expected topology fills in what it could not read.
 */
export interface LinkModel {
  pairPeak(a: number, b: number): number | null;
  /** One GPU's NVLink peak (its active links × speed): the ceiling of a ring all-reduce's busbw. */
  gpuPeak(): number | null;
  linkSpeedGBs: number | null;
}

export function linkModel(ctx: Pick<StepContext, 'previous' | 'config'>): LinkModel {
  const data = ctx.previous.get('topology')?.data ?? {};
  const topo = isTopo(data.topo) ? data.topo : null;
  const status = isStatus(data.nvlinkStatus) ? data.nvlinkStatus : null;
  const measured = status?.gpus.flatMap((g) => g.links).find((l) => l.active && l.speedGBs !== null)?.speedGBs ?? null;
  const speed = measured ?? ctx.config.expected?.linkSpeedGBs ?? null;
  const perPair = ctx.config.expected?.nvlinksPerPair ?? null;
  return {
    linkSpeedGBs: speed,
    pairPeak(a, b) {
      if (speed === null) return null;
      const links = topo ? pairLinks(topo, a, b) : perPair;
      return links ? round(links * speed) : null;
    },
    gpuPeak() {
      if (speed === null) return null;
      const active = status ? Math.min(...status.gpus.map((g) => g.links.filter((l) => l.active).length)) : perPair;
      return active && Number.isFinite(active) ? round(active * speed) : null;
    },
  };
}

function isTopo(value: unknown): value is TopoData {
  return typeof value === 'object' && value !== null && 'matrix' in value && 'gpus' in value;
}

function isStatus(value: unknown): value is NvlinkStatusData {
  return typeof value === 'object' && value !== null && Array.isArray((value as NvlinkStatusData).gpus);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
