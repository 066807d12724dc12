import type { Problem } from '../core/results.js';
import type { NvlinkStatusData, NvlinkStatusGpu } from '../parsers/nvlink-status.js';
import type { QueryGpuData } from '../parsers/query-gpu.js';
import type { SmiQueryData } from '../parsers/smi-query.js';
import { nvlinkCount } from '../parsers/topo-cells.js';
import type { TopoData } from '../parsers/topo.js';
import type { GpuNode, GpuNvlink, NodeTopology, NvlinkBond, PcieRelation } from './model.js';

export interface TopologySources {
  node: string;
  chassis?: string | null;
  topo: TopoData;
  nvlinkStatus?: NvlinkStatusData | null;
  queryGpu?: QueryGpuData | null;
  smiQuery?: SmiQueryData | null;
}

/** Builds one node's typed topology from the parsed outputs. Pure: same inputs, same graph. */
export function buildNodeTopology(sources: TopologySources): NodeTopology {
  const { topo } = sources;
  const problems: Problem[] = [];
  const islandOf = new Map<number, number>();
  topo.nvlinkIslands.forEach((island, id) => island.forEach((gpu) => islandOf.set(gpu, id)));
  const cell = (a: string, b: string): string | null => topo.matrix[a]?.[b] ?? topo.matrix[b]?.[a] ?? null;

  const bonds: NvlinkBond[] = [];
  const pcie: PcieRelation[] = [];
  const labels = topo.columns;
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) {
      const a = labels[i]!;
      const b = labels[j]!;
      const value = cell(a, b);
      if (value === null) continue;
      const links = nvlinkCount(value);
      const ga = /^GPU(\d+)$/.exec(a);
      const gb = /^GPU(\d+)$/.exec(b);
      if (links > 0 && ga && gb) bonds.push({ a: Math.min(+ga[1]!, +gb[1]!), b: Math.max(+ga[1]!, +gb[1]!), links });
      else if (links === 0) pcie.push({ from: a, to: b, path: value === 'SOC' ? 'SYS' : value });
    }
  }
  bonds.sort((x, y) => x.a - y.a || x.b - y.b);

  const statusByIndex = new Map((sources.nvlinkStatus?.gpus ?? []).map((g) => [g.index, g]));
  const queryByIndex = new Map<number, QueryGpuData['gpus'][number]>();
  sources.queryGpu?.gpus.forEach((g, row) => queryByIndex.set(g.index ?? row, g));
  const smiGpus = sources.smiQuery?.gpus ?? [];

  const gpus: GpuNode[] = topo.gpus.map((g) => {
    const status = statusByIndex.get(g.index);
    const query = queryByIndex.get(g.index);
    if (sources.nvlinkStatus && !status) problems.push({ line: 0, message: `GPU${g.index} is in topo -m but not in nvlink -s` });
    return {
      index: g.index,
      name: query?.name ?? status?.name ?? null,
      busId: normaliseBusId(query?.busId ?? null),
      uuid: query?.uuid ?? status?.uuid ?? null,
      serial: query?.serial ?? null,
      cpuAffinity: g.cpuAffinity,
      numaNode: g.numaAffinity !== null && /^\d+$/.test(g.numaAffinity) ? Number(g.numaAffinity) : null,
      island: islandOf.get(g.index) ?? -1,
      nvlink: status ? nvlinkOf(status) : null,
    };
  });
  for (const status of sources.nvlinkStatus?.gpus ?? []) {
    if (!topo.gpus.some((g) => g.index === status.index)) problems.push({ line: 0, message: `GPU${status.index} is in nvlink -s but not in topo -m` });
  }

  const speeds = gpus.flatMap((g) => (g.nvlink?.linkSpeedGBs != null ? [g.nvlink.linkSpeedGBs] : []));
  const linkSpeedGBs = speeds.length > 0 ? Math.min(...speeds) : null;
  const fabric = smiGpus.find((g) => g.fabric?.clusterUuid && !/^0{8}-0{4}-0{4}-0{4}-0{12}$/.test(g.fabric.clusterUuid))?.fabric;
  return {
    node: sources.node,
    chassis: sources.chassis ?? null,
    nvlinkDomain: fabric?.clusterUuid ? `${fabric.clusterUuid}${fabric.cliqueId ? `.${fabric.cliqueId}` : ''}` : null,
    gpus,
    nics: topo.nics.map((n) => ({ ...n })),
    bonds,
    pcie,
    islands: topo.nvlinkIslands.map((island) => [...island]),
    linkSpeedGBs,
    nvlinkGeneration: nvlinkGeneration(linkSpeedGBs, gpus.find((g) => g.name)?.name ?? null),
    problems,
  };
}

function nvlinkOf(status: NvlinkStatusGpu): GpuNvlink {
  const active = status.links.filter((l) => l.active && l.speedGBs !== null);
  return {
    links: status.links.map((l) => ({ link: l.link, speedGBs: l.speedGBs })),
    activeLinks: status.activeLinks,
    inactiveLinks: status.links.filter((l) => !l.active).map((l) => l.link),
    linkSpeedGBs: active.length > 0 ? Math.min(...active.map((l) => l.speedGBs!)) : null,
    bandwidthGBs: status.totalGBs,
  };
}

/**
 * Per-link rates as nvidia-smi prints them: 53.125 = NVLink5 (Blackwell), 26.562 = NVLink4 (Hopper),
 * 25 = NVLink3 (A100) or NVLink2 (V100), told apart by the GPU name; 20 = NVLink1 (P100).
 */
export function nvlinkGeneration(speedGBs: number | null, gpuName: string | null): number | null {
  if (speedGBs === null) return null;
  if (Math.abs(speedGBs - 53.125) < 0.01) return 5;
  if (Math.abs(speedGBs - 26.562) < 0.01) return 4;
  if (speedGBs === 25) {
    if (gpuName && /A100|A800|A30\b|A40\b/.test(gpuName)) return 3;
    if (gpuName && /V100/.test(gpuName)) return 2;
    return null;
  }
  if (speedGBs === 20) return 1;
  return null;
}

/** `00000000:1B:00.0` (query-gpu) → `0000:1b:00.0` (the form Linux and NCCL print). */
export function normaliseBusId(busId: string | null): string | null {
  if (!busId) return null;
  const match = /^(?:[0-9a-fA-F]{4}([0-9a-fA-F]{4})|([0-9a-fA-F]{4})):([0-9a-fA-F]{2}):([0-9a-fA-F]{2})\.([0-7])$/.exec(busId.trim());
  if (!match) return busId;
  return `${(match[1] ?? match[2])!}:${match[3]}:${match[4]}.${match[5]}`.toLowerCase();
}
