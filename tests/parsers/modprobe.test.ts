import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseModprobe } from '../../src/parsers/modprobe.js';
import { requireTools } from '../helpers/skip.js';
import { badInputSuite, readReal } from './bad-input-suite.js';

const FIXTURES = [
  'modprobe-nvidia-required-key-not-available-kernel4.15-dkms.txt',
  'dmesg-loading-module-unavailable-key-rejected-dkms-mok.txt',
  'dmesg-lockdown-unsigned-module-restricted-opensuse.txt',
];

describe('parseModprobe on real captures', () => {
  it('modprobe -v: the inserted file, then Required key not available', () => {
    const result = parseModprobe(readReal(FIXTURES[0] as string));
    expect(result.problems).toEqual([]);
    expect(result.data).toEqual({
      inserted: ['/lib/modules/4.15.0-36-generic/updates/dkms/nvidia.ko'],
      errors: [{ line: 3, tool: 'modprobe', module: 'nvidia', reason: 'key-unavailable', message: "could not insert 'nvidia': Required key not available" }],
    });
  });

  it('Key was rejected by service (MOK not enrolled); the kernel line beside it is reported', () => {
    const result = parseModprobe(readReal(FIXTURES[1] as string));
    expect(result.data.errors).toEqual([expect.objectContaining({ line: 2, module: 'nvidia', reason: 'key-rejected' })]);
    expect(result.problems).toEqual([{ line: 1, message: expect.stringContaining('not a modprobe message') }]);
  });
});

describe('parseModprobe on the real modprobe and insmod of this machine', () => {
  const skip = requireTools(['modprobe', 'insmod']);
  it.skipIf(skip !== null)('module not found, and a file that is not a module', () => {
    const dir = mkdtempSync(join(tmpdir(), 'linkgate-modprobe-'));
    try {
      const junk = join(dir, 'linkgate_junk.ko');
      writeFileSync(junk, 'not an ELF file');
      const missing = spawnSync('modprobe', ['linkgate_no_such_module'], { encoding: 'utf8' });
      const insert = spawnSync('insmod', [junk], { encoding: 'utf8' });
      expect(missing.status).not.toBe(0);
      expect(insert.status).not.toBe(0);
      const result = parseModprobe(missing.stderr + insert.stderr);
      expect(result.problems).toEqual([]);
      expect(result.data.errors[0]).toMatchObject({ line: 1, tool: 'modprobe', module: 'linkgate_no_such_module', reason: 'not-found' });
      // The errno depends on the kernel and privileges (EINVAL/ENOEXEC as root, EPERM otherwise, ENOSYS on a
      // kernel without module support, like this VM's); the module name does not. Every one has a named reason.
      expect(result.data.errors[1]).toMatchObject({ line: 2, tool: 'insmod', module: 'linkgate_junk' });
      expect(['invalid-argument', 'exec-format', 'permission', 'no-module-support']).toContain(result.data.errors[1]?.reason);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

badInputSuite('parseModprobe', parseModprobe, FIXTURES);
