import { topologyFromStepData } from '../topology/from-results.js';
import { bondBetween } from '../topology/model.js';
import type { StepContext } from './step.js';

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
  const found = topologyFromStepData('node', null, ctx.previous.get('topology')?.data ?? {});
  const withLinks = found?.gpus.filter((g) => g.nvlink !== null) ?? [];
  const speed = found?.linkSpeedGBs ?? ctx.config.expected?.linkSpeedGBs ?? null;
  const perPair = ctx.config.expected?.nvlinksPerPair ?? null;
  return {
    linkSpeedGBs: speed,
    pairPeak(a, b) {
      if (speed === null) return null;
      const links = found ? bondBetween(found, a, b) : perPair;
      return links ? round(links * speed) : null;
    },
    gpuPeak() {
      if (speed === null) return null;
      const active = withLinks.length > 0 ? Math.min(...withLinks.map((g) => g.nvlink!.activeLinks)) : perPair;
      return active ? round(active * speed) : null;
    },
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
