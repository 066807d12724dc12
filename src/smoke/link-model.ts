import { topologyFromStepData } from '../topology/from-results.js';
import { gpuPeakGBs, linkRateGBs, pairPeakGBs } from '../topology/peer-bandwidth.js';
import type { StepContext } from './step.js';

/**
 * The NVLink peaks a step judges against (src/topology/peer-bandwidth.ts, the definition the gate
 * uses too), from what the topology step found on this node; the manifest's expected topology
 * fills in what the node's output did not give.
 */
export interface LinkModel {
  pairPeak(a: number, b: number): number | null;
  /** One GPU's NVLink peak: the ceiling of a ring all-reduce's busbw. */
  gpuPeak(): number | null;
  linkSpeedGBs: number | null;
}

export function linkModel(ctx: Pick<StepContext, 'previous' | 'config'>): LinkModel {
  const found = topologyFromStepData('node', null, ctx.previous.get('topology')?.data ?? {});
  const expected = ctx.config.expected;
  return {
    linkSpeedGBs: linkRateGBs(found, expected),
    pairPeak: (a, b) => pairPeakGBs(found, a, b, expected),
    gpuPeak: () => gpuPeakGBs(found, expected),
  };
}
