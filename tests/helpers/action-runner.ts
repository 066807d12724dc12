import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './paths.js';

/**
 * Runs a bundled JavaScript action the way the GitHub runner does: a fresh `node dist/<name>.js`
 * process with INPUT_* variables and real GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / GITHUB_ENV /
 * RUNNER_TEMP files. The bundle is built fresh (dist.test.ts proves dist/ equals a fresh bundle).
 */
let bundleDir: string | undefined;

export function freshBundle(): string {
  if (!bundleDir) {
    bundleDir = mkdtempSync(join(tmpdir(), 'linkgate-bundle-'));
    execFileSync('node', ['scripts/bundle.mjs', '--outdir', bundleDir], { cwd: ROOT, stdio: 'pipe' });
  }
  return bundleDir;
}

export interface ActionRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** `::error ...::message` and `::warning ...::message` lines as printed. */
  annotations: string[];
  /** Values registered with `::add-mask::`. */
  masked: string[];
}

export async function runActionProcess(
  name: string,
  inputs: Record<string, string>,
  options: { cwd?: string; env?: Record<string, string>; timeoutMs?: number } = {},
): Promise<ActionRun> {
  const work = mkdtempSync(join(tmpdir(), `linkgate-action-${name}-`));
  const files = {
    GITHUB_OUTPUT: join(work, 'output'),
    GITHUB_STEP_SUMMARY: join(work, 'summary.md'),
    GITHUB_ENV: join(work, 'env'),
    GITHUB_STATE: join(work, 'state'),
  };
  for (const file of Object.values(files)) writeFileSync(file, '');
  const runnerTemp = join(work, 'runner-temp');
  mkdirSync(runnerTemp);
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? '/root',
    GITHUB_ACTIONS: 'true',
    RUNNER_TEMP: runnerTemp,
    GITHUB_WORKSPACE: options.cwd ?? ROOT,
    GITHUB_RUN_ID: '1234',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_REPOSITORY: 'example/fleet',
    GITHUB_SERVER_URL: 'https://github.com',
    ...files,
    ...options.env,
  };
  for (const [key, value] of Object.entries(inputs)) env[`INPUT_${key.replace(/ /g, '_').toUpperCase()}`] = value;

  const child = spawn('node', [join(freshBundle(), `${name}.js`)], { cwd: options.cwd ?? ROOT, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  clearTimeout(timer);
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseFileCommand(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    annotations: stdout.split('\n').filter((l) => /^::(error|warning|notice)/.test(l)),
    masked: stdout
      .split('\n')
      .filter((l) => l.startsWith('::add-mask::'))
      .map((l) => l.slice('::add-mask::'.length)),
  };
}

/** Parses the `name<<delimiter` blocks @actions/core writes to GITHUB_OUTPUT. */
export function parseFileCommand(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (m) {
      const [, key, delimiter] = m;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!);
      out[key!] = value.join('\n');
    } else if (lines[i]!.includes('=')) {
      const at = lines[i]!.indexOf('=');
      out[lines[i]!.slice(0, at)] = lines[i]!.slice(at + 1);
    }
  }
  return out;
}
