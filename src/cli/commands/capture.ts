import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { UsageError } from '../../core/errors.js';
import { ExitCode } from '../../core/exit-codes.js';
import { formatProblem, loadManifest } from '../../manifest/load.js';
import { writeBundleFromRun } from '../../smoke/bundle/capture.js';
import { suiteConfigFor } from '../../smoke/config.js';
import { runSmoke } from '../../smoke/run.js';
import { type Command, stringOpt } from '../command.js';

/** Where the capture's own smoke run (results.json + raw/) is kept inside the bundle. */
export const CAPTURE_RUN_DIR = 'capture-run';

export const captureCommand: Command = {
  name: 'capture',
  summary: 'Record a capture bundle from a real canary',
  usage: `linkgate capture --manifest linkgate.yaml --canary NAME --out BUNDLE_DIR

Runs the smoke suite on one real canary and keeps what the node answered as a capture bundle:
BUNDLE_DIR/meta.json + BUNDLE_DIR/<step>/<label>.stdout|.stderr, and the run itself under
BUNDLE_DIR/${CAPTURE_RUN_DIR}/. "linkgate smoke --virtual BUNDLE_DIR" replays it (docs/smoke.md).
--json prints {"bundle", "commands", "canary": {name, state, steps: [{name, status}]}}.`,
  options: { manifest: { type: 'string', short: 'm' }, canary: { type: 'string' }, out: { type: 'string' } },
  positionals: [0, 0],
  async run(args, ctx) {
    const manifestPath = stringOpt(args, 'manifest');
    const name = stringOpt(args, 'canary');
    const outOpt = stringOpt(args, 'out');
    if (!manifestPath || !name || !outOpt) throw new UsageError('--manifest, --canary and --out are required');
    const bundleDir = resolve(ctx.cwd, outOpt);
    const parsed = await loadManifest(resolve(ctx.cwd, manifestPath));
    if (!parsed.ok) throw new UsageError(`${manifestPath}: invalid manifest`, { details: parsed.problems.map(formatProblem) });
    if (!parsed.manifest.canaries.some((c) => c.name === name)) throw new UsageError(`no canary named ${name} in ${manifestPath}`);
    const runDir = join(bundleDir, CAPTURE_RUN_DIR);
    await rm(runDir, { recursive: true, force: true });
    const results = await runSmoke({ outDir: runDir, logger: ctx.logger, signal: ctx.signal, env: ctx.env, manifest: { path: resolve(ctx.cwd, manifestPath), canaries: [name] } });
    const canary = results.canaries[0]!;
    if (canary.state !== 'ok') {
      ctx.logger.error(`${name}: ${canary.state}; nothing captured`);
      return ExitCode.Infra;
    }
    const meta = await writeBundleFromRun({ resultsDir: runDir, canary, config: suiteConfigFor(parsed.manifest, name), bundleDir });
    ctx.logger.info(`${bundleDir}: ${meta.commands.length} command(s) captured from ${canary.host}`);
    if (args.values.json) {
      ctx.stdout(`${JSON.stringify({ bundle: bundleDir, commands: meta.commands.length, canary: { name, state: canary.state, steps: canary.steps.map((s) => ({ name: s.name, status: s.status })) } })}\n`);
    }
    return results.run.complete ? ExitCode.Pass : ExitCode.Infra;
  },
};
