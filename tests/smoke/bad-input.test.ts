import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import type { RunResults } from '../../src/core/results.js';
import { buildRemoteCommand } from '../../src/remote/remote-command.js';
import { writeBundleFromRun } from '../../src/smoke/bundle/capture.js';
import { parseBundleMeta, readBundle } from '../../src/smoke/bundle/format.js';
import { SuiteConfig } from '../../src/smoke/config.js';
import { parseResultsText, readResults, writeResults } from '../../src/smoke/results-dir.js';
import { readExecRequest, shellWords } from '../../src/smoke/virtual/command-words.js';

const tmp = mkdtempSync(join(tmpdir(), 'linkgate-badinput-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const minimal: RunResults = {
  schemaVersion: 1,
  tool: { name: 'linkgate', version: '0.0.0-dev' },
  run: { id: 'r1', startedAt: '2026-01-01T00:00:00.000Z', finishedAt: null, mode: 'virtual', url: null, complete: false },
  canaries: [
    {
      name: 'c1', host: 'h', labels: {}, control: false, state: 'ok', facts: { kernelRelease: null, driverVersion: null, bootId: null }, leaseWaitMs: null,
      steps: [{ name: 'preflight', status: 'skip', reason: 'x', startedAt: 't', durationMs: 0, checks: [], data: {}, problems: [], raw: ['c1/preflight/01-uname-r.stdout'] }],
    },
  ],
};

describe('results.json', () => {
  it('round-trips through writeResults/readResults', async () => {
    const dir = join(tmp, 'ok');
    await writeResults(dir, minimal);
    expect(await readResults(dir)).toEqual(minimal);
  });
  it.each([
    ['empty', '', /not valid JSON/],
    ['truncated', JSON.stringify(minimal).slice(0, 120), /not valid JSON/],
    ['binary garbage', '\u0000\u00ff\u0001garbage', /not valid JSON/],
    ['wrong schema', JSON.stringify({ ...minimal, schemaVersion: 2 }), /not a linkgate results file/],
    ['a list', '[]', /not a linkgate results file/],
    ['raw name escaping raw/', JSON.stringify({ ...minimal, canaries: [{ ...minimal.canaries[0], steps: [{ ...minimal.canaries[0]!.steps[0], raw: ['../../etc/shadow'] }] }] }), /inside raw\//],
    ['absolute raw name', JSON.stringify({ ...minimal, canaries: [{ ...minimal.canaries[0], steps: [{ ...minimal.canaries[0]!.steps[0], raw: ['/etc/passwd'] }] }] }), /inside raw\//],
  ])('refuses %s with a UsageError', (_name, text, message) => {
    expect(() => parseResultsText(text, 'results.json')).toThrow(UsageError);
    expect(() => parseResultsText(text, 'results.json')).toThrow(message);
  });
  it('says what is missing when the directory has no results.json', async () => {
    await expect(readResults(join(tmp, 'nothing'))).rejects.toThrow(/no results.json in/);
  });
  it('never writes an invalid record', async () => {
    await expect(writeResults(join(tmp, 'bad'), { ...minimal, run: { ...minimal.run, mode: 'bogus' } } as unknown as RunResults)).rejects.toThrow(/invalid results.json/);
  });
});

describe('capture bundles', () => {
  const meta = { format: 'linkgate-capture-bundle', version: 1, name: 'x', commands: [{ step: 's', label: 'l', argv: ['uname', '-r'], stdout: 'out.txt', exitCode: 0 }] };
  it.each([
    ['not JSON', '{', /not valid JSON/],
    ['another format', JSON.stringify({ ...meta, format: 'zip' }), /not a linkgate capture bundle/],
    ['a path out of the bundle', JSON.stringify({ ...meta, commands: [{ ...meta.commands[0], stdout: '../../../etc/shadow' }] }), /not a linkgate capture bundle/],
    ['an empty argv', JSON.stringify({ ...meta, commands: [{ ...meta.commands[0], argv: [] }] }), /not a linkgate capture bundle/],
    ['both exit code and signal', JSON.stringify({ ...meta, commands: [{ ...meta.commands[0], signal: 'KILL' }] }), /exactly one of exitCode and signal/],
    ['an unknown key', JSON.stringify({ ...meta, extra: 1 }), /not a linkgate capture bundle/],
  ])('refuses %s', (_name, text, message) => {
    let error: unknown;
    try {
      parseBundleMeta(text, 'meta.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect(`${(error as UsageError).message}\n${(error as UsageError).details.join('\n')}`).toMatch(message);
  });
  it('refuses a bundle whose output file is missing, and a directory without meta.json', async () => {
    const dir = join(tmp, 'bundle');
    mkdirSync(dir);
    await expect(readBundle(dir)).rejects.toThrow(/not a capture bundle: no readable meta.json/);
    writeFileSync(join(dir, 'meta.json'), JSON.stringify(meta));
    await expect(readBundle(dir)).rejects.toThrow(/names out.txt, which cannot be read/);
  });
});

describe('writing a capture bundle from a run', () => {
  it('keeps a label that holds node output (a netdev name) inside its step folder, also when it repeats', async () => {
    const resultsDir = join(tmp, 'capture-run');
    const hostile = 'mlnx_qos-../../../escaped';
    const raw: string[] = [];
    for (const n of ['01', '02']) {
      const base = `c1/fabric/${n}-mlnx_qos-.._.._.._escaped`;
      mkdirSync(join(resultsDir, 'raw', 'c1', 'fabric'), { recursive: true });
      writeFileSync(join(resultsDir, 'raw', `${base}.stdout`), `out ${n}\n`);
      writeFileSync(join(resultsDir, 'raw', `${base}.stderr`), '');
      const record = { label: hostile, argv: ['mlnx_qos', '-i', '../../../escaped'], class: 'node', state: 'done', exitCode: 0, signal: null };
      writeFileSync(join(resultsDir, 'raw', `${base}.json`), JSON.stringify(record));
      raw.push(`${base}.stdout`, `${base}.stderr`, `${base}.json`);
    }
    const canary = { ...minimal.canaries[0]!, steps: [{ ...minimal.canaries[0]!.steps[0]!, name: 'fabric', raw }] };
    const bundleDir = join(tmp, 'captured');
    const meta = await writeBundleFromRun({ resultsDir, canary, config: SuiteConfig.parse({}), bundleDir });
    expect(meta.commands.map((c) => c.stdout)).toEqual(['fabric/mlnx_qos-.._.._.._escaped.stdout', 'fabric/mlnx_qos-.._.._.._escaped-2.stdout']);
    const bundle = await readBundle(bundleDir);
    expect(bundle.recordings.map((r) => r.stdout.toString())).toEqual(['out 01\n', 'out 02\n']);
  });
});

describe('reading exec requests back (virtual canary)', () => {
  const hostile = ["it's", '$(reboot)', '`id`', 'a\nb', '*', '"q"', 'back\\slash', '', ' lead', 'x'.repeat(5000)];
  it('recovers the exact argv from linkgate\'s own command string, hostile arguments included', () => {
    const argv = ['printf', '%s', ...hostile];
    const request = readExecRequest(buildRemoteCommand({ argv, env: { A: "v'1" }, timeoutMs: 3000, stdinBytes: 7 }).command);
    expect(request).toEqual({ argv, stdinBytes: 7, env: { A: "v'1" }, wrapped: true });
  });
  it('reads plain ssh command lines and refuses shell syntax it cannot read literally', () => {
    expect(readExecRequest('nvidia-smi topo -m')).toEqual({ argv: ['nvidia-smi', 'topo', '-m'], stdinBytes: 0, env: {}, wrapped: false });
    expect(shellWords(`a 'b c' "d \\" e" f\\ g`)).toEqual(['a', 'b c', 'd " e', 'f g']);
    for (const bad of ["a 'unterminated", 'a; b', 'x | y', 'echo $HOME', 'a "b $c"', 'tail\\']) expect(shellWords(bad), bad).toBeNull();
    expect(readExecRequest('')).toBeNull();
  });
});

describe('linkgate smoke / capture usage errors', () => {
  const run = async (argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> => {
    const { main } = await import('../../src/cli/main.js');
    let stdout = '';
    let stderr = '';
    const code = await main(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env: {}, cwd: tmp, signal: new AbortController().signal });
    return { code, stdout, stderr };
  };
  it.each([
    [['smoke'], /give --manifest FILE or --virtual BUNDLE_DIR/],
    [['smoke', '--virtual', join(tmp, 'no-such-bundle')], /is not a capture bundle: no readable meta.json/],
    [['smoke', '--canary', 'x', '--virtual', 'y'], /--canary selects canaries of --manifest/],
    [['capture', '--canary', 'x'], /--manifest, --canary and --out are required/],
  ])('%j exits 2 with a clear message and no stack trace', async (argv, message) => {
    const result = await run(argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toBe('');
  });
});
