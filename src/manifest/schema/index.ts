import { z } from 'zod';
import { Canary } from './canary.js';
import { DeviceTree } from './devicetree.js';
import { GatePolicy } from './gate.js';
import { Kernel, OutOfTreeModule } from './kernel.js';
import { Signing } from './signing.js';
import { Smoke } from './smoke.js';

/** linkgate.yaml: one schema for the whole pipeline. Every field is documented with .describe(). */
export const Manifest = z
  .object({
    version: z.literal(1).describe('Manifest format version.'),
    kernel: Kernel.optional().describe('The riscv64 kernel to build.'),
    modules: z.array(OutOfTreeModule).default([]).describe('Out-of-tree modules built against the kernel.'),
    signing: Signing.optional().describe('Module signing.'),
    canaries: z.array(Canary).default([]).describe('The canary fleet.'),
    devicetree: DeviceTree.optional().describe('Per-board base DTBs, overlays and required nodes.'),
    smoke: Smoke.prefault({}).describe('The smoke suite run on every canary.'),
    gate: GatePolicy.prefault({}).describe('The rollback gate policy.'),
  })
  .strict()
  .superRefine((manifest, ctx) => {
    const seen = new Map<string, number>();
    manifest.canaries.forEach((canary, index) => {
      const first = seen.get(canary.name);
      if (first === undefined) seen.set(canary.name, index);
      else {
        ctx.addIssue({
          code: 'custom',
          path: ['canaries', index, 'name'],
          message: `duplicate canary name "${canary.name}" (first used by canaries[${first}])`,
        });
      }
    });
    const modules = new Set<string>();
    manifest.modules.forEach((module, index) => {
      if (modules.has(module.name)) {
        ctx.addIssue({ code: 'custom', path: ['modules', index, 'name'], message: `duplicate module name "${module.name}"` });
      }
      modules.add(module.name);
    });
  });

export type Manifest = z.infer<typeof Manifest>;
export { Canary, GatePolicy, Kernel, Signing, Smoke };
