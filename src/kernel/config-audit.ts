import type { KconfigDb } from './kconfig-db.js';
import { explainOption } from './kconfig-explain.js';
import type { FragmentEntry } from './kconfig-fragment.js';

/**
 * The config audit: every option a fragment requested, compared with the final .config after
 * olddefconfig. `merge_config.sh -m` never reports dropped options, and without `-m` it flags
 * `CONFIG_X=n` falsely, so this is our own comparison (lab notes, pitfall 1).
 */

export type AuditStatus = 'kept' | 'changed' | 'dropped';
export type FragmentPolicy = 'fail' | 'warn';

export interface AuditRequest extends FragmentEntry {
  fragment: string;
  policy: FragmentPolicy;
}

export interface AuditOption {
  symbol: string;
  requested: string;
  /** null when the symbol is absent from .config (invisible: unmet dependencies, or unknown). */
  actual: string | null;
  status: AuditStatus;
  reason: string;
  fragment: string;
  line: number;
  policy: FragmentPolicy;
}

export interface ConfigAudit {
  /** true when every requested option holds. */
  ok: boolean;
  options: AuditOption[];
  /** Requests replaced by a later fragment (merge_config.sh: the last value wins). */
  overridden: { symbol: string; fragment: string; line: number; by: string }[];
}

/** The public `config-check --json` document: exactly these fields (docs/kernel-build.md). */
export interface ConfigCheckJson {
  ok: boolean;
  options: { symbol: string; requested: string; actual: string | null; status: AuditStatus; reason: string }[];
}

export function auditConfig(requests: readonly AuditRequest[], config: ReadonlyMap<string, string>, db?: KconfigDb): ConfigAudit {
  const last = new Map<string, AuditRequest>();
  const overridden: ConfigAudit['overridden'] = [];
  for (const request of requests) {
    const previous = last.get(request.symbol);
    if (previous && previous.value !== request.value) {
      overridden.push({ symbol: previous.symbol, fragment: previous.fragment, line: previous.line, by: `${request.fragment}:${request.line}` });
    }
    last.delete(request.symbol);
    last.set(request.symbol, request);
  }
  const values = new Map<string, string>();
  for (const [symbol, value] of config) values.set(symbol.replace(/^CONFIG_/, ''), value);

  const options = [...last.values()].map((request): AuditOption => {
    const actual = config.get(request.symbol) ?? null;
    // An absent symbol is off: a request for "n" holds.
    const effective = actual ?? 'n';
    const status: AuditStatus = effective === request.value ? 'kept' : actual === null ? 'dropped' : 'changed';
    const reason = status === 'kept' ? '' : reasonFor(request, actual, db, values);
    return { symbol: request.symbol, requested: request.value, actual, status, reason, fragment: request.fragment, line: request.line, policy: request.policy };
  });
  return { ok: options.every((o) => o.status === 'kept'), options, overridden };
}

function reasonFor(request: AuditRequest, actual: string | null, db: KconfigDb | undefined, values: Map<string, string>): string {
  const name = request.symbol.replace(/^CONFIG_/, '');
  if (db) return explainOption(name, request.value, actual, db, values);
  return actual === null
    ? 'absent from .config: the option is invisible (unmet dependencies) or unknown; give the kernel source (--kconfig-root) for the depends on/select lines'
    : `set to ${actual}: a select, a choice or a depends-on limit overrode the request; give the kernel source (--kconfig-root) for the lines`;
}

/** Options whose fragment policy makes them fail the build. */
export function blockingOptions(audit: ConfigAudit): AuditOption[] {
  return audit.options.filter((o) => o.status !== 'kept' && o.policy === 'fail');
}

export function toConfigCheckJson(audit: ConfigAudit): ConfigCheckJson {
  return {
    ok: audit.ok,
    options: audit.options.map(({ symbol, requested, actual, status, reason }) => ({ symbol, requested, actual, status, reason })),
  };
}
