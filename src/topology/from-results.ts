import type { CanaryResult, Problem, RunResults } from '../core/results.js';
import { buildNodeTopology } from './build.js';
import type { NodeTopology } from './model.js';
import { storedNvlinkStatus, storedQueryGpu, storedTopo } from './stored-data.js';

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
  const topo = storedTopo(data.topo);
  if (!topo) return null;
  return buildNodeTopology({ node, chassis, topo, nvlinkStatus: storedNvlinkStatus(data['nvlink-status']), queryGpu: storedQueryGpu(data['query-gpu']) });
}
