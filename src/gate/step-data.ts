import { z } from 'zod';
import type { StepDataKey } from '../smoke/step-data.js';

/**
 * The parts of step data (`StepResult.data[key]`: a parser kind holds that parser's data, see
 * src/smoke/step-data.ts) that the gate and the reports read. results.json comes from disk, so every
 * read is a safeParse: data in another shape yields nothing rather than a crash.
 */
const num = z.number().finite();
const cell = num.nullable();

export const NvlinkErrorsShape = z.object({ gpus: z.array(z.object({ index: z.number().int(), totals: z.record(z.string(), num) })) });
export const NvbandwidthShape = z.object({
  testcases: z.array(z.object({ name: z.string(), status: z.string(), matrix: z.array(z.array(cell)).nullable() })),
});
export const P2pShape = z.object({
  matrices: z.array(
    z.object({ title: z.string(), metric: z.string(), direction: z.string().nullable(), p2p: z.boolean().nullable(), values: z.array(z.array(cell)) }),
  ),
});
export const NcclShape = z.object({
  largest: z.object({ sizeBytes: num, outOfPlace: z.object({ busbwGBs: num }) }).nullable(),
});
export const DmesgShape = z.object({
  events: z.array(z.object({ kind: z.string(), line: z.number().optional(), message: z.string().optional() }).passthrough()),
});
export const XidEventShape = z.object({ kind: z.literal('xid'), xid: z.number().int(), pci: z.string().optional(), detail: z.string().optional() });
export const IommuEventShape = z.object({ kind: z.literal('iommu-fault'), vendor: z.string(), device: z.string() });
/** tests/hardware/train_step.py prints JSON with the step time (absent when it skipped or failed). */
export const TrainStepShape = z.object({ stepTimeMs: num });

/** Every value in a canary's steps whose `data[kind]` has the wanted shape, in step order. */
export function readData<T>(steps: readonly { data: Record<string, unknown> }[], kind: StepDataKey, shape: z.ZodType<T>): T[] {
  const out: T[] = [];
  for (const step of steps) {
    if (!(kind in step.data)) continue;
    const parsed = shape.safeParse(step.data[kind]);
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}
