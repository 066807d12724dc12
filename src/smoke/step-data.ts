import type { ParserKind } from '../parsers/index.js';
import type { ParseResult } from '../parsers/types.js';

/**
 * What the smoke steps leave in `StepResult.data`, by key: the contract the gate, the reports and
 * `linkgate topology --from DIR` read (docs/smoke.md, "Step data").
 *
 * - A parser kind (`topo`, `nvlink-status`, `dmesg`, `nccl`, ...) holds exactly what that parser
 *   returned — the `data` that `linkgate parse KIND FILE --json` prints — or null when the output
 *   could not be read at all.
 * - The other keys others read are listed below; any further key is the step's own detail
 *   (docs/smoke.md lists them all).
 */
export type StepDataKey =
  | ParserKind
  /** tests/hardware/train_step.py's JSON line: `{ok, worldSize, stepTimeMs, loss, …}` or `{skip}`. */
  | 'train-step'
  /** module-load: `{markerFound, lines}` of the kernel-log delta that `dmesg` holds the events of. */
  | 'kernel-log'
  /** peer-bandwidth: the judged pairs `[{a, b, GBs, peakGBs, fraction}]` (the next run's baseline). */
  | 'pairs';

/** Stores a parser's data under its kind: null when the parser read nothing usable. */
export function keepParsed(data: Record<string, unknown>, kind: ParserKind, result: ParseResult<unknown> | null): void {
  data[kind] = result?.ok ? result.data : null;
}

/**
 * module-load names its kernel-log checks `kernel-log:<event kind>`. The gate re-judges the Xid one
 * from `data.dmesg` with its own policy (fatal set, non-fatal Xids warn), so it must recognise it.
 */
export function kernelLogCheckName(kind: string): string {
  return `kernel-log:${kind}`;
}

export const XID_CHECK = kernelLogCheckName('xid');
