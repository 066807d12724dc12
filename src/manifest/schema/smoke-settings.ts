import { z } from 'zod';

/**
 * Thresholds and options of the smoke steps. Each section is optional in the manifest's `smoke:`;
 * a field left out takes its default. The smoke suite's resolved settings (src/smoke/config.ts) use
 * these same schemas, and a capture bundle's meta.json records them, so a replay is judged alike.
 */
export const PreflightSettings = z
  .object({
    requireIommu: z.boolean().default(true).describe('IOMMU groups must exist (GPU passthrough and DMA isolation depend on it).'),
    requireSigEnforce: z.boolean().default(false).describe('module.sig_enforce must be Y (only signed modules load).'),
    minFreeDiskMB: z.number().nonnegative().default(1024).describe('Free disk floor in MB under workDir.'),
    workDir: z.string().min(1).default('/tmp').describe("Where free disk is measured (the node's scratch dir for the hardware scripts)."),
    maxClockSkewS: z.number().nonnegative().default(5).describe('Largest tolerated difference between the node clock and the runner clock, in seconds.'),
  })
  .strict();

export const BandwidthSettings = z
  .object({
    testcase: z
      .string()
      .regex(/^[a-z0-9_]+$/)
      .default('device_to_device_memcpy_write_ce')
      .describe('nvbandwidth testcase (-t) for peer bandwidth. The floor and the regression limit are gate.bandwidthFloor and gate.maxRegression.'),
  })
  .strict();

export const TrainingSettings = z
  .object({
    tools: z.array(z.enum(['nccl', 'train-step'])).min(1).default(['nccl', 'train-step']).describe('nccl: all_reduce_perf; train-step: tests/hardware/train_step.py.'),
    minBytes: z.string().regex(/^[0-9]+[KMG]?$/).default('8M').describe('all_reduce_perf -b: smallest size of the sweep.'),
    maxBytes: z.string().regex(/^[0-9]+[KMG]?$/).default('1G').describe('all_reduce_perf -e: largest size of the sweep; its row is the one judged.'),
    busbwFloor: z
      .number()
      .gt(0)
      .max(2)
      .default(0.6)
      .describe("Largest-row busbw as a fraction of one GPU's NVLink peak (active links × link speed); a ring all-reduce reaches ~0.75-0.8."),
  })
  .strict();

export const FabricSettings = z
  .object({
    mtu: z.number().int().positive().nullable().default(null).describe('Expected MTU of the RDMA netdevs (e.g. 9216 for jumbo frames); null: report only.'),
  })
  .strict();

export const DcgmSettings = z
  .object({
    level: z.number().int().min(1).max(4).default(1).describe('dcgmi diag -r level.'),
    expectLinks: z
      .boolean()
      .default(true)
      .describe('Pass the expected NVLink count (pcie.gpu_nvlinks_expected_up) at level ≥ 2; without it DCGM passes with links down.'),
  })
  .strict();

/** The exclusive per-canary lease the suite holds on real canaries (src/remote/lease.ts, docs/remote.md). */
export const LeaseSettings = z
  .object({
    waitS: z.number().positive().default(3600).describe('Give up on a canary another run still holds after waiting this long (infrastructure error: INCONCLUSIVE).'),
    ttlS: z.number().int().min(10).default(1800).describe('Lease lifetime in seconds; renewed every third of it while the suite runs, so a vanished holder frees the canary after at most this long.'),
    pollS: z.number().positive().default(10).describe('How often a waiting run asks again, in seconds.'),
  })
  .strict();
