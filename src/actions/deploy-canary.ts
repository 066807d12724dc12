import { resolve } from 'node:path';
import { z } from 'zod';
import { DEFAULT_BOOT_TIMEOUT_MS } from '../canary/rollout/deploy-fleet.js';
import { deploy } from '../canary/rollout/deploy-run.js';
import { LinkgateError } from '../core/errors.js';
import { ExitCode } from '../core/exit-codes.js';
import { ShardInput } from '../manifest/canary-selection.js';
import { DEFAULT_KEY_ENV, maskKey } from '../remote/ssh-target.js';
import type { ActionDefinition } from './run-action.js';

const Settings = z.object({
  /** linkgate.yaml whose canaries get the build. */
  manifest: z.string().default('linkgate.yaml'),
  /** The downloaded kernel-pipeline artifact: Image, metadata.json, signed modules. */
  artifactsDir: z.string().min(1),
  /** The release the build must be; null: metadata.json's. */
  kernelRelease: z.string().optional(),
  /** One leg of the fleet, I/N. */
  shard: ShardInput,
  /** Print the plans, touch nothing. */
  dryRun: z.boolean().default(false),
});

/**
 * Deploys the candidate kernel and signed modules to the manifest's canaries (one shard of them)
 * and reboots each into it, through its boot strategy. The SSH key comes from the canary's identity
 * (default $SSH_PRIVATE_KEY), masked before anything is logged.
 */
export const deployCanaryAction: ActionDefinition<typeof Settings> = {
  name: 'deploy-canary',
  inputs: { manifest: {}, 'artifacts-dir': { required: true }, 'kernel-release': {}, shard: {}, 'dry-run': { kind: 'boolean' } },
  outputs: ['deployed', 'failed', 'skipped', 'outcome', 'outcomes'],
  settings: Settings,
  async run(s, ctx) {
    // Masked first, whatever happens next (sshTargetFromCanary masks only the keys of selected canaries).
    if (ctx.env[DEFAULT_KEY_ENV]) maskKey(ctx.env[DEFAULT_KEY_ENV], ctx.logger);
    const cwd = process.cwd();
    let result;
    try {
      result = await deploy(
        { manifest: resolve(cwd, s.manifest), artifacts: resolve(cwd, s.artifactsDir), canaries: [], shard: s.shard, kernelRelease: s.kernelRelease ?? null, bootTimeoutMs: DEFAULT_BOOT_TIMEOUT_MS, dryRun: s.dryRun },
        ctx,
      );
    } catch (error) {
      // A required step still gets an outcome to branch on before the failure is reported.
      ctx.setOutput('outcome', error instanceof LinkgateError && error.actor === 'user' ? 'invalid' : 'error');
      throw error;
    }
    const { exitCode, outcomes } = result;
    const deployed = outcomes.filter((o) => o.exitCode === ExitCode.Pass && o.status !== 'skipped');
    const failed = outcomes.filter((o) => o.exitCode !== ExitCode.Pass);
    const skipped = outcomes.filter((o) => o.status === 'skipped');
    const outcome = s.dryRun ? 'dry-run' : exitCode === ExitCode.Pass ? 'deployed' : exitCode === ExitCode.Fail ? 'failed' : 'error';
    ctx.setOutput('deployed', deployed.map((o) => o.canary).join(' '));
    ctx.setOutput('failed', failed.map((o) => o.canary).join(' '));
    ctx.setOutput('skipped', skipped.map((o) => o.canary).join(' '));
    ctx.setOutput('outcome', outcome);
    ctx.setOutput('outcomes', outcomes.map((o) => ({ canary: o.canary, status: o.status, exitCode: o.exitCode, message: o.message })));
    for (const o of failed) {
      const title = `deploy: ${o.canary}${o.exitCode === ExitCode.Fail ? '' : ' (infrastructure)'}`;
      if (o.exitCode === ExitCode.Fail) ctx.logger.error(`${o.canary}: ${o.message}`, { title });
      else ctx.logger.warn(`${o.canary}: ${o.message}`, { title });
    }
    const rows = outcomes.map((o) => `| ${o.canary} | ${o.status} | ${o.message.replace(/\|/g, '\\|').slice(0, 300)} |`);
    await ctx.summary(`### linkgate deploy: ${outcome}\n\n| canary | status | what happened |\n|---|---|---|\n${rows.join('\n')}\n`);
    if (exitCode === ExitCode.Pass) return { exitCode };
    return {
      exitCode,
      failureMessage: exitCode === ExitCode.Fail ? `the candidate did not come up on ${failed.filter((o) => o.exitCode === ExitCode.Fail).map((o) => o.canary).join(', ')}` : `infrastructure: ${failed.map((o) => `${o.canary}: ${o.status}`).join(', ')}`,
    };
  },
};
