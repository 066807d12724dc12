import type { Problem } from '../core/results.js';

/** One GPU of a node, as the topology tools see it. */
export interface GpuNode {
  index: number;
  /** From `--query-gpu` or `nvlink -s`; null when not captured. */
  name: string | null;
  busId: string | null;
  uuid: string | null;
  serial: string | null;
  /** OS CPU list from `topo -m` CPU Affinity (`0-23,48-71`). */
  cpuAffinity: string | null;
  /** NUMA node when the affinity names exactly one; null for none or a range (`0-1`). */
  numaNode: number | null;
  /** Index into `islands`. */
  island: number;
  /** From `nvlink -s`; null when it was not captured. */
  nvlink: GpuNvlink | null;
}

export interface GpuNvlink {
  /** Every link `nvlink -s` listed, with its printed rate (null = inactive). */
  links: { link: number; speedGBs: number | null }[];
  activeLinks: number;
  inactiveLinks: number[];
  /** Slowest active link's printed rate. */
  linkSpeedGBs: number | null;
  /** Active links × their rates (raw printed rates, ~6% above the advertised aggregate). */
  bandwidthGBs: number;
}

export interface NicNode {
  label: string;
  device: string | null;
}

/** NV# between two GPUs (a < b): `links` bonded NVLinks as `topo -m` prints them. */
export interface NvlinkBond {
  a: number;
  b: number;
  links: number;
}

/** A PCIe/SMP path between two devices as `topo -m` classifies it (`PIX`, `PXB`, `PHB`, `NODE`, `SYS`). */
export interface PcieRelation {
  from: string;
  to: string;
  path: string;
}

export interface NodeTopology {
  node: string;
  chassis: string | null;
  /** Multi-node NVLink domain (`<ClusterUUID>.<CliqueId>` from `nvidia-smi -q` Fabric), when known. */
  nvlinkDomain: string | null;
  gpus: GpuNode[];
  nics: NicNode[];
  bonds: NvlinkBond[];
  pcie: PcieRelation[];
  /** NVLink islands: connected components over NV# bonds, singletons included. */
  islands: number[][];
  /** Slowest active link rate over the node; null without `nvlink -s`. */
  linkSpeedGBs: number | null;
  /** NVLink generation guessed from the link rate and GPU name; null when unsure. */
  nvlinkGeneration: number | null;
  problems: Problem[];
}

/** NV# count between two GPUs (0 when none). */
export function bondBetween(topology: NodeTopology, a: number, b: number): number {
  if (a === b) return 0;
  const [lo, hi] = a < b ? [a, b] : [b, a];
  return topology.bonds.find((bond) => bond.a === lo && bond.b === hi)?.links ?? 0;
}

/** Whether `topo -m` printed the cell between two GPUs at all (a cut output leaves pairs unseen). */
export function pairSeen(topology: NodeTopology, a: number, b: number): boolean {
  if (bondBetween(topology, a, b) > 0) return true;
  const [x, y] = [`GPU${a}`, `GPU${b}`];
  return topology.pcie.some((p) => (p.from === x && p.to === y) || (p.from === y && p.to === x));
}
