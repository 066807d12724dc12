import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { buildRemoteCommand, INLINE_LIMIT_BYTES, quoteForShell } from '../../src/remote/remote-command.js';

describe('buildRemoteCommand', () => {
  it('quotes every argument so that a POSIX shell gives back the exact argv', () => {
    const argv = ['printf', '%s\\0', `it's`, '$(id)', '`id`', '*', 'a\nb', '', '\\', '!x', '~'];
    const { command, preamble } = buildRemoteCommand({ argv });
    expect(preamble).toBeNull();
    expect(command).toContain(argv.slice(2).map(quoteForShell).join(' '));
    // The same path sshd takes: the login shell's -c (the full wrapper runs in exec.test.ts).
    for (const shell of ['sh', 'bash']) {
      const out = execFileSync(shell, ['-c', argv.map(quoteForShell).join(' ')], { encoding: 'utf8' });
      expect(out.split('\0').slice(0, -1)).toEqual(argv.slice(2));
    }
  });
  it('sends long commands through stdin behind a short bootstrap', () => {
    const { command, preamble } = buildRemoteCommand({ argv: ['echo', 'x'.repeat(INLINE_LIMIT_BYTES)] });
    expect(command).toMatch(/^eval "\$\(head -c \d+\)"$/);
    expect(preamble?.length).toBeGreaterThan(INLINE_LIMIT_BYTES);
    // The bootstrap reads exactly the preamble and leaves the rest of stdin alone.
    const out = execFileSync('sh', ['-c', command.replace(/^eval /, 'printf %s ') + '; cat'], { input: Buffer.concat([preamble!, Buffer.from('REST')]), encoding: 'utf8' });
    expect(out).toBe(preamble!.toString() + 'REST');
  });
  it.each([
    [{ argv: [] }, /argv is empty/],
    [{ argv: [''] }, /argv is empty/],
    [{ argv: ['a\0b'] }, /NUL/],
    [{ argv: ['x'], env: { '1BAD': 'x' } }, /invalid environment variable name/],
    [{ argv: ['x'], env: { OK: 'a\0' } }, /NUL/],
    [{ argv: ['x', 'y'.repeat(130 * 1024)] }, /one argument is \d+ bytes/],
    [{ argv: ['x', ...Array.from({ length: 12 }, () => 'z'.repeat(100 * 1024))] }, /limit is 1048576/],
  ])('refuses %#', (spec, message) => {
    expect(() => buildRemoteCommand(spec)).toThrow(message);
  });
  it('quotes with single quotes only', () => {
    expect(quoteForShell(`a'b`)).toBe(`'a'\\''b'`);
  });
});
