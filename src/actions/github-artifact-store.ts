import { DefaultArtifactClient, GHESNotSupportedError } from '@actions/artifact';
import { join } from 'node:path';
import type { ArtifactStore, ArtifactUpload, StoredArtifact } from '../artifacts/store.js';
import { InfraError, messageOf, UsageError } from '../core/errors.js';

/**
 * The ArtifactStore over GitHub's artifact service (@actions/artifact 6). It needs
 * ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL, which the runner gives JavaScript actions only —
 * a composite action's `run:` step cannot upload, hence a node24 action.
 */
export class GitHubArtifactStore implements ArtifactStore {
  readonly kind = 'github';
  constructor(
    private readonly env: NodeJS.ProcessEnv,
    private readonly client = new DefaultArtifactClient(),
  ) {}

  async upload(artifact: ArtifactUpload): Promise<StoredArtifact> {
    for (const name of ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL']) {
      if (!this.env[name]) throw new InfraError(`${name} is not set: artifacts can only be uploaded from a JavaScript action step on a GitHub runner`);
    }
    let response;
    try {
      response = await this.client.uploadArtifact(
        artifact.name,
        artifact.files.map((f) => join(artifact.rootDir, f)),
        artifact.rootDir,
        artifact.retentionDays === undefined ? {} : { retentionDays: artifact.retentionDays },
      );
    } catch (error) {
      if (error instanceof GHESNotSupportedError) throw new UsageError('GitHub Enterprise Server has no v4 artifact service; set upload: false and publish output-dir yourself');
      const message = messageOf(error);
      if (/\(409\)|already exists/i.test(message)) throw new UsageError(`artifact ${artifact.name} already exists in this run: give each matrix leg its own matrix-leg input`);
      throw new InfraError(`artifact upload of ${artifact.name} failed: ${message}`);
    }
    if (response.id === undefined || !response.digest) throw new InfraError(`artifact upload of ${artifact.name} returned no id or digest`);
    const server = this.env.GITHUB_SERVER_URL ?? 'https://github.com';
    const location = this.env.GITHUB_REPOSITORY && this.env.GITHUB_RUN_ID
      ? `${server}/${this.env.GITHUB_REPOSITORY}/actions/runs/${this.env.GITHUB_RUN_ID}/artifacts/${response.id}`
      : String(response.id);
    return { name: artifact.name, id: String(response.id), digest: response.digest, size: response.size ?? 0, location };
  }
}
