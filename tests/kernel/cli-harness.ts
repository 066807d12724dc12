import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process (real ProcessRunner, real tools) from `cwd`. */
export async function cli(cwd: string, ...argv: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env: process.env,
    cwd,
    signal: new AbortController().signal,
  });
  return { code, stdout, stderr };
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `linkgate-${prefix}-`));
}

/** A tiny "kernel tree": enough for the source and patch phases (check-tree passes), nothing builds. */
export function fakeTree(dir: string): string {
  mkdirSync(join(dir, 'scripts', 'kconfig'), { recursive: true });
  writeFileSync(join(dir, 'Makefile'), '# tiny test tree\nall:\n\t@echo built\n');
  writeFileSync(join(dir, 'Kconfig'), 'config FOO\n\tbool "foo"\n');
  writeFileSync(join(dir, 'scripts', 'kconfig', 'merge_config.sh'), '#!/bin/sh\nexit 0\n');
  return dir;
}

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@localhost', '-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8' }).trim();
}

export function writeManifest(dir: string, kernelYaml: string, extra = ''): string {
  const path = join(dir, 'linkgate.yaml');
  writeFileSync(path, `version: 1\nkernel:\n${kernelYaml.replace(/^/gm, '  ')}\n${extra}`);
  return path;
}
