import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { fixture } from '../helpers/paths.js';

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env: {},
    cwd: process.cwd(),
    signal: new AbortController().signal,
  });
  return { code, stdout, stderr };
}

describe('linkgate CLI', () => {
  it('lists the whole DESIGN.md surface', async () => {
    const names = COMMANDS.map((c) => c.name);
    expect(names).toEqual([
      'validate', 'schema', 'build', 'config-check', 'sign', 'verify', 'deploy', 'smoke', 'capture',
      'gate', 'rollback', 'topology', 'parse', 'report', 'merge', 'demo',
    ]);
    const { code, stdout } = await cli('--help');
    expect(code).toBe(0);
    for (const name of names) expect(stdout).toContain(`  ${name} `);
  });

  it('--help works on every command', async () => {
    for (const command of COMMANDS) {
      const r = await cli(command.name, '--help');
      expect(r.code, command.name).toBe(0);
      expect(r.stdout).toContain(`linkgate ${command.name}`);
    }
  });

  it('--version', async () => {
    expect((await cli('--version')).stdout).toMatch(/^linkgate \S+\n$/);
  });

  it('unknown command and unknown flag exit 2 with a message', async () => {
    expect(await cli('deplyo')).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown command "deplyo"') });
    const r = await cli('validate', '--manifset', 'x');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Unknown option '--manifset'/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('wrong number of positionals exits 2', async () => {
    expect((await cli('validate', 'extra')).code).toBe(2);
  });

  it('validate --json prints exactly one JSON document on stdout', async () => {
    const bad = fixture('manifests', 'malformed', 'missing-host-keys.yaml');
    const r = await cli('validate', '--json', '--manifest', bad);
    expect(r.code).toBe(2);
    const doc = JSON.parse(r.stdout);
    expect(doc.ok).toBe(false);
    expect(doc.problems[0]).toMatchObject({ path: 'canaries[2].hostKeys', message: 'at least one pinned host key is required' });
    expect(r.stderr).toContain(`${bad}:12:5: canaries[2].hostKeys: at least one pinned host key is required`);
  });

  it('validate on a good manifest exits 0', async () => {
    expect((await cli('validate', '--manifest', fixture('manifests', 'linkgate.example.yaml'))).code).toBe(0);
  });

  it('schema prints a JSON Schema', async () => {
    const r = await cli('schema');
    expect(JSON.parse(r.stdout)).toMatchObject({ title: 'linkgate platform manifest', type: 'object' });
  });
});
