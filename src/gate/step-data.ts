import { z } from 'zod';

/**
 * The parts of parsed step data (`StepResult.data[kind]`, the public parser shapes of issue 6) that
 * the gate and the reports read. results.json comes from disk, so every read is a safeParse: data
 * in another shape yields nothing rather than a crash.
 */
const num = z.number().finite();
const cell = num.nullable();

export const TopoShape = z.object({ matrix: z.record(z.string(), z.record(z.string(), z.string().nullable())) });
export const NvlinkStatusShape = z.object({
  gpus: z.array(
    z.object({ index: z.number().int(), links: z.array(z.object({ link: z.number().int(), active: z.boolean(), speedGBs: cell })) }),
  ),
});
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
/** tests/hardware/train_step.py prints JSON with the step time. */
export const TrainStepShape = z.object({ stepTimeMs: num });

/** The first value in any step of a canary whose `data[kind]` has the wanted shape. */
export function readData<T>(steps: readonly { data: Record<string, unknown> }[], kind: string, shape: z.ZodType<T>): T[] {
  const out: T[] = [];
  for (const step of steps) {
    if (!(kind in step.data)) continue;
    const parsed = shape.safeParse(step.data[kind]);
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}
