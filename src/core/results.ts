import { z } from 'zod';

/**
 * The result model (DESIGN.md "Results are data"). `results.json` is the canonical record of a
 * run; every report and the gate read it alone, so it is validated like any other input.
 */
export const StepStatus = z.enum(['pass', 'fail', 'error', 'skip']);
export type StepStatus = z.infer<typeof StepStatus>;

/** One thing a step checked: `fail` = the node answered wrongly, `error` = it could not answer. */
export const CheckResult = z.object({
  name: z.string(),
  status: StepStatus,
  message: z.string(),
  expected: z.unknown().optional(),
  actual: z.unknown().optional(),
});
export type CheckResult = z.infer<typeof CheckResult>;

export const Problem = z.object({
  line: z.number().int().nonnegative(),
  message: z.string(),
  /** Which raw file or parser the problem came from. */
  source: z.string().optional(),
});
export type Problem = z.infer<typeof Problem>;

export const StepResult = z.object({
  name: z.string(),
  status: StepStatus,
  /** Why the step ended this way (always set for fail, error and skip). */
  reason: z.string().nullable(),
  startedAt: z.string(),
  durationMs: z.number().nonnegative(),
  checks: z.array(CheckResult),
  /** Parsed outputs, keyed by parser kind (e.g. `topo`, `nvbandwidth`). */
  data: z.record(z.string(), z.unknown()),
  problems: z.array(Problem),
  /** File names under `raw/` holding every command's stdout/stderr as captured. */
  raw: z.array(z.string()),
});
export type StepResult = z.infer<typeof StepResult>;

/** Per-host connection outcome (SSH fan-out). */
export const HostState = z.enum(['ok', 'failed', 'timeout', 'unreachable', 'auth-failed']);
export type HostState = z.infer<typeof HostState>;

export const CanaryResult = z.object({
  name: z.string(),
  host: z.string(),
  labels: z.record(z.string(), z.string()),
  /** A control canary runs the known-good build; if it fails too, the trouble is not the bump. */
  control: z.boolean(),
  state: HostState,
  facts: z.object({
    kernelRelease: z.string().nullable(),
    driverVersion: z.string().nullable(),
    bootId: z.string().nullable(),
  }),
  leaseWaitMs: z.number().nonnegative().nullable(),
  steps: z.array(StepResult),
});
export type CanaryResult = z.infer<typeof CanaryResult>;

export const RunResults = z.object({
  schemaVersion: z.literal(1),
  tool: z.object({ name: z.literal('linkgate'), version: z.string() }),
  run: z.object({
    id: z.string(),
    startedAt: z.string(),
    finishedAt: z.string().nullable(),
    /** ssh: real nodes; virtual: replayed capture bundles; qemu: the riscv64 QEMU canary. */
    mode: z.enum(['ssh', 'virtual', 'qemu', 'mixed']),
    url: z.string().nullable(),
    /** false when the run was cancelled or timed out before every step ended (or a shard is missing). */
    complete: z.boolean(),
    /** This record is leg `index` of `count` of a sharded run (`linkgate smoke --shard`); absent otherwise. */
    shard: z.object({ index: z.number().int().nonnegative(), count: z.number().int().positive() }).optional(),
  }),
  canaries: z.array(CanaryResult),
});
export type RunResults = z.infer<typeof RunResults>;
