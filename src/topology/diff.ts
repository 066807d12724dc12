import type { ExpectedTopology } from '../manifest/schema/canary.js';
import { bondBetween, type NodeTopology } from './model.js';

export type FindingKind = 'gpu-count' | 'island' | 'pair-links' | 'link-inactive' | 'link-speed' | 'nvlink-missing';

/** One way the node differs from what the manifest expects; names the GPU pair or link. */
export interface TopologyFinding {
  kind: FindingKind;
  message: string;
  gpus: number[];
  link?: number;
  expected: unknown;
  actual: unknown;
}

/** Link rates within this fraction of the expected rate count as equal (26.562 printed for 26.5625). */
const SPEED_TOLERANCE = 0.005;

/** Everything in `found` that contradicts `expected`; empty when the node is as expected. */
export function diffTopology(expected: ExpectedTopology, found: NodeTopology): TopologyFinding[] {
  const findings: TopologyFinding[] = [];
  const present = new Set(found.gpus.map((g) => g.index));
  if (found.gpus.length !== expected.gpus) {
    const missing = range(expected.gpus).filter((i) => !present.has(i));
    findings.push({
      kind: 'gpu-count',
      message: `expected ${expected.gpus} GPUs, found ${found.gpus.length}${missing.length ? ` (missing GPU${missing.join(', GPU')})` : ''}`,
      gpus: missing,
      expected: expected.gpus,
      actual: found.gpus.length,
    });
  }
  const expectedIslands = expected.islands ?? [range(expected.gpus)];
  for (const island of expectedIslands) {
    const members = island.filter((i) => present.has(i));
    const split = new Map<number, number[]>();
    for (const gpu of members) {
      const id = found.gpus.find((g) => g.index === gpu)!.island;
      split.set(id, [...(split.get(id) ?? []), gpu]);
    }
    if (split.size > 1) {
      const parts = [...split.values()];
      findings.push({
        kind: 'island',
        message: `NVLink island [${island.join(',')}] is split into ${parts.map((p) => `[${p.join(',')}]`).join(' ')}`,
        gpus: island,
        expected: island,
        actual: parts,
      });
    }
    if (expected.nvlinksPerPair === undefined) continue;
    for (const [a, b] of pairs(members)) {
      const links = bondBetween(found, a, b);
      if (links !== expected.nvlinksPerPair) {
        findings.push({
          kind: 'pair-links',
          message: `GPU${a}-GPU${b}: expected NV${expected.nvlinksPerPair}, found ${links === 0 ? 'no NVLink' : `NV${links}`}`,
          gpus: [a, b],
          expected: expected.nvlinksPerPair,
          actual: links,
        });
      }
    }
  }
  findings.push(...diffLinks(expected, found));
  return findings;
}

function diffLinks(expected: ExpectedTopology, found: NodeTopology): TopologyFinding[] {
  const findings: TopologyFinding[] = [];
  if (expected.activeLinksPerGpu === undefined && expected.linkSpeedGBs === undefined) return findings;
  for (const gpu of found.gpus) {
    if (!gpu.nvlink) {
      findings.push({ kind: 'nvlink-missing', message: `GPU${gpu.index}: no nvlink -s data to check links against`, gpus: [gpu.index], expected: 'nvlink -s', actual: null });
      continue;
    }
    if (expected.activeLinksPerGpu !== undefined && gpu.nvlink.activeLinks < expected.activeLinksPerGpu) {
      const inactive = gpu.nvlink.inactiveLinks;
      findings.push({
        kind: 'link-inactive',
        message: `GPU${gpu.index}: ${gpu.nvlink.activeLinks} of ${expected.activeLinksPerGpu} links active${inactive.length ? `; inactive: link ${inactive.join(', ')}` : ''}`,
        gpus: [gpu.index],
        expected: expected.activeLinksPerGpu,
        actual: gpu.nvlink.activeLinks,
      });
    }
  }
  if (expected.linkSpeedGBs !== undefined) {
    const floor = expected.linkSpeedGBs * (1 - SPEED_TOLERANCE);
    for (const gpu of found.gpus) {
      const speeds = gpu.nvlink?.links ?? [];
      for (const link of speeds) {
        if (link.speedGBs !== null && link.speedGBs < floor) {
          findings.push({
            kind: 'link-speed',
            message: `GPU${gpu.index} link ${link.link}: ${link.speedGBs} GB/s, expected ${expected.linkSpeedGBs} GB/s`,
            gpus: [gpu.index],
            link: link.link,
            expected: expected.linkSpeedGBs,
            actual: link.speedGBs,
          });
        }
      }
    }
  }
  return findings;
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

function pairs(items: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < items.length; i++) for (let j = i + 1; j < items.length; j++) out.push([items[i]!, items[j]!]);
  return out;
}
