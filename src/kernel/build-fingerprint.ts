import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { CommandRunner } from '../core/command-runner.js';
import { sha256File, sha256Tree } from './file-hash.js';
import { FINGERPRINT_SCHEMA, type FingerprintInputs, fingerprintOf } from './fingerprint.js';
import type { BuildState } from './metadata.js';
import type { BuildPlan } from './plan.js';

/** Hashes the plan's inputs (files are read, nothing runs) into the build fingerprint. */
export async function computeFingerprint(
  plan: BuildPlan,
  toolchain: string,
  runner?: CommandRunner,
): Promise<{ value: string; inputs: FingerprintInputs; patches: BuildState['patches'] }> {
  const patches = await Promise.all(
    plan.patches.map(async (p) => ({ file: p.display, sha256: await sha256File(p.path), tool: plan.source.type === 'git' ? 'git am' : 'patch -p1' })),
  );
  const inputs: FingerprintInputs = {
    schema: FINGERPRINT_SCHEMA,
    arch: plan.arch.name,
    crossCompile: plan.crossCompile,
    source: await sourceIdentity(plan, runner),
    patches: patches.map((p) => p.sha256),
    base: plan.base.kind === 'target' ? plan.base.target : `file:${await sha256File(plan.base.path)}`,
    fragments: await Promise.all(plan.fragments.map(async (f) => ({ sha256: await sha256File(f.path), policy: f.policy }))),
    targets: [...plan.makeTargets],
    modules: await Promise.all(plan.modules.map(async (m) => ({ name: m.name, sha256: await sha256Tree(m.path) }))),
    toolchain,
  };
  return { value: fingerprintOf(inputs), inputs, patches };
}

async function sourceIdentity(plan: BuildPlan, runner?: CommandRunner): Promise<string | null> {
  const source = plan.source;
  if (source.type === 'git') return `git:${source.url}@${source.commit}`;
  if (source.type === 'tarball') return `tarball:${source.sha256}`;
  // A local tree is only pinned when it is a clean git checkout.
  if (!runner) return null;
  const head = await runner.run({ argv: ['git', '-C', source.path, 'rev-parse', 'HEAD'] }).catch(() => null);
  const dirty = await runner.run({ argv: ['git', '-C', source.path, 'status', '--porcelain', '--untracked-files=no'] }).catch(() => null);
  if (head?.exitCode !== 0 || dirty?.exitCode !== 0 || dirty.stdout.trim() !== '') return null;
  return `local-git:${head.stdout.trim()}`;
}

/**
 * The previous build in the output directory can stand in for this one when its fingerprint is
 * the same, it passed, the source was pinned, and every artifact it lists is still there unchanged.
 */
export async function previousBuildMatches(metadataPath: string, fingerprint: string, outDir: string): Promise<BuildState | null> {
  let metadata: { linkgate?: { fingerprint?: string; status?: string; fingerprint_inputs?: { source?: string | null }; artifacts?: { path: string; sha256: string }[] } };
  try {
    metadata = JSON.parse(await readFile(metadataPath, 'utf8'));
  } catch {
    return null;
  }
  const lg = metadata.linkgate;
  if (!lg || lg.fingerprint !== fingerprint || lg.status !== 'pass' || !lg.fingerprint_inputs?.source || !Array.isArray(lg.artifacts)) return null;
  for (const artifact of lg.artifacts) {
    const path = join(outDir, artifact.path);
    if (!(await stat(path).catch(() => null))) return null;
    if ((await sha256File(path)) !== artifact.sha256) return null;
  }
  return stateFromMetadata(metadata);
}

function stateFromMetadata(metadata: Record<string, unknown>): BuildState {
  const lg = metadata.linkgate as Record<string, unknown>;
  const get = <T>(key: string, fallback: T): T => (lg[key] as T | undefined) ?? fallback;
  return {
    startedAt: get('started_at', ''), finishedAt: get('finished_at', null), status: 'skipped', phase: null,
    message: 'fingerprint unchanged', interruptedBy: null, fingerprint: get('fingerprint', null),
    fingerprintInputs: get('fingerprint_inputs', null), compiler: null, kernelRelease: get('kernel_release', null),
    kernelVersion: null, patches: get('patches', []), audit: null, durations: {}, phaseStatus: {},
    artifacts: get('artifacts', []), warnings: 0, errors: 0, ccache: null, modules: get('modules', []),
  };
}
