import type { CheckResult } from '../../core/results.js';

/**
 * What loading one module told us, read from insmod's exit status and message. Both spellings are
 * known: busybox (`insmod: can't insert 'x.ko': Key was rejected by service`) and kmod
 * (`insmod: ERROR: could not insert module x.ko: Key was rejected by service`). Under
 * CONFIG_MODULE_SIG_FORCE the kernel refuses unsigned, unknown-key and tampered modules alike with
 * EKEYREJECTED; only dmesg tells them apart, and a bad signature leaves no dmesg line at all, so the
 * verdict rests on the errno text, never on dmesg. Pure.
 */
export type LoadOutcome =
  | 'loaded'
  | 'key-rejected'
  | 'key-unavailable'
  | 'bad-format'
  | 'exists'
  | 'not-permitted'
  | 'not-found'
  | 'other';

const REASONS: ReadonlyArray<readonly [RegExp, LoadOutcome]> = [
  [/Key was rejected by service/, 'key-rejected'],
  [/Required key not available/, 'key-unavailable'],
  [/Invalid module format|Exec format error/i, 'bad-format'],
  [/File exists|already in kernel/, 'exists'],
  [/Operation not permitted/, 'not-permitted'],
  [/No such file or directory|not found/, 'not-found'],
];

export function classifyLoad(exitCode: number | null, stderr: string, stdout = ''): { outcome: LoadOutcome; message: string } {
  const text = `${stderr}\n${stdout}`.slice(0, 64 * 1024);
  const message = text.split('\n').map((l) => l.trim()).find((l) => l !== '') ?? '';
  if (exitCode === 0) return { outcome: 'loaded', message: message || 'loaded' };
  for (const [pattern, outcome] of REASONS) if (pattern.test(text)) return { outcome, message };
  return { outcome: 'other', message: message || `exit ${exitCode ?? 'none'}` };
}

export type SignatureCaseName = 'signed' | 'unsigned' | 'other-key' | 'tampered';

export interface SignatureCase {
  name: SignatureCaseName;
  /** Path of the module file on the node. */
  remotePath: string;
  /** Module name (for lsmod/rmmod). */
  module: string;
  expect: 'load' | 'reject';
}

/** Refusals that prove enforcement: the kernel checked the signature and said no. */
const REFUSALS: readonly LoadOutcome[] = ['key-rejected', 'key-unavailable'];

export function judgeCase(c: SignatureCase, result: { outcome: LoadOutcome; message: string }): CheckResult {
  const name = `${c.name} module`;
  const actual = result.outcome;
  if (c.expect === 'load') {
    if (actual === 'loaded') return { name, status: 'pass', message: `${c.module}: loaded`, expected: 'loaded', actual };
    if (REFUSALS.includes(actual)) {
      return { name, status: 'fail', message: `${c.module}: signed by linkgate but refused: ${result.message}`, expected: 'loaded', actual };
    }
    return { name, status: 'error', message: `${c.module}: could not be tried: ${result.message}`, expected: 'loaded', actual };
  }
  if (REFUSALS.includes(actual)) {
    return { name, status: 'pass', message: `${c.module}: refused (${actual === 'key-rejected' ? 'EKEYREJECTED' : 'ENOKEY'}): ${result.message}`, expected: 'refused', actual };
  }
  if (actual === 'loaded' || actual === 'exists') {
    return { name, status: 'fail', message: `${c.module}: the kernel accepted a ${c.name} module: signature enforcement is off`, expected: 'refused', actual };
  }
  return { name, status: 'error', message: `${c.module}: refused for another reason, so enforcement is unproven: ${result.message}`, expected: 'refused', actual };
}

/** `/sys/module/module/parameters/sig_enforce` must say Y. */
export function judgeSigEnforce(exitCode: number | null, stdout: string): CheckResult {
  const value = stdout.trim();
  if (exitCode !== 0) return { name: 'sig_enforce', status: 'error', message: 'cannot read /sys/module/module/parameters/sig_enforce' };
  if (value === 'Y') return { name: 'sig_enforce', status: 'pass', message: 'module.sig_enforce=Y', expected: 'Y', actual: value };
  return { name: 'sig_enforce', status: 'fail', message: `module.sig_enforce=${value || '(empty)'}: unsigned modules would load`, expected: 'Y', actual: value };
}
