import type { Problem } from '../types.js';
import { printable } from '../cells.js';
import { MAX_LINE_CHARS } from '../lines.js';
import { DMESG_EVENT_KINDS, type DmesgEvent, type DmesgEventKind } from './events.js';
import { KMSG_DICTIONARY, splitPrefix } from './line-prefix.js';
import {
  type AmdViMatch,
  matchAmdVi,
  matchIntelDmar,
  matchModuleRejected,
  matchPcieDegraded,
  matchRiscvIommu,
  matchSymbolMismatch,
  matchUnknownSymbol,
} from './kernel-matchers.js';
import {
  matchApiMismatchKernel,
  matchApiMismatchStart,
  matchDriverLoaded,
  matchGpuUuid,
  matchXid,
  nvlinkFromXid,
} from './nvrm-matchers.js';

/** Where a scanner delivers what it reads, in input order. */
export interface DmesgSink {
  event(event: DmesgEvent): void;
  problem(problem: Problem): void;
}

export interface DmesgScanSummary {
  /** Lines read, including an unterminated last line. */
  lines: number;
  /** Events per kind. */
  counts: Record<DmesgEventKind, number>;
  /** Whether any of the first lines looked like a kernel log line (had a timestamp or log prefix). */
  recognized: boolean;
}

/** A message whose next line may complete it. */
type Pending =
  | { kind: 'api-mismatch'; line: number; time: string | null; message: string; clientVersion: string }
  | { kind: 'amd-vi'; line: number; time: string | null; message: string };

const RECOGNIZE_WITHIN_LINES = 1000;
const MAX_REMEMBERED_GPUS = 4096;

/**
 * Streaming kernel-log reader: feed chunks of any size with push(), then end(). Memory stays
 * constant (one line, one pending message, the GPU UUIDs seen); events go to the sink as soon as
 * they are complete. A last line without a line end is reported, not read: it may be cut off.
 */
export class DmesgScanner {
  private lineNo = 0;
  private carry = '';
  /** Characters of the current line so far while it is over MAX_LINE_CHARS and being skipped. */
  private overlong = 0;
  private pending: Pending | null = null;
  private recognized = false;
  private ended = false;
  private readonly uuids = new Map<string, string>();
  private readonly counts = Object.fromEntries(DMESG_EVENT_KINDS.map((kind) => [kind, 0])) as Record<DmesgEventKind, number>;

  constructor(private readonly sink: DmesgSink) {}

  push(chunk: string): void {
    if (this.ended) return;
    let start = 0;
    for (;;) {
      const newline = chunk.indexOf('\n', start);
      if (newline === -1) break;
      if (this.overlong > 0) {
        this.lineNo++;
        this.sink.problem(overlongLine(this.lineNo, this.overlong + newline - start));
        this.overlong = 0;
      } else if (this.carry !== '') {
        const line = this.carry + chunk.slice(start, newline);
        this.carry = '';
        this.completeLine(line);
      } else {
        this.completeLine(chunk.slice(start, newline));
      }
      start = newline + 1;
    }
    if (start < chunk.length) this.keepPartial(chunk.slice(start));
  }

  end(): DmesgScanSummary {
    if (!this.ended) {
      this.ended = true;
      this.resolvePendingAtEnd();
      if (this.overlong > 0) {
        this.lineNo++;
        this.sink.problem(overlongLine(this.lineNo, this.overlong));
      } else if (this.carry !== '') {
        this.lineNo++;
        if (this.carry.trim() !== '') {
          this.sink.problem({ line: this.lineNo, message: 'last line has no line end and may be cut off; not read' });
        }
      }
      this.carry = '';
    }
    return { lines: this.lineNo, counts: { ...this.counts }, recognized: this.recognized || this.total() > 0 };
  }

  private total(): number {
    return Object.values(this.counts).reduce((sum, count) => sum + count, 0);
  }

  private keepPartial(part: string): void {
    if (this.overlong > 0) {
      this.overlong += part.length;
    } else if (this.carry.length + part.length > MAX_LINE_CHARS) {
      this.overlong = this.carry.length + part.length;
      this.carry = '';
    } else {
      this.carry += part;
    }
  }

  private completeLine(raw: string): void {
    this.lineNo++;
    if (raw.length > MAX_LINE_CHARS) {
      this.sink.problem(overlongLine(this.lineNo, raw.length));
      return;
    }
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.charCodeAt(0) === 32 && KMSG_DICTIONARY.test(line)) return;
    if (!this.recognized && this.lineNo <= RECOGNIZE_WITHIN_LINES && splitPrefix(line).time !== null) this.recognized = true;
    if (this.pending !== null && this.continuePending(this.pending, line)) return;
    this.dispatch(line);
  }

  private emit(event: DmesgEvent): void {
    this.counts[event.kind]++;
    this.sink.event(event);
  }

  private problem(message: string, line = this.lineNo): void {
    this.sink.problem({ line, message });
  }

  // Cheap substring checks first: almost every line of a real log matches none of them.
  private dispatch(raw: string): void {
    const nvrm = raw.indexOf('NVRM: ');
    if (nvrm !== -1) return this.nvrm(raw, nvrm);
    if (raw.includes('AMD-Vi: Event logged')) return this.amdVi(raw);
    if (raw.includes('DMAR: [')) return this.simple(raw, 'Intel DMAR fault', matchIntelDmar);
    if (raw.includes(' devid: 0x')) return this.simple(raw, null, matchRiscvIommu);
    if (raw.includes('available PCIe bandwidth, limited by')) return this.simple(raw, 'PCIe bandwidth', matchPcieDegraded);
    if (raw.includes('disagrees about version of symbol')) return this.simple(raw, 'symbol version', matchSymbolMismatch);
    if (raw.includes('Unknown symbol ')) return this.simple(raw, null, matchUnknownSymbol);
    if (raw.includes('Loading of ') || raw.includes('Lockdown: ') || raw.includes('could not insert')) {
      return this.simple(raw, null, matchModuleRejected);
    }
  }

  /** Matches one message; `what` names it in the problem when the trigger is there but the shape is not. */
  private simple(raw: string, what: string | null, match: (message: string, line: number, time: string | null) => DmesgEvent | null): void {
    const split = splitPrefix(raw);
    const event = match(split.message, this.lineNo, split.time);
    if (event) this.emit(event);
    else if (what) this.problem(`looks like a ${what} message but could not be read: ${printable(split.message)}`);
  }

  private nvrm(raw: string, at: number): void {
    if (raw.startsWith('NVRM: Xid', at)) return this.xid(raw, at);
    if (raw.startsWith('NVRM: GPU at ', at)) {
      const gpu = matchGpuUuid(raw.slice(at));
      if (!gpu) return;
      const key = gpu.pci.toLowerCase();
      if (this.uuids.size < MAX_REMEMBERED_GPUS || this.uuids.has(key)) this.uuids.set(key, gpu.uuid);
      return;
    }
    // Most NVRM lines are none of these (GSP RPC history, register dumps): no prefix work for them.
    const loading = raw.startsWith('NVRM: loading NVIDIA UNIX', at);
    if (!loading && !raw.startsWith('NVRM: API mismatch', at)) return;
    const split = splitPrefix(raw);
    const message = split.message;
    if (loading) {
      const loaded = matchDriverLoaded(message, this.lineNo, split.time);
      if (loaded) this.emit(loaded);
      else this.problem(`looks like a driver load banner but could not be read: ${printable(message)}`);
      return;
    }
    const start = matchApiMismatchStart(message);
    if (!start) return this.problem(`looks like an API mismatch message but could not be read: ${printable(message)}`);
    if (start.kernelVersion !== null) {
      this.emit({ kind: 'api-mismatch', line: this.lineNo, time: split.time, message, clientVersion: start.clientVersion, kernelVersion: start.kernelVersion });
    } else {
      this.pending = { kind: 'api-mismatch', line: this.lineNo, time: split.time, message, clientVersion: start.clientVersion };
    }
  }


  private xid(raw: string, at: number): void {
    let text = raw.slice(at).trimEnd();
    // Tools that quote log lines (gpud: `[XID found] (..) "NVRM: Xid ..."`) wrap them in quotes.
    if (at > 0 && raw[at - 1] === '"' && text.endsWith('"')) text = text.slice(0, -1);
    const time = at === 0 ? null : splitPrefix(raw).time;
    const xid = matchXid(text, this.lineNo, time);
    if (!xid) return this.problem(`looks like an Xid report but could not be read (cut off?): ${printable(text)}`);
    if (this.uuids.size > 0) xid.uuid = this.uuids.get(xid.pci.toLowerCase()) ?? null;
    this.emit(xid);
    const nvlink = nvlinkFromXid(xid);
    if (nvlink) this.emit(nvlink);
  }

  private amdVi(raw: string): void {
    const split = splitPrefix(raw);
    const match = matchAmdVi(split.message);
    if (match?.open) {
      this.pending = { kind: 'amd-vi', line: this.lineNo, time: split.time, message: split.message };
      return;
    }
    this.emitAmdVi(split.message, this.lineNo, split.time, match?.fields);
  }

  private emitAmdVi(message: string, line: number, time: string | null, matched?: AmdViMatch['fields']): void {
    const fields = matched === undefined ? matchAmdVi(message)?.fields : matched;
    if (fields) this.emit({ kind: 'iommu-fault', line, time, message, ...fields });
    else this.problem(`looks like an AMD-Vi event but names no device: ${printable(message)}`, line);
  }

  /** true when the line completed the pending message (and is used up). */
  private continuePending(pending: Pending, raw: string): boolean {
    this.pending = null;
    const split = splitPrefix(raw);
    if (pending.kind === 'api-mismatch') {
      const kernelVersion = matchApiMismatchKernel(split.message);
      if (kernelVersion === null) {
        this.problem('API mismatch message ends before the kernel module version; not read', pending.line);
        return false;
      }
      const message = `${pending.message} ${split.message}`;
      this.emit({ kind: 'api-mismatch', line: pending.line, time: pending.time, message, clientVersion: pending.clientVersion, kernelVersion });
      return true;
    }
    // A wrapped AMD-Vi bracket continues on a line with no log prefix of its own.
    const continues = split.time === null && !raw.includes('AMD-Vi') && split.message.includes(']');
    this.emitAmdVi(continues ? `${pending.message} ${split.message}` : pending.message, pending.line, pending.time);
    return continues;
  }

  private resolvePendingAtEnd(): void {
    const pending = this.pending;
    this.pending = null;
    if (pending === null) return;
    if (pending.kind === 'api-mismatch') {
      this.problem('API mismatch message is cut off before the kernel module version; not read', pending.line);
    } else {
      this.emitAmdVi(pending.message, pending.line, pending.time);
    }
  }
}

function overlongLine(line: number, length: number): Problem {
  return { line, message: `line is ${length} characters long (no kernel log line is); skipped` };
}
