import { resolve } from 'node:path';
import { UsageError } from '../../core/errors.js';
import { ExitCode } from '../../core/exit-codes.js';
import { readBaseline } from '../../gate/baseline-store.js';
import { selectCanaries } from '../../manifest/canary-selection.js';
import { requireManifest } from '../../manifest/load.js';
import type { Manifest } from '../../manifest/schema/index.js';
import { sshConnectors, type CanaryConnector } from '../../canary/rollout/canary-connector.js';
import { planLines } from '../../canary/rollout/canary-outcome.js';
import { DEFAULT_BOOT_TIMEOUT_MS } from '../../canary/rollout/deploy-fleet.js';
import { planRollbacks, type RollbackRequest, runRollbacks } from '../../canary/rollout/rollback-fleet.js';
import { fleetExitCode } from '../../canary/slots/plan-outcome.js';
import { boolOpt, type Command, type ParsedArgs, stringOpt, stringsOpt } from '../command.js';

export const rollbackCommand: Command = {
  name: 'rollback',
  summary: 'Roll canaries back to their known-good kernel and driver (or promote the new one), verified',
  usage: `linkgate rollback --manifest linkgate.yaml --canary NAME [--canary NAME ...] [--baseline DIR | --known-good-release R [--known-good-driver V]] [--promote [--release R]] [--boot-timeout S] [--dry-run] [--json]

Runs the rollback plan on each canary through its boot.strategy (docs/canary.md): clear any pending
try (boot.rollback), and unless the node already runs the known-good build, reboot (boot.reboot),
wait for a new boot id, and verify uname -r = the known-good release, /sys/module/<driver>/version =
the known-good driver, and the driver module loaded. Idempotent: a canary already on the verified
known-good build is not rebooted again ("already-done").
The known-good release and driver come from --known-good-release/--known-good-driver, else the
canary's facts in --baseline (the last promoted run), else (boot.strategy ab-slots) the node's slot table.
  --promote        verify the new build runs (--release, else gate/smoke.expectedKernelRelease; the
                   driver from gate/smoke.expectedDriverVersion), then boot.promote makes it permanent
  --boot-timeout S how long to wait for a rebooted node (default ${DEFAULT_BOOT_TIMEOUT_MS / 1000})
  --dry-run        print the plans; touch nothing
  --json           print {"plans": [...], "outcomes": [...]} (outcomes [] with --dry-run)
Exit: 0 all done (or already done), 1 a verification or hook failed (reported with what was found),
3 a canary could not be reached or did not come back, 2 bad flags, manifest, or boot.strategy none.`,
  options: {
    manifest: { type: 'string', short: 'm' },
    canary: { type: 'string', multiple: true },
    baseline: { type: 'string' },
    'known-good-release': { type: 'string' },
    'known-good-driver': { type: 'string' },
    release: { type: 'string' },
    promote: { type: 'boolean' },
    'boot-timeout': { type: 'string' },
    'dry-run': { type: 'boolean' },
  },
  positionals: [0, 0],
  async run(args, ctx) {
    const file = stringOpt(args, 'manifest');
    const names = stringsOpt(args, 'canary');
    if (!file) throw new UsageError('--manifest is required');
    if (names.length === 0) throw new UsageError('--canary NAME is required (which canaries to roll back)');
    const promote = boolOpt(args, 'promote');
    if (promote && (stringOpt(args, 'known-good-release') || stringOpt(args, 'known-good-driver') || stringOpt(args, 'baseline'))) {
      throw new UsageError('--promote takes --release, not --known-good-release/--known-good-driver/--baseline');
    }
    if (!promote && stringOpt(args, 'release')) throw new UsageError('--release goes with --promote; a rollback takes --known-good-release');
    const path = resolve(ctx.cwd, file);
    const manifest = await requireManifest(path, file);
    const canaries = selectCanaries(manifest.canaries, { names, shard: null, source: file });
    const bootTimeoutMs = bootTimeout(args);
    const requests = promote ? promoteRequests(manifest, canaries, stringOpt(args, 'release')) : await rollbackRequests(args, canaries, ctx.cwd);
    const action = promote ? 'promote' : 'rollback';
    const targets = planRollbacks(requests, action, bootTimeoutMs);
    for (const target of targets) for (const line of planLines(target.plan)) ctx.logger.info(line);
    if (boolOpt(args, 'dry-run')) {
      if (args.values.json) ctx.stdout(`${JSON.stringify({ plans: targets.map((t) => t.plan), outcomes: [] })}\n`);
      return ExitCode.Pass;
    }
    const connect = sshConnectors({ env: ctx.env, logger: ctx.logger, clock: ctx.clock, signal: ctx.signal });
    const connectors = new Map<string, CanaryConnector>();
    for (const target of targets) connectors.set(target.canary.name, await connect(target.canary));
    const outcomes = await runRollbacks(targets, { connectors, clock: ctx.clock, logger: ctx.logger, signal: ctx.signal, bootTimeoutMs });
    if (args.values.json) ctx.stdout(`${JSON.stringify({ plans: outcomes.map((o) => o.plan), outcomes })}\n`);
    return fleetExitCode(outcomes.map((o) => o.exitCode));
  },
};

type Canaries = Manifest['canaries'];

async function rollbackRequests(args: ParsedArgs, canaries: Canaries, cwd: string): Promise<RollbackRequest[]> {
  const baselineDir = stringOpt(args, 'baseline');
  const baseline = baselineDir ? await readBaseline(resolve(cwd, baselineDir)) : { runs: [] };
  return canaries.map((canary) => {
    // The last promoted run that saw this canary knows what it ran.
    const facts = baseline.runs.flatMap((r) => r.canaries).filter((c) => c.name === canary.name).at(-1)?.facts;
    const release = stringOpt(args, 'known-good-release') ?? facts?.kernelRelease ?? null;
    const driverVersion = stringOpt(args, 'known-good-driver') ?? facts?.driverVersion ?? null;
    return { canary, expect: release === null ? null : { release, driverVersion, module: canary.driver.module } };
  });
}

function promoteRequests(manifest: Manifest, canaries: Canaries, release: string | undefined): RollbackRequest[] {
  const wanted = release ?? manifest.gate.expectedKernelRelease ?? manifest.smoke.expectedKernelRelease ?? null;
  const driverVersion = manifest.gate.expectedDriverVersion ?? manifest.smoke.expectedDriverVersion ?? null;
  return canaries.map((canary) => ({ canary, expect: wanted === null ? null : { release: wanted, driverVersion, module: canary.driver.module } }));
}

/** --boot-timeout in whole seconds (1 s … 2 h). */
export function bootTimeout(args: ParsedArgs): number {
  const text = stringOpt(args, 'boot-timeout');
  if (text === undefined) return DEFAULT_BOOT_TIMEOUT_MS;
  if (!/^\d{1,5}$/.test(text) || Number(text) < 1 || Number(text) > 7200) throw new UsageError(`--boot-timeout ${JSON.stringify(text.slice(0, 20))}: give whole seconds from 1 to 7200`);
  return Number(text) * 1000;
}
