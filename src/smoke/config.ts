import { z } from 'zod';
import { ExpectedTopology } from '../manifest/schema/canary.js';
import { LinkGeneration } from '../manifest/schema/gate.js';
import type { Manifest } from '../manifest/schema/index.js';
import { SMOKE_STEPS } from '../manifest/schema/smoke.js';
import { BandwidthSettings, DcgmSettings, FabricSettings, PreflightSettings, TrainingSettings } from '../manifest/schema/smoke-settings.js';

export type StepName = (typeof SMOKE_STEPS)[number];
export { SMOKE_STEPS };

/** Default step timeouts in seconds: a bandwidth sweep or an all-reduce takes minutes, a preflight seconds. */
export const DEFAULT_TIMEOUTS_S: Record<StepName, number> = {
  preflight: 60,
  'module-load': 120,
  topology: 120,
  'peer-bandwidth': 900,
  'training-step': 900,
  fabric: 60,
  'dcgm-diag': 1800,
};

/**
 * Everything the suite needs to judge one canary, resolved from the manifest (or from a capture
 * bundle's meta.json, which records the settings it was captured with). One value, one schema, so
 * the virtual canary judges a replay exactly as the real run judged the node.
 */
export const SuiteConfig = z
  .object({
    steps: z.array(z.enum(SMOKE_STEPS)).min(1).default(['preflight', 'module-load', 'topology', 'peer-bandwidth', 'training-step']),
    timeoutsS: z.partialRecord(z.enum(SMOKE_STEPS), z.number().positive()).default({}),
    expectedKernelRelease: z.string().nullable().default(null),
    expectedDriverVersion: z.string().nullable().default(null),
    expected: ExpectedTopology.nullable().default(null),
    driver: z
      .object({
        module: z.string().regex(/^[A-Za-z0-9_-]+$/).default('nvidia'),
        load: z.enum(['modprobe', 'insmod']).default('modprobe'),
        path: z.string().nullable().default(null),
      })
      .strict()
      .prefault({}),
    preflight: PreflightSettings.prefault({}),
    bandwidth: BandwidthSettings.extend({
      /** Each pair's bandwidth as a fraction of its NVLink peak (the manifest's gate.bandwidthFloor). */
      floor: z.number().gt(0).max(1).default(0.7),
      /** Largest tolerated drop vs the baseline run's same pair (the manifest's gate.maxRegression). */
      maxRegression: z.number().gt(0).max(1).default(0.05),
      /** Per-generation floors (the manifest's gate.linkGenerations), so the step and the gate judge alike. */
      linkGenerations: z.array(LinkGeneration).default([]),
    })
      .strict()
      .prefault({}),
    training: TrainingSettings.prefault({}),
    fabric: FabricSettings.prefault({}),
    dcgm: DcgmSettings.prefault({}),
  })
  .strict();
export type SuiteConfig = z.infer<typeof SuiteConfig>;

/** The suite settings for one canary of a validated manifest. */
export function suiteConfigFor(manifest: Manifest, canaryName: string): SuiteConfig {
  const canary = manifest.canaries.find((c) => c.name === canaryName);
  if (!canary) throw new Error(`no canary named ${canaryName}`);
  return SuiteConfig.parse({
    steps: manifest.smoke.steps,
    timeoutsS: manifest.smoke.timeouts,
    expectedKernelRelease: manifest.smoke.expectedKernelRelease ?? null,
    expectedDriverVersion: manifest.smoke.expectedDriverVersion ?? null,
    expected: canary.expected ?? null,
    driver: { module: canary.driver.module, load: canary.driver.load, path: canary.driver.path ?? null },
    preflight: manifest.smoke.preflight,
    bandwidth: { ...manifest.smoke.bandwidth, floor: manifest.gate.bandwidthFloor, maxRegression: manifest.gate.maxRegression, linkGenerations: manifest.gate.linkGenerations },
    training: manifest.smoke.training,
    fabric: manifest.smoke.fabric,
    dcgm: manifest.smoke.dcgm,
  });
}

export function stepTimeoutMs(config: SuiteConfig, step: StepName): number {
  return (config.timeoutsS[step] ?? DEFAULT_TIMEOUTS_S[step]) * 1000;
}
