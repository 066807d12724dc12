import { resolve } from 'node:path';
import { UsageError } from '../../core/errors.js';
import { parseShard } from '../../manifest/canary-selection.js';
import { DEFAULT_BOOT_TIMEOUT_MS } from '../../canary/rollout/deploy-fleet.js';
import { deploy } from '../../canary/rollout/deploy-run.js';
import { boolOpt, type Command, stringOpt, stringsOpt } from '../command.js';
import { bootTimeout } from './rollback.js';

export const deployCommand: Command = {
  name: 'deploy',
  summary: 'Install the candidate kernel and signed modules on canaries, reboot into it, and check it came back',
  usage: `linkgate deploy --manifest linkgate.yaml --artifacts DIR [--canary NAME ...] [--shard I/N] [--kernel-release R] [--boot-timeout S] [--dry-run] [--json]

DIR is what actions/kernel-pipeline leaves (docs/deploy.md): the kernel Image, metadata.json and the
signed modules with signatures.json and SHA256SUMS (or build-kernel's modules/ tree). Every digest
the directory states is checked before any canary is touched.
On each selected canary (control canaries are skipped) the deploy plan runs through its
boot.strategy (docs/canary.md): read boot id and uname -r, upload the image and modules and run
boot.install (which also arms a one-shot try), boot.reboot, then wait for a NEW boot id running the
candidate's release. A candidate that hangs is reset into the known-good entry by the bootloader.
  --canary NAME      deploy only these (default: every canary of the manifest)
  --shard I/N        only leg I (0 … N-1) of N: canary i of the manifest goes to leg i mod N
  --kernel-release R the release the build must be (default: metadata.json's)
  --boot-timeout S   how long to wait for the rebooted node (default ${DEFAULT_BOOT_TIMEOUT_MS / 1000})
  --dry-run          print the plans; touch nothing
  --json             print {"release", "plans": [...], "outcomes": [...]}
Exit: 0 every canary runs the candidate, 1 a canary came back on another kernel or never came back
(the candidate failed), 3 a canary was unreachable before the deploy, a hook failed or a node never
rebooted, 2 bad flags, manifest or artifacts, or a canary whose boot.strategy is none.`,
  options: {
    manifest: { type: 'string', short: 'm' },
    artifacts: { type: 'string' },
    canary: { type: 'string', multiple: true },
    shard: { type: 'string' },
    'kernel-release': { type: 'string' },
    'boot-timeout': { type: 'string' },
    'dry-run': { type: 'boolean' },
  },
  positionals: [0, 0],
  async run(args, ctx) {
    const file = stringOpt(args, 'manifest');
    const artifacts = stringOpt(args, 'artifacts');
    if (!file) throw new UsageError('--manifest is required');
    if (!artifacts) throw new UsageError('--artifacts DIR is required (the kernel-pipeline artifact: Image, metadata.json, signed modules)');
    const shardText = stringOpt(args, 'shard');
    const shard = shardText === undefined ? null : parseShard(shardText);
    if (shard && !shard.ok) throw new UsageError(`--${shard.message}`);
    const bootTimeoutMs = bootTimeout(args);
    const outcome = await deploy(
      { manifest: resolve(ctx.cwd, file), artifacts: resolve(ctx.cwd, artifacts), canaries: stringsOpt(args, 'canary'), shard: shard?.ok ? shard.shard : null, kernelRelease: stringOpt(args, 'kernel-release') ?? null, bootTimeoutMs, dryRun: boolOpt(args, 'dry-run') },
      ctx,
    );
    if (args.values.json) ctx.stdout(`${JSON.stringify(outcome.report)}\n`);
    return outcome.exitCode;
  },
};
