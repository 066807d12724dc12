import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuildLog } from '../../src/kernel/build-log.js';
import { parseDiagnostic } from '../../src/kernel/build-diagnostics.js';
import { locateHunk } from '../../src/kernel/patch-failure.js';
import { MemoryLogger } from '../../src/core/logger.js';
import { fixture } from '../helpers/paths.js';
import { requireTools } from '../helpers/skip.js';

const skip = requireTools(['riscv64-linux-gnu-gcc']);

describe.skipIf(skip)('compiler diagnostics from a real riscv64 gcc', () => {
  const dir = mkdtempSync(join(tmpdir(), 'linkgate-diag-'));
  writeFileSync(join(dir, 'bad.c'), 'int f(void)\n{\n\tint unused;\n\treturn 0;\n}\nint g(void) { return undeclared; }\n');
  const gcc = spawnSync('riscv64-linux-gnu-gcc', ['-Wall', '-fdiagnostics-color=always', '-c', 'bad.c', '-o', 'bad.o'], { cwd: dir, encoding: 'utf8' });

  it('parses file:line:column warnings and errors (colour codes and all)', () => {
    expect(gcc.status).not.toBe(0);
    const found = gcc.stderr.split('\n').map(parseDiagnostic).filter((d) => d !== null);
    expect(found).toEqual([
      { severity: 'warning', file: 'bad.c', line: 3, column: 13, message: expect.stringContaining('unused variable') },
      { severity: 'error', file: 'bad.c', line: 6, column: 22, message: expect.stringContaining('undeclared (first use in this function)') },
      { severity: 'warning', file: 'bad.c', line: 6, column: 34, message: expect.stringContaining('control reaches end of non-void function') },
    ]);
  });

  it('BuildLog keeps every line, maps paths to the tree and annotates once per place', async () => {
    const logger = new MemoryLogger();
    const log = new BuildLog(join(dir, 'build.log'), logger, [{ from: dir, to: 'drivers/x' }], false);
    for (const line of [...gcc.stderr.split('\n'), ...gcc.stderr.split('\n')]) log.line(line, dir);
    log.line('ERROR: modpost: "foo" [drivers/x/bad.ko] undefined!', dir);
    log.line('/bin/sh: 1: flex: not found', dir);
    await log.close();
    // Each pass has 2 warnings and 1 error; the repeat is counted but annotated once.
    expect(log.warnings).toBe(4);
    expect(log.errors).toBe(3);
    expect(logger.lines.filter((l) => /^(warning|error):/.test(l))).toHaveLength(4);
    expect(log.diagnostics[0]).toMatchObject({ file: 'drivers/x/bad.c', line: 3 });
    expect(log.hints).toEqual(new Set(['flex']));
    expect(readFileSync(join(dir, 'build.log'), 'utf8')).toContain('modpost');
  });
});

describe('parseDiagnostic on non-diagnostic lines', () => {
  it.each(['  CC      init/main.o', "make[2]: *** [scripts/Makefile.build:250: init/main.o] Error 1", 'In file included from x.h:1:', '', ':1:2: error'])('%j is not a diagnostic', (line) => {
    expect(parseDiagnostic(line)).toBeNull();
  });
});

describe('locateHunk', () => {
  const text = readFileSync(fixture('kernel', 'patches', '0002-does-not-apply.patch'), 'utf8');
  it('finds a hunk by number and by its old start line', () => {
    expect(locateHunk(text, 'Makefile', { hunk: 2 })).toEqual({ patchLine: 20, hunk: 2, header: '@@ -40,3 +40,3 @@' });
    expect(locateHunk(text, 'Makefile', { treeLine: 40 })?.hunk).toBe(2);
    expect(locateHunk(text, 'Makefile', {})?.hunk).toBe(1);
    expect(locateHunk(text, 'Makefile', { hunk: 9 })).toBeNull();
    expect(locateHunk(text, 'other.c', { hunk: 1 })).toBeNull();
    expect(locateHunk('garbage\n@@ nonsense', 'Makefile', { hunk: 1 })).toBeNull();
  });
});
