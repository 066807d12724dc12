import type { NodeTopology } from './model.js';

/** One GPU row of the fleet topology DB (`topology.json`). */
export interface FleetGpu {
  node: string;
  chassis: string | null;
  gpu: number;
  busId: string | null;
  uuid: string | null;
  name: string | null;
  nvlinkDomain: string | null;
  /** `<node>/<island index>`: unique across the fleet. */
  island: string;
  numaNode: number | null;
  activeLinks: number | null;
  /** NV# count to every other GPU of the node, by GPU index (0 = no NVLink). */
  adjacency: Record<string, number>;
}

export interface FleetTopologyDb {
  schemaVersion: 1;
  nodes: { node: string; chassis: string | null; nvlinkDomain: string | null; islands: number[][]; problems: string[] }[];
  gpus: FleetGpu[];
}

/** The fleet topology DB: one row per GPU, so a scheduler or a spreadsheet can join on node/GPU. */
export function fleetTopologyDb(nodes: readonly NodeTopology[]): FleetTopologyDb {
  const gpus: FleetGpu[] = [];
  for (const topology of nodes) {
    for (const gpu of topology.gpus) {
      const adjacency: Record<string, number> = {};
      for (const peer of topology.gpus) {
        if (peer.index === gpu.index) continue;
        const [a, b] = gpu.index < peer.index ? [gpu.index, peer.index] : [peer.index, gpu.index];
        adjacency[String(peer.index)] = topology.bonds.find((x) => x.a === a && x.b === b)?.links ?? 0;
      }
      gpus.push({
        node: topology.node,
        chassis: topology.chassis,
        gpu: gpu.index,
        busId: gpu.busId,
        uuid: gpu.uuid,
        name: gpu.name,
        nvlinkDomain: topology.nvlinkDomain,
        island: `${topology.node}/${gpu.island}`,
        numaNode: gpu.numaNode,
        activeLinks: gpu.nvlink?.activeLinks ?? null,
        adjacency,
      });
    }
  }
  return {
    schemaVersion: 1,
    nodes: nodes.map((t) => ({ node: t.node, chassis: t.chassis, nvlinkDomain: t.nvlinkDomain, islands: t.islands, problems: t.problems.map((p) => p.message) })),
    gpus,
  };
}
