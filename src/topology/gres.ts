import { logicalCores } from './cpu-list.js';
import { bondBetween, type GpuNode, type NodeTopology } from './model.js';

export interface GresOptions {
  /** `Name=` (default `gpu`). */
  name?: string;
  /** `Type=` (e.g. `h100`); omitted when not set. */
  type?: string;
  /** Leave `Cores=` out (for hosts whose CPU numbering does not fit the SMT rule in cpu-list.ts). */
  cores?: boolean;
}

/**
 * Slurm gres.conf lines, one per GPU. `Cores=` is in Slurm's logical core numbering (cpu-list.ts) and
 * left out when the CPU affinities do not determine it. Slurm numbers GPUs by PCI bus id, so when every bus id is known
 * the lines follow bus-id order (nvidia-smi's default order is the same); `Links=` is in that order:
 * -1 for the GPU itself, 0 for no NVLink, N for NV#. `File=/dev/nvidia<index>` assumes the device
 * minor equals nvidia-smi's index, true unless the driver was told otherwise.
 */
export function gresConf(topology: NodeTopology, options: GresOptions = {}): string[] {
  const gpus = slurmOrder(topology.gpus);
  const cores = options.cores === false ? null : logicalCores(gpus.map((g) => g.cpuAffinity));
  return gpus.map((gpu) => {
    const links = gpus.map((peer) => (peer.index === gpu.index ? -1 : bondBetween(topology, gpu.index, peer.index)));
    const parts = [`NodeName=${topology.node}`, `Name=${options.name ?? 'gpu'}`];
    if (options.type) parts.push(`Type=${options.type}`);
    parts.push(`File=/dev/nvidia${gpu.index}`);
    parts.push(`Links=${links.join(',')}`);
    const logical = gpu.cpuAffinity ? cores?.get(gpu.cpuAffinity) : undefined;
    if (logical) parts.push(`Cores=${logical}`);
    return parts.join(' ');
  });
}

function slurmOrder(gpus: readonly GpuNode[]): GpuNode[] {
  const sorted = [...gpus];
  if (sorted.every((g) => g.busId)) sorted.sort((a, b) => a.busId!.localeCompare(b.busId!));
  else sorted.sort((a, b) => a.index - b.index);
  return sorted;
}
