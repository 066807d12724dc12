import { z } from 'zod';
import { BandwidthSettings, DcgmSettings, FabricSettings, LeaseSettings, PreflightSettings, TrainingSettings } from './smoke-settings.js';

export const SMOKE_STEPS = [
  'preflight',
  'module-load',
  'topology',
  'peer-bandwidth',
  'training-step',
  'fabric',
  'dcgm-diag',
] as const;

export const Smoke = z
  .object({
    steps: z
      .array(z.enum(SMOKE_STEPS))
      .min(1)
      .default(['preflight', 'module-load', 'topology', 'peer-bandwidth', 'training-step'])
      .describe('Steps to run, in this order.'),
    timeouts: z
      .partialRecord(z.enum(SMOKE_STEPS), z.number().positive())
      .default({})
      .describe('Per-step timeout in seconds.'),
    expectedKernelRelease: z.string().optional().describe('uname -r the canaries must report after the bump.'),
    expectedDriverVersion: z.string().optional(),
    concurrency: z.number().int().positive().default(16).describe('Canaries tested at once.'),
    lease: LeaseSettings.prefault({}).describe('The exclusive lease each real canary is held under for the whole suite.'),
    preflight: PreflightSettings.optional().describe('preflight thresholds: IOMMU, signature enforcement, free disk, clock skew.'),
    bandwidth: BandwidthSettings.optional().describe('peer-bandwidth options.'),
    training: TrainingSettings.optional().describe('training-step tools, all_reduce_perf sweep and busbw floor.'),
    fabric: FabricSettings.optional().describe('fabric step: expected RDMA MTU.'),
    dcgm: DcgmSettings.optional().describe('dcgm-diag level and expected-link hint.'),
  })
  .strict();
