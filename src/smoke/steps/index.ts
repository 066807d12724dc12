import type { SmokeStep } from '../step.js';
import { dcgmDiagStep } from './dcgm-diag.js';
import { fabricStep } from './fabric.js';
import { moduleLoadStep } from './module-load.js';
import { peerBandwidthStep } from './peer-bandwidth.js';
import { preflightStep } from './preflight.js';
import { topologyStep } from './topology.js';
import { trainingStep } from './training-step.js';

/** The registry of smoke steps; the manifest's `smoke.steps` names them in the order they run. */
export const STEPS: ReadonlyMap<string, SmokeStep> = new Map(
  [preflightStep, moduleLoadStep, topologyStep, peerBandwidthStep, trainingStep, fabricStep, dcgmDiagStep].map((s) => [s.name, s]),
);
