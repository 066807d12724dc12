import type { ExpectedTopology } from '../manifest/schema/canary.js';
import { bondBetween, type GpuNode, type NodeTopology, pairSeen } from './model.js';

/**
 * `pair-unseen`: `topo -m` did not print the cell between two GPUs (a cut output); neither a pass nor
 * a missing link. `nvlink-missing`: a link expectation, but no `nvlink -s` data for the GPU.
 */
export type FindingKind = 'gpu-count' | 'island' | 'pair-links' | 'pair-unseen' | 'link-inactive' | 'link-speed' | 'nvlink-missing';

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
      if (!pairSeen(found, a, b)) {
        findings.push({ kind: 'pair-unseen', message: `GPU${a}↔GPU${b}: not shown by topo -m`, gpus: [a, b], expected: expected.nvlinksPerPair, actual: null });
        continue;
      }
      const links = bondBetween(found, a, b);
      if (links !== expected.nvlinksPerPair) {
        findings.push({
          kind: 'pair-links',
          message: `GPU${a}↔GPU${b}: expected NV${expected.nvlinksPerPair}, found ${links === 0 ? 'no NVLink' : `NV${links}`}`,
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

/** The per-link part of the diff alone: active links per GPU and link speed (`nvlink -s`). */
export function diffLinks(expected: ExpectedTopology, found: NodeTopology): TopologyFinding[] {
  const findings: TopologyFinding[] = [];
  const explicit = expected.activeLinksPerGpu !== undefined || expected.linkSpeedGBs !== undefined;
  const floors = activeLinkFloors(expected);
  for (const gpu of found.gpus) {
    if (!gpu.nvlink) {
      if (explicit) findings.push({ kind: 'nvlink-missing', message: `GPU${gpu.index}: no nvlink -s data to check links against`, gpus: [gpu.index], expected: 'nvlink -s', actual: null });
      continue;
    }
    const floor = floors(gpu.index);
    if (floor !== undefined && gpu.nvlink.activeLinks < floor) findings.push(inactiveFinding(found, gpu, floor));
  }
  if (expected.linkSpeedGBs !== undefined) {
    const slowest = expected.linkSpeedGBs * (1 - SPEED_TOLERANCE);
    for (const gpu of found.gpus) {
      for (const link of gpu.nvlink?.links ?? []) {
        if (link.speedGBs !== null && link.speedGBs < slowest) {
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

/**
 * Active links each GPU must show. `activeLinksPerGpu` when given; otherwise `nvlinksPerPair` for a
 * GPU in an expected island with peers: on NVSwitch systems (NV18 to every peer over the same 18
 * links) and on two-GPU bridges a GPU's own links equal the pair count. Direct-attach meshes have
 * more links per GPU than per pair; there the per-pair check carries the weight.
 */
function activeLinkFloors(expected: ExpectedTopology): (gpu: number) => number | undefined {
  if (expected.activeLinksPerGpu !== undefined) return () => expected.activeLinksPerGpu;
  const perPair = expected.nvlinksPerPair;
  if (!perPair) return () => undefined;
  const islands = expected.islands ?? [range(expected.gpus)];
  const withPeers = new Set(islands.filter((i) => i.length > 1).flat());
  return (gpu) => (withPeers.has(gpu) ? perPair : undefined);
}

/**
 * Names the GPU pair when the GPU has one NVLink peer, and the links that are the likely casualties:
 * down here but up on another GPU of the node (a bridge leaves some links unused by design);
 * every inactive link when no other GPU tells them apart.
 */
function inactiveFinding(found: NodeTopology, gpu: GpuNode, floor: number): TopologyFinding {
  const nvlink = gpu.nvlink!;
  const upElsewhere = new Set(
    found.gpus.filter((g) => g !== gpu && g.nvlink).flatMap((g) => g.nvlink!.links.map((l) => l.link).filter((l) => !g.nvlink!.inactiveLinks.includes(l))),
  );
  const suspect = nvlink.inactiveLinks.filter((l) => upElsewhere.has(l));
  const down = suspect.length > 0 ? suspect : nvlink.inactiveLinks;
  const peers = found.gpus.filter((p) => p.index !== gpu.index && bondBetween(found, gpu.index, p.index) > 0).map((p) => p.index);
  const who = peers.length === 1 ? `GPU${gpu.index}↔GPU${peers[0]}` : `GPU${gpu.index}`;
  const which = down.length === 0 ? '' : `, link${down.length === 1 ? '' : 's'} ${down.join(', ')} inactive`;
  return {
    kind: 'link-inactive',
    message: `${who}: ${nvlink.activeLinks}/${floor} NVLinks active${which}`,
    gpus: peers.length === 1 ? [gpu.index, peers[0]!] : [gpu.index],
    expected: floor,
    actual: nvlink.activeLinks,
  };
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

function pairs(items: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < items.length; i++) for (let j = i + 1; j < items.length; j++) out.push([items[i]!, items[j]!]);
  return out;
}
