import { LABEL_PREFIX } from './labels.js';
import type { NodeTopology } from './model.js';

interface Attribute {
  name: string;
  value: string;
}

interface Zone {
  name: string;
  type: string;
  parent?: string;
  resources: { name: string; capacity: string; allocatable: string; available: string }[];
  attributes: Attribute[];
}

export interface NodeResourceTopology {
  apiVersion: 'topology.node.k8s.io/v1alpha2';
  kind: 'NodeResourceTopology';
  metadata: { name: string };
  attributes: Attribute[];
  zones: Zone[];
}

/**
 * A NodeResourceTopology (v1alpha2) object: one `Node` zone per NUMA node holding its GPUs (what the
 * Topology Manager aligns), plus one `NVLinkIsland` zone per island (what NUMA cannot express), whose
 * parent is the NUMA zone when the whole island sits in one. GPUs with unknown NUMA affinity are
 * counted in the islands only.
 */
export function nodeResourceTopology(topology: NodeTopology): NodeResourceTopology {
  const zones: Zone[] = [];
  const numaNodes = [...new Set(topology.gpus.flatMap((g) => (g.numaNode === null ? [] : [g.numaNode])))].sort((a, b) => a - b);
  for (const numa of numaNodes) {
    const gpus = topology.gpus.filter((g) => g.numaNode === numa);
    zones.push({
      name: `node-${numa}`,
      type: 'Node',
      resources: [gpuResource(gpus.length)],
      attributes: [
        { name: 'gpus', value: gpus.map((g) => g.index).join(',') },
        ...(gpus[0]?.cpuAffinity ? [{ name: 'cpus', value: gpus[0].cpuAffinity }] : []),
      ],
    });
  }
  topology.islands.forEach((island, id) => {
    const numa = new Set(island.map((gpu) => topology.gpus.find((g) => g.index === gpu)?.numaNode ?? null));
    const only = numa.size === 1 ? [...numa][0] : null;
    const bonds = topology.bonds.filter((b) => island.includes(b.a));
    zones.push({
      name: `nvlink-island-${id}`,
      type: 'NVLinkIsland',
      ...(only !== null && only !== undefined ? { parent: `node-${only}` } : {}),
      resources: [gpuResource(island.length)],
      attributes: [
        { name: 'gpus', value: island.join(',') },
        { name: 'nvlink-bond-min', value: String(bonds.length ? Math.min(...bonds.map((b) => b.links)) : 0) },
      ],
    });
  });
  const attributes: Attribute[] = [
    { name: `${LABEL_PREFIX}nvlink-island-count`, value: String(topology.islands.length) },
    ...(topology.linkSpeedGBs !== null ? [{ name: `${LABEL_PREFIX}nvlink-speed-gbs`, value: String(topology.linkSpeedGBs) }] : []),
  ];
  return {
    apiVersion: 'topology.node.k8s.io/v1alpha2',
    kind: 'NodeResourceTopology',
    metadata: { name: topology.node },
    attributes,
    zones,
  };
}

function gpuResource(count: number): Zone['resources'][number] {
  const value = String(count);
  return { name: 'nvidia.com/gpu', capacity: value, allocatable: value, available: value };
}
