import { z } from 'zod';

/** Gate metrics: what is measured, and which direction is bad (DESIGN.md, docs/gate.md). */
export const GATE_METRICS = ['peer-bandwidth', 'nccl-busbw', 'step-time', 'nvlink-errors'] as const;

export const MetricRule = z
  .object({
    metric: z.enum(GATE_METRICS),
    badDirection: z.enum(['down', 'up']).describe('down: bandwidth; up: step time and error counters.'),
    maxRegression: z
      .number()
      .nonnegative()
      .max(10)
      .describe('Largest tolerated change in the bad direction vs the baseline median, as a fraction (0.05 = 5%).'),
    minSamples: z.number().int().min(2).max(1000).optional().describe('Samples a side for the statistical test; default: the gate minSamples.'),
  })
  .strict();
export type MetricRule = z.infer<typeof MetricRule>;

export const LinkGeneration = z
  .object({
    name: z.string().min(1),
    rawLinkGBs: z.number().positive().describe('Per-link rate as `nvidia-smi nvlink -s` prints it (25, 26.562, 53.125); a node whose rate is within 1% belongs to this generation.'),
    floor: z.number().gt(0).max(1).optional().describe('Bandwidth floor for this generation as a fraction of peak; default bandwidthFloor.'),
  })
  .strict();

export const GatePolicy = z
  .object({
    fatalXids: z
      .array(z.number().int().positive())
      .default([46, 48, 61, 62, 64, 74, 79, 95, 109, 119, 120, 136, 140, 143])
      .describe(
        "Xids that fail the gate at once: the catalogue's RESET_GPU / RESTART_BM / NVLink classes (NVIDIA's Xid catalogue); others (13, 31, 43, 63, 92, 94, ...) are reported.",
      ),
    nonFatalXids: z
      .enum(['warn', 'rollback'])
      .default('warn')
      .describe('What an Xid outside fatalXids does: warn (reported, not gating) or rollback.'),
    bandwidthFloor: z
      .number()
      .gt(0)
      .max(1)
      .default(0.7)
      .describe('Minimum peer bandwidth as a fraction of NVLink peak (NVLinks between the pair × the per-link rate nvidia-smi nvlink -s prints).'),
    maxRegression: z
      .number()
      .gt(0)
      .max(1)
      .default(0.05)
      .describe('Largest tolerated regression vs the baseline, as a fraction.'),
    minSamples: z.number().int().min(2).default(5).describe('Samples a side before the statistical test is used.'),
    retryBudget: z.number().int().nonnegative().default(1).describe('Re-runs allowed on an INCONCLUSIVE verdict.'),
    // --- added by the gate (issue 10); all optional with defaults, so existing manifests stay valid ---
    significance: z
      .number()
      .gt(0)
      .lt(0.5)
      .default(0.02)
      .describe('Two-sided p-value below which a Mann–Whitney U difference counts (0.02 = the 98% Kayenta uses).'),
    expectedKernelRelease: z.string().optional().describe('uname -r every bumped canary must report (hard check).'),
    expectedDriverVersion: z.string().optional().describe('NVIDIA driver version every bumped canary must report (hard check).'),
    expectedActiveNvlinks: z
      .number()
      .int()
      .nonnegative()
      .optional()
      .describe('Active NVLinks every GPU must show in `nvlink -s` (e.g. 18 for H100 SXM); unset: trust the topology step.'),
    metrics: z
      .array(MetricRule)
      .default([
        { metric: 'peer-bandwidth', badDirection: 'down', maxRegression: 0.05 },
        { metric: 'nccl-busbw', badDirection: 'down', maxRegression: 0.05 },
        { metric: 'step-time', badDirection: 'up', maxRegression: 0.05 },
        { metric: 'nvlink-errors', badDirection: 'up', maxRegression: 0 },
      ])
      .describe('Metric checks vs the baseline, each with its bad direction.'),
    linkGenerations: z
      .array(LinkGeneration)
      .default([
        { name: 'NVLink3', rawLinkGBs: 25 },
        { name: 'NVLink4', rawLinkGBs: 26.562 },
        { name: 'NVLink5', rawLinkGBs: 53.125 },
      ])
      .describe('NVLink generations by their printed per-link rate, each with an optional floor of its own. The peak itself is always the printed rate × links.'),
  })
  .strict();
export type GatePolicy = z.infer<typeof GatePolicy>;
