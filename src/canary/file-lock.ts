import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Runs fn while holding an exclusive flock(1) on lockFile, so two processes (parallel test workers,
 * a demo next to a test run) never build into the same kernel tree at once. The lock belongs to a
 * `flock` child whose stdin is our pipe: if this process dies, the pipe closes, the child exits and
 * the lock is released — no stale lock after a crash. Same protocol as tests/helpers/kernel-tree.ts,
 * so both can share a lock file.
 */
export async function withFileLock<T>(lockFile: string, fn: () => Promise<T>): Promise<T> {
  mkdirSync(dirname(lockFile), { recursive: true });
  const holder = spawn('flock', ['--exclusive', lockFile, 'sh', '-c', 'echo locked; exec cat >/dev/null'], { stdio: ['pipe', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    holder.once('error', reject);
    holder.once('exit', (code) => reject(new Error(`flock exited (${code}) before locking ${lockFile}`)));
    holder.stdout.once('data', () => resolve());
  });
  try {
    return await fn();
  } finally {
    holder.stdin.end();
  }
}
