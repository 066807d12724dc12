import type { CanaryResult, Problem, RunResults } from '../core/results.js';
import type { NvlinkStatusData } from '../parsers/nvlink-status.js';
import type { QueryGpuData } from '../parsers/query-gpu.js';
import type { TopoData } from '../parsers/topo.js';
import { buildNodeTopology } from './build.js';
import type { NodeTopology } from './model.js';

/**
 * Node topologies from a results record: every canary whose `topology` step holds a parsed `topo -m`
 * in `steps[].data.topo` (plus `data['nvlink-status']` and `data['query-gpu']` when present).
 * Canaries without one are reported, not guessed.
 */
export function topologiesFromResults(results: RunResults): { nodes: NodeTopology[]; problems: Problem[] } {
  const nodes: NodeTopology[] = [];
  const problems: Problem[] = [];
  for (const canary of results.canaries) {
    const found = canaryTopology(canary);
    if (found) nodes.push(found);
    else problems.push({ line: 0, message: `${canary.name}: no parsed topo -m in results.json (topology step missing, failed or skipped)` });
  }
  return { nodes, problems };
}

/** One canary's topology from the first of its steps that holds a parsed `topo -m`; null when none does. */
export function canaryTopology(canary: CanaryResult): NodeTopology | null {
  for (const step of canary.steps) {
    const found = topologyFromStepData(canary.name, canary.labels.chassis ?? null, step.data);
    if (found) return found;
  }
  return null;
}

/** One node's topology from a step's data (the smoke topology step's keys); null without a parsed `topo -m`. */
export function topologyFromStepData(node: string, chassis: string | null, data: Readonly<Record<string, unknown>>): NodeTopology | null {
  if (!isTopoData(data.topo)) return null;
  const status = data['nvlink-status'];
  const query = data['query-gpu'];
  return buildNodeTopology({
    node,
    chassis,
    topo: data.topo,
    nvlinkStatus: isNvlinkStatus(status) ? status : null,
    queryGpu: isQueryGpu(query) ? query : null,
  });
}

// results.json is validated as a whole, but step data is free-form: check the shape before trusting it.
function isTopoData(value: unknown): value is TopoData {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    Array.isArray(v.columns) &&
    Array.isArray(v.gpus) &&
    v.gpus.every((g) => typeof g === 'object' && g !== null && Number.isInteger((g as { index?: unknown }).index)) &&
    typeof v.matrix === 'object' &&
    v.matrix !== null &&
    Array.isArray(v.nvlinkIslands) &&
    Array.isArray(v.nics)
  );
}

function isNvlinkStatus(value: unknown): value is NvlinkStatusData {
  const gpus = (value as { gpus?: unknown } | null)?.gpus;
  return Array.isArray(gpus) && gpus.every((g) => typeof g === 'object' && g !== null && Array.isArray((g as { links?: unknown }).links));
}

function isQueryGpu(value: unknown): value is QueryGpuData {
  return Array.isArray((value as { gpus?: unknown } | null)?.gpus);
}
