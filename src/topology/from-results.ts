import type { Problem, RunResults } from '../core/results.js';
import type { NvlinkStatusData } from '../parsers/nvlink-status.js';
import type { QueryGpuData } from '../parsers/query-gpu.js';
import type { TopoData } from '../parsers/topo.js';
import { buildNodeTopology } from './build.js';
import type { NodeTopology } from './model.js';

/**
 * Node topologies from a results record: every canary whose `topology` step holds a parsed `topo -m`
 * in `steps[].data.topo` (plus `nvlinkStatus` and `queryGpu` when present). Canaries without one are
 * reported, not guessed.
 */
export function topologiesFromResults(results: RunResults): { nodes: NodeTopology[]; problems: Problem[] } {
  const nodes: NodeTopology[] = [];
  const problems: Problem[] = [];
  for (const canary of results.canaries) {
    const step = canary.steps.find((s) => isTopoData(s.data.topo));
    if (!step) {
      problems.push({ line: 0, message: `${canary.name}: no parsed topo -m in results.json (topology step missing, failed or skipped)` });
      continue;
    }
    const data = step.data;
    nodes.push(
      buildNodeTopology({
        node: canary.name,
        chassis: canary.labels.chassis ?? null,
        topo: data.topo as TopoData,
        nvlinkStatus: isNvlinkStatus(data.nvlinkStatus) ? data.nvlinkStatus : null,
        queryGpu: isQueryGpu(data.queryGpu) ? data.queryGpu : null,
      }),
    );
  }
  return { nodes, problems };
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
