import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { UsageError } from '../core/errors.js';

/** How a run is named in results.json and in the leases it holds on the canaries. */
export interface RunIdentity {
  /** results.json `run.id`: shards of one run share it, so `linkgate merge` and the gate join them. */
  id: string;
  /** The CI run's web page, or null. */
  url: string | null;
  /** Who holds the canary leases (shown to runs that wait for them). */
  owner: string;
}

const RUN_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/**
 * The run's identity. Shards of one run must share the id, so a sharded run takes it from
 * `--run-id`, else from GitHub's run id and attempt (the same in every matrix leg, new on a re-run);
 * an unsharded run gets a fresh UUID, so repeated runs in one job stay distinct samples.
 */
export function runIdentity(env: NodeJS.ProcessEnv, options: { runId?: string; sharded: boolean }): RunIdentity {
  const url = env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : null;
  let id: string;
  if (options.runId !== undefined) {
    if (!RUN_ID.test(options.runId)) throw new UsageError(`--run-id ${JSON.stringify(options.runId.slice(0, 40))}: use letters, digits, ., _ and - (at most 100)`);
    id = options.runId;
  } else if (options.sharded) {
    if (!env.GITHUB_RUN_ID || !/^\d+$/.test(env.GITHUB_RUN_ID)) {
      throw new UsageError('--shard needs --run-id ID outside GitHub Actions: every shard of the run must carry the same id, or linkgate merge refuses them');
    }
    id = `github-${env.GITHUB_RUN_ID}-${/^\d+$/.test(env.GITHUB_RUN_ATTEMPT ?? '') ? env.GITHUB_RUN_ATTEMPT : '1'}`;
  } else {
    id = randomUUID();
  }
  const where = env.GITHUB_REPOSITORY ? `${env.GITHUB_REPOSITORY}${env.GITHUB_JOB ? ` job ${env.GITHUB_JOB}` : ''}` : `${hostname()} pid ${process.pid}`;
  return { id, url, owner: `linkgate smoke run ${id} (${where})` };
}
