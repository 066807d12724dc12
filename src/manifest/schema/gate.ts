import { z } from 'zod';

export const GatePolicy = z
  .object({
    fatalXids: z
      .array(z.number().int().positive())
      .default([48, 61, 62, 63, 64, 74, 79, 92, 94, 95, 119, 120, 140])
      .describe("Xids that fail the gate at once (NVIDIA's Xid catalogue); others are reported."),
    bandwidthFloor: z
      .number()
      .gt(0)
      .max(1)
      .default(0.7)
      .describe('Minimum peer bandwidth as a fraction of NVLink peak (active links × link speed).'),
    maxRegression: z
      .number()
      .gt(0)
      .max(1)
      .default(0.05)
      .describe('Largest tolerated regression vs the baseline, as a fraction.'),
    minSamples: z.number().int().min(2).default(5).describe('Samples a side before the statistical test is used.'),
    retryBudget: z.number().int().nonnegative().default(1).describe('Re-runs allowed on an INCONCLUSIVE verdict.'),
  })
  .strict();
