import type { CheckResult, StepResult } from '../../core/results.js';
import type { RemoteHost } from '../../remote/transport.js';
import { StepRecorder } from '../../smoke/recorder.js';
import { rollUp } from '../../smoke/step.js';
import { classifyLoad, judgeCase, judgeSigEnforce, type SignatureCase } from './load-verdict.js';

export const SIGNATURE_STEP = 'module-signature';

/**
 * The end-to-end proof of signature enforcement on a node: sig_enforce is on, the module linkgate
 * signed loads (and unloads again), and the unsigned, other-key and tampered copies are refused.
 * Each case is one check of one step in results.json; every command's output goes to raw/.
 */
export async function runSignatureEnforcement(options: {
  host: RemoteHost;
  canary: string;
  cases: readonly SignatureCase[];
  outDir: string;
  signal: AbortSignal;
  timeoutMs?: number;
  now?: () => number;
}): Promise<StepResult> {
  const now = options.now ?? Date.now;
  const started = now();
  const recorder = new StepRecorder(options.host, options.outDir, `${options.canary}/${SIGNATURE_STEP}`, options.signal, started + (options.timeoutMs ?? 120_000), now);
  const checks: CheckResult[] = [];
  const data: Record<string, unknown> = {};
  try {
    const enforce = await recorder.run('sig-enforce', ['cat', '/sys/module/module/parameters/sig_enforce'], { class: 'node' });
    checks.push(judgeSigEnforce(enforce.exitCode, enforce.stdout));
    // Refusals first: a module already loaded would answer "File exists" and prove nothing.
    const ordered = [...options.cases].sort((a, b) => (a.expect === b.expect ? 0 : a.expect === 'reject' ? -1 : 1));
    for (const c of ordered) {
      const load = await recorder.run(`insmod-${c.name}`, ['insmod', c.remotePath], { class: 'node', timeoutMs: 30_000 });
      const verdict = classifyLoad(load.exitCode, load.stderr, load.stdout);
      data[c.name] = { outcome: verdict.outcome, message: verdict.message };
      checks.push(judgeCase(c, verdict));
      if (verdict.outcome === 'loaded') {
        // Leave the node as we found it; an unload failure is worth a check of its own.
        const unload = await recorder.run(`rmmod-${c.name}`, ['rmmod', c.module], { class: 'node', timeoutMs: 30_000 });
        checks.push(
          unload.exitCode === 0
            ? { name: `${c.name} module unload`, status: 'pass', message: `${c.module}: unloaded` }
            : { name: `${c.name} module unload`, status: 'error', message: `rmmod ${c.module} failed: ${unload.stderr.trim().split('\n')[0] ?? ''}` },
        );
      }
    }
  } catch (error) {
    checks.push({ name: 'connection', status: 'error', message: (error as Error).message });
  } finally {
    await recorder.finish('step ended');
  }
  const { status, reason } = rollUp(checks);
  return {
    name: SIGNATURE_STEP,
    status,
    reason,
    startedAt: new Date(started).toISOString(),
    durationMs: now() - started,
    checks,
    data,
    problems: [],
    raw: [...recorder.raw],
  };
}
