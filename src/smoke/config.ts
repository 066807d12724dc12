import { z } from 'zod';
import { SMOKE_STEPS } from '../manifest/schema/smoke.js';
import type { Manifest } from '../manifest/schema/index.js';

export type StepName = (typeof SMOKE_STEPS)[number];
export { SMOKE_STEPS };

/** What a canary is expected to look like (the manifest's `canaries[].expected`). */
export const ExpectedTopologySpec = z
  .object({
    gpus: z.number().int().nonnegative(),
    nvlinksPerPair: z.number().int().nonnegative().optional(),
    linkSpeedGBs: z.number().positive().optional(),
    islands: z.array(z.array(z.number().int().nonnegative())).optional(),
  })
  .strict();
export type ExpectedTopologySpec = z.infer<typeof ExpectedTopologySpec>;

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
    expected: ExpectedTopologySpec.nullable().default(null),
    driver: z
      .object({
        module: z.string().regex(/^[A-Za-z0-9_-]+$/).default('nvidia'),
        load: z.enum(['modprobe', 'insmod']).default('modprobe'),
        path: z.string().nullable().default(null),
      })
      .strict()
      .prefault({}),
    preflight: z
      .object({
        /** IOMMU groups must exist (GPU passthrough and DMA isolation depend on it). */
        requireIommu: z.boolean().default(true),
        /** module.sig_enforce must be Y (only signed modules load). */
        requireSigEnforce: z.boolean().default(false),
        minFreeDiskMB: z.number().nonnegative().default(1024),
        /** Where free disk is measured (the node's scratch dir for the hardware scripts). */
        workDir: z.string().default('/tmp'),
        maxClockSkewS: z.number().nonnegative().default(5),
      })
      .strict()
      .prefault({}),
    bandwidth: z
      .object({
        /** Each pair's bandwidth as a fraction of its NVLink peak (active links × link speed). */
        floor: z.number().gt(0).max(1).default(0.7),
        /** Largest tolerated drop vs the baseline run's same pair. */
        maxRegression: z.number().gt(0).max(1).default(0.05),
        testcase: z.string().regex(/^[a-z0-9_]+$/).default('device_to_device_memcpy_write_ce'),
      })
      .strict()
      .prefault({}),
    training: z
      .object({
        tools: z.array(z.enum(['nccl', 'train-step'])).min(1).default(['nccl', 'train-step']),
        /** all_reduce_perf sweep; the largest size row is judged. */
        minBytes: z.string().regex(/^[0-9]+[KMG]?$/).default('8M'),
        maxBytes: z.string().regex(/^[0-9]+[KMG]?$/).default('1G'),
        /** Largest-row busbw as a fraction of one GPU's NVLink peak (links × speed); ring all-reduce reaches ~0.75-0.8. */
        busbwFloor: z.number().gt(0).max(2).default(0.6),
      })
      .strict()
      .prefault({}),
    fabric: z
      .object({
        /** Expected MTU of the RDMA netdevs (e.g. 9216 for jumbo frames); null = report only. */
        mtu: z.number().int().positive().nullable().default(null),
      })
      .strict()
      .prefault({}),
    dcgm: z
      .object({
        level: z.number().int().min(1).max(4).default(1),
        /** Pass the expected NVLink count (pcie.gpu_nvlinks_expected_up); without it DCGM passes with links down. */
        expectLinks: z.boolean().default(true),
      })
      .strict()
      .prefault({}),
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
    bandwidth: { floor: manifest.gate.bandwidthFloor, maxRegression: manifest.gate.maxRegression },
  });
}

export function stepTimeoutMs(config: SuiteConfig, step: StepName): number {
  return (config.timeoutsS[step] ?? DEFAULT_TIMEOUTS_S[step]) * 1000;
}
