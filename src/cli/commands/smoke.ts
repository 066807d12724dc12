import { resolve } from 'node:path';
import { UsageError } from '../../core/errors.js';
import type { RunResults } from '../../core/results.js';
import { parseShard, type Shard } from '../../manifest/canary-selection.js';
import { runSmoke, smokeExitCode } from '../../smoke/run.js';
import { type Command, stringOpt, stringsOpt } from '../command.js';

export const smokeCommand: Command = {
  name: 'smoke',
  summary: 'Run the smoke suite on canaries (real or virtual)',
  usage: `linkgate smoke --manifest linkgate.yaml [--canary NAME ...] [--shard I/N [--run-id ID]] [--out DIR]
linkgate smoke --virtual BUNDLE_DIR [--virtual BUNDLE_DIR ...] [--out DIR]

Runs preflight, module-load, topology, peer-bandwidth, training-step (and fabric, dcgm-diag when
listed in smoke.steps) over SSH on each canary. --virtual serves a capture bundle behind a real SSH
endpoint on 127.0.0.1 and runs the same suite against it (see docs/smoke.md).

Writes DIR/results.json and DIR/raw/ (default DIR: linkgate-results).
  --signatures FILE  signatures.json of the modules: module-load checks the node's sha256 against it
  --baseline DIR     the last promoted run's results: peer bandwidth is compared pair by pair
  --shard I/N        test only leg I (0 … N-1) of N: canary i of the manifest goes to leg i mod N
                     (bundle i of --virtual likewise); "linkgate merge" joins the legs' results
  --run-id ID        results.json run id; the shards of one run must share it (default on GitHub
                     Actions: github-<run id>-<attempt>; without --shard: a fresh UUID)
  --json             print {"ok", "exitCode", "out", "canaries": [{name, state, steps: [{name, status, reason}]}]}
Exit: 0 all steps pass/skip, 1 a step failed, 3 a step errored or a canary was unreachable.`,
  options: {
    manifest: { type: 'string', short: 'm' },
    canary: { type: 'string', multiple: true },
    virtual: { type: 'string', multiple: true },
    out: { type: 'string' },
    signatures: { type: 'string' },
    baseline: { type: 'string' },
    shard: { type: 'string' },
    'run-id': { type: 'string' },
  },
  positionals: [0, 0],
  async run(args, ctx) {
    const manifest = stringOpt(args, 'manifest');
    const virtual = stringsOpt(args, 'virtual');
    const canaries = stringsOpt(args, 'canary');
    if (!manifest && virtual.length === 0) throw new UsageError('give --manifest FILE or --virtual BUNDLE_DIR');
    if (!manifest && canaries.length > 0) throw new UsageError('--canary selects canaries of --manifest');
    const out = resolve(ctx.cwd, stringOpt(args, 'out') ?? 'linkgate-results');
    const signatures = stringOpt(args, 'signatures');
    const baseline = stringOpt(args, 'baseline');
    const shardText = stringOpt(args, 'shard');
    const runId = stringOpt(args, 'run-id');
    const results = await runSmoke({
      outDir: out,
      logger: ctx.logger,
      signal: ctx.signal,
      env: ctx.env,
      virtual: virtual.map((d) => resolve(ctx.cwd, d)),
      ...(manifest ? { manifest: { path: resolve(ctx.cwd, manifest), canaries } } : {}),
      ...(signatures ? { signatures: resolve(ctx.cwd, signatures) } : {}),
      ...(baseline ? { baseline: resolve(ctx.cwd, baseline) } : {}),
      ...(runId !== undefined ? { runId } : {}),
      shard: shardText === undefined ? null : shardOf(shardText),
    });
    const exitCode = smokeExitCode(results);
    ctx.logger.info(`results: ${out}/results.json${results.run.complete ? '' : ' (incomplete: the run was cancelled)'}`);
    if (args.values.json) ctx.stdout(`${JSON.stringify(smokeSummary(results, out, exitCode))}\n`);
    return exitCode;
  },
};

export function smokeSummary(results: RunResults, out: string, exitCode: number): unknown {
  return {
    ok: exitCode === 0,
    exitCode,
    out,
    complete: results.run.complete,
    canaries: results.canaries.map((c) => ({ name: c.name, state: c.state, steps: c.steps.map((s) => ({ name: s.name, status: s.status, reason: s.reason })) })),
  };
}

function shardOf(text: string): Shard {
  const parsed = parseShard(text);
  if (!parsed.ok) throw new UsageError(`--${parsed.message}`);
  return parsed.shard;
}
