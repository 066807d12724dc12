import type { CheckResult } from '../core/results.js';
import type { NvlinkStatusData } from '../parsers/nvlink-status.js';
import type { TopoData } from '../parsers/topo.js';
import type { ExpectedTopologySpec } from './config.js';
import { check } from './step.js';

/**
 * Expected-vs-found for one node (the smoke step's own small diff; src/topology/ owns the full
 * graph model). Each failing check names the GPU pair and, from `nvlink -s`, the links.
 */
export function topologyChecks(expected: ExpectedTopologySpec, topo: TopoData | null, status: NvlinkStatusData | null): CheckResult[] {
  const checks: CheckResult[] = [];
  const found = topo?.gpus.length ?? status?.gpus.length ?? null;
  if (found === null) checks.push(check.error('gpu-count', 'neither topo -m nor nvlink -s listed any GPU'));
  else if (found === expected.gpus) checks.push(check.pass('gpu-count', `${found} GPUs`, { expected: expected.gpus, actual: found }));
  else checks.push(check.fail('gpu-count', `${found} GPUs, expected ${expected.gpus}`, { expected: expected.gpus, actual: found }));

  const islands = expected.islands ?? [range(expected.gpus)];
  if (topo && expected.nvlinksPerPair !== undefined) checks.push(pairCheck(topo, islands, expected.nvlinksPerPair));
  if (topo && expected.islands) {
    const want = normalise(expected.islands);
    const got = normalise(topo.nvlinkIslands);
    const same = JSON.stringify(want) === JSON.stringify(got);
    checks.push((same ? check.pass : check.fail)('islands', same ? `islands ${fmt(got)}` : `islands ${fmt(got)}, expected ${fmt(want)}`, { expected: want, actual: got }));
  }
  if (status && expected.nvlinksPerPair !== undefined) checks.push(activeLinkCheck(status, topo, expected.nvlinksPerPair));
  if (status && expected.linkSpeedGBs !== undefined) checks.push(speedCheck(status, expected.linkSpeedGBs));
  return checks;
}

/** NV# of the cell between two GPUs as `topo -m` printed it; 0 for PCIe/SYS paths; null when not printed. */
export function pairLinks(topo: TopoData, a: number, b: number): number | null {
  const cell = topo.matrix[`GPU${a}`]?.[`GPU${b}`] ?? topo.matrix[`GPU${b}`]?.[`GPU${a}`] ?? null;
  if (cell === null) return null;
  const nv = /^NV(\d+)$/.exec(cell.trim());
  return nv ? Number(nv[1]) : 0;
}

function pairCheck(topo: TopoData, islands: number[][], perPair: number): CheckResult {
  const bad: string[] = [];
  const unread: string[] = [];
  for (const island of islands) {
    for (let i = 0; i < island.length; i++) {
      for (let j = i + 1; j < island.length; j++) {
        const [a, b] = [island[i]!, island[j]!];
        const links = pairLinks(topo, a, b);
        if (links === null) unread.push(`GPU${a}↔GPU${b}`);
        else if (links !== perPair) bad.push(`GPU${a}↔GPU${b}: ${links === 0 ? 'no NVLink' : `NV${links}`}, expected NV${perPair}`);
      }
    }
  }
  if (bad.length > 0) return check.fail('nvlinks-per-pair', bad.join('; '), { expected: perPair, actual: bad });
  if (unread.length > 0) return check.error('nvlinks-per-pair', `topo -m did not show ${unread.length} pair(s) (output cut?): ${unread.slice(0, 4).join(', ')}${unread.length > 4 ? ', …' : ''}`);
  return check.pass('nvlinks-per-pair', `every pair NV${perPair}`);
}

/**
 * Every GPU must have at least `perPair` active links: on NVSwitch systems (NV18 to every peer) and
 * on two-GPU bridges a GPU's own links equal the pair count. Direct-attach meshes have more links per
 * GPU than per pair; there the per-pair check above carries the weight.
 */
function activeLinkCheck(status: NvlinkStatusData, topo: TopoData | null, perPair: number): CheckResult {
  const bad: string[] = [];
  for (const gpu of status.gpus) {
    const active = gpu.links.filter((l) => l.active).length;
    if (active >= perPair) continue;
    // Links up on another GPU but down here are the likely casualties (a bridge leaves some links unused by design).
    const upElsewhere = new Set(status.gpus.filter((g) => g !== gpu).flatMap((g) => g.links.filter((l) => l.active).map((l) => l.link)));
    const allDown = gpu.links.filter((l) => !l.active).map((l) => l.link);
    const suspect = allDown.filter((l) => upElsewhere.has(l));
    const down = suspect.length > 0 ? suspect : allDown;
    const peers = topo ? topo.gpus.map((g) => g.index).filter((p) => p !== gpu.index && (pairLinks(topo, gpu.index, p) ?? 0) > 0) : [];
    const pair = peers.length === 1 ? ` (GPU${gpu.index}↔GPU${peers[0]})` : '';
    bad.push(`GPU${gpu.index}${pair}: ${active}/${perPair} NVLinks active, link${down.length === 1 ? '' : 's'} ${down.join(', ')} inactive`);
  }
  if (bad.length > 0) return check.fail('nvlinks-active', bad.join('; '), { expected: perPair, actual: bad });
  return check.pass('nvlinks-active', `every GPU has ≥ ${perPair} active NVLinks`);
}

function speedCheck(status: NvlinkStatusData, speed: number): CheckResult {
  const slow: string[] = [];
  for (const gpu of status.gpus) {
    for (const link of gpu.links) {
      // Printed rates are rounded (26.562 for 26.5625): allow 1%.
      if (link.active && link.speedGBs !== null && link.speedGBs < speed * 0.99) slow.push(`GPU${gpu.index} link ${link.link}: ${link.speedGBs} GB/s`);
    }
  }
  if (slow.length > 0) return check.fail('link-speed', `${slow.length} link(s) below ${speed} GB/s: ${slow.slice(0, 4).join('; ')}`, { expected: speed, actual: slow });
  return check.pass('link-speed', `every active link at ${speed} GB/s`);
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

function normalise(islands: readonly (readonly number[])[]): number[][] {
  return islands.map((i) => [...i].sort((a, b) => a - b)).sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
}

function fmt(islands: number[][]): string {
  return islands.map((i) => `[${i.join(',')}]`).join(' ');
}
