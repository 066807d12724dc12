import type { CheckResult } from '../core/results.js';
import type { DmesgEvent } from '../parsers/kernel-log/events.js';
import { check } from './step.js';
import { kernelLogCheckName } from './step-data.js';

/**
 * The kernel-log lines written since `marker` (the log's last line before the step began).
 * The ring buffer may have wrapped, or the log may come from elsewhere (a replay): then the whole
 * log is scanned and `markerFound` says so.
 */
export function logDelta(marker: string, log: string): { text: string; markerFound: boolean } {
  const mark = marker.replace(/\r?\n$/, '');
  if (mark.trim() === '') return { text: log, markerFound: false };
  const lines = log.split('\n');
  const at = lines.lastIndexOf(mark);
  if (at < 0) return { text: log, markerFound: false };
  return { text: lines.slice(at + 1).join('\n'), markerFound: true };
}

/** Event kinds that fail module-load when they appear in the delta, with what each means. */
const BAD: Partial<Record<DmesgEvent['kind'], string>> = {
  xid: 'Xid',
  'nvlink-error': 'NVLink error',
  'iommu-fault': 'IOMMU fault',
  'module-rejected': 'module rejected',
  'symbol-mismatch': 'symbol version mismatch',
  'unknown-symbol': 'unknown symbol',
  'api-mismatch': 'NVRM API mismatch',
};

/** One check per bad event kind found (each naming its lines), or one pass when the log is clean. */
export function kernelLogChecks(events: readonly DmesgEvent[]): CheckResult[] {
  const checks: CheckResult[] = [];
  for (const [kind, title] of Object.entries(BAD) as [DmesgEvent['kind'], string][]) {
    const found = events.filter((e) => e.kind === kind);
    if (found.length === 0) continue;
    checks.push(check.fail(kernelLogCheckName(kind), `${found.length} ${title} event(s): ${found.slice(0, 3).map(describeEvent).join('; ')}${found.length > 3 ? '; …' : ''}`, { actual: found.map(summary) }));
  }
  if (checks.length === 0) checks.push(check.pass('kernel-log', 'no Xid, NVLink error, IOMMU fault, signature rejection, symbol or API mismatch'));
  return checks;
}

export function describeEvent(event: DmesgEvent): string {
  switch (event.kind) {
    case 'xid':
      return `line ${event.line}: Xid ${event.xid} on PCI ${event.pci}${event.detail ? ` (${clip(event.detail)})` : ''}`;
    case 'nvlink-error':
      return `line ${event.line}: NVLink ${event.fatal === false ? 'non-fatal' : 'fatal'} error on PCI ${event.pci}${event.link === null ? '' : ` link ${event.link}`}`;
    case 'iommu-fault':
      return `line ${event.line}: ${event.vendor} fault from ${event.device}${event.reason ? ` (${clip(event.reason)})` : ''}`;
    case 'module-rejected':
      return `line ${event.line}: ${event.module ?? 'a module'} rejected (${event.reason})`;
    case 'symbol-mismatch':
      return `line ${event.line}: ${event.module} disagrees about symbol ${event.symbol}`;
    case 'unknown-symbol':
      return `line ${event.line}: ${event.module}: unknown symbol ${event.symbol}`;
    case 'api-mismatch':
      return `line ${event.line}: client ${event.clientVersion} vs kernel module ${event.kernelVersion}`;
    default:
      return `line ${event.line}: ${clip(event.message)}`;
  }
}

function summary(event: DmesgEvent): Record<string, unknown> {
  const { message: _message, ...rest } = event;
  return rest;
}

function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}
