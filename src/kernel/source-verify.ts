import type { CommandResult } from '../core/command-runner.js';
import { InfraError, UsageError } from '../core/errors.js';
import { sha256File } from './file-hash.js';

/** A tarball that is not the pinned one stops the build before anything unpacks it. */
export async function verifySha256(path: string, expected: string): Promise<void> {
  let actual: string;
  try {
    actual = await sha256File(path);
  } catch (error) {
    throw new UsageError(`cannot read kernel tarball ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  if (actual !== expected) {
    throw new UsageError(`kernel tarball ${path} has sha256 ${actual}, but the manifest pins ${expected}`, {
      details: ['refusing to build an unpinned source: update kernel.source.sha256 if the new tarball is intended'],
    });
  }
}

/**
 * The manifest's ref must still resolve to its pinned commit on the remote (a moved branch or a
 * re-tagged release stops the build), checked with `git ls-remote` before anything is downloaded.
 */
export async function verifyCommit(
  step: { repo: string; ref: string; commit: string },
  run: (argv: readonly string[]) => Promise<CommandResult>,
): Promise<void> {
  const listed = await run(['git', 'ls-remote', '--', step.repo, step.ref, `${step.ref}^{}`]);
  if (listed.exitCode !== 0) {
    throw new InfraError(`cannot list refs of ${step.repo} (git ls-remote exit ${listed.exitCode})`, {
      details: listed.stderr.split('\n').filter((l) => l.trim() !== '').slice(-3),
    });
  }
  const refs = new Map<string, string>();
  for (const line of listed.stdout.split('\n')) {
    const [sha, name] = line.trim().split(/\s+/);
    if (sha && name) refs.set(name, sha);
  }
  // An annotated tag's commit is its peeled entry (^{}).
  const candidates = [`refs/tags/${step.ref}^{}`, `refs/tags/${step.ref}`, `refs/heads/${step.ref}`, step.ref];
  const found = candidates.map((c) => refs.get(c)).find((sha) => sha !== undefined);
  if (found === undefined) throw new UsageError(`ref ${step.ref} does not exist in ${step.repo}`);
  if (found !== step.commit) {
    throw new UsageError(`ref ${step.ref} resolves to ${found}, but the manifest pins ${step.commit}`, {
      details: ['update kernel.source.commit if the new commit is intended; builds are pinned'],
    });
  }
}
