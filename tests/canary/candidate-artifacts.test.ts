import { appendFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCandidate } from '../../src/canary/rollout/candidate-artifacts.js';
import { writeArtifacts } from './helpers/artifacts.js';

const root = mkdtempSync(join(tmpdir(), 'linkgate-candidate-'));
let n = 0;
const fresh = (release = '6.12.9-linkgate', options?: Parameters<typeof writeArtifacts>[2]): string => writeArtifacts(join(root, String(++n)), release, options).dir;
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the deploy reads the kernel-pipeline artifact', () => {
  it('the signed bundle: Image, release from metadata.json, the signed modules; every stated digest checked', async () => {
    const dir = fresh();
    const read = await readCandidate(dir, null);
    expect(read).toEqual({
      ok: true,
      candidate: { release: '6.12.9-linkgate', image: join(dir, 'Image'), modules: [join(dir, 'nvidia.ko'), join(dir, 'nvidia-uvm.ko')], modulesFrom: 'signatures.json', checked: 8 },
    });
    expect(await readCandidate(dir, '6.12.9-linkgate')).toMatchObject({ ok: true });
  });

  it("build-kernel's out-dir alone: modules from the modules/ tree, symlinks not followed", async () => {
    const dir = join(root, 'out');
    mkdirSync(join(dir, 'modules/lib/modules/6.1.0/kernel/drivers'), { recursive: true });
    writeFileSync(join(dir, 'Image'), 'kernel');
    writeFileSync(join(dir, 'metadata.json'), JSON.stringify({ linkgate: { status: 'pass', kernel_release: '6.1.0' } }));
    writeFileSync(join(dir, 'modules/lib/modules/6.1.0/kernel/drivers/a.ko'), 'a');
    symlinkSync('/usr/src', join(dir, 'modules/lib/modules/6.1.0/build'));
    expect(await readCandidate(dir, null)).toMatchObject({ ok: true, candidate: { release: '6.1.0', modulesFrom: 'modules/', modules: [join(dir, 'modules/lib/modules/6.1.0/kernel/drivers/a.ko')] } });
  });

  const cases: [string, (dir: string) => void, string | null, RegExp][] = [
    ['metadata.json is not JSON', (d) => writeFileSync(join(d, 'metadata.json'), '{"linkgate": {'), null, /metadata\.json: not JSON/],
    ['metadata.json is an array', (d) => writeFileSync(join(d, 'metadata.json'), '[]'), null, /metadata\.json: not a JSON object/],
    ['the build failed', (d) => writeFileSync(join(d, 'metadata.json'), JSON.stringify({ linkgate: { status: 'fail', kernel_release: 'x' } })), null, /the build ended "fail"/],
    ['another release was asked for', () => undefined, '6.13.0', /kernel release 6\.13\.0 was asked for, but metadata\.json says the build is 6\.12\.9-linkgate/],
    ['no release anywhere', (d) => writeFileSync(join(d, 'metadata.json'), '{}'), null, /no kernel release/],
    ['a hostile release', (d) => writeFileSync(join(d, 'metadata.json'), '{}'), '../../boot; rm -rf /', /is not a kernel release/],
    ['the image was altered', (d) => appendFileSync(join(d, 'Image'), 'x'), null, /Image: sha256 differs from metadata\.json/],
    ['a module was altered', (d) => appendFileSync(join(d, 'nvidia.ko'), 'x'), null, /nvidia\.ko: sha256 differs from SHA256SUMS/],
    ['SHA256SUMS is truncated', (d) => writeFileSync(join(d, 'SHA256SUMS'), 'abc12'), null, /SHA256SUMS line 1: not "<sha256>  <name>"/],
    ['SHA256SUMS points outside', (d) => writeFileSync(join(d, 'SHA256SUMS'), `${'0'.repeat(64)}  ../../etc/passwd\n`), null, /not a file inside the directory/],
    ['signatures.json points outside', (d) => writeFileSync(join(d, 'signatures.json'), JSON.stringify({ modules: [{ file: '../evil.ko' }] })), null, /is not a file name in the directory/],
    ['signatures.json has no module list', (d) => writeFileSync(join(d, 'signatures.json'), '{"modules": 3}'), null, /no "modules" list/],
    ['a listed module is missing', (d) => unlinkSync(join(d, 'nvidia-uvm.ko')), null, /lists nvidia-uvm\.ko, which is missing/],
    ['the Image is a symlink', (d) => (unlinkSync(join(d, 'Image')), symlinkSync('/etc/passwd', join(d, 'Image'))), null, /no kernel image \(Image, Image\.gz, bzImage\) as a regular file/],
  ];
  it.each(cases)('refuses: %s', async (_, spoil, release, message) => {
    const dir = fresh();
    spoil(dir);
    const read = await readCandidate(dir, release);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems.join('\n')).toMatch(message);
  });

  it('refuses a directory that is not there, and two modules with one name', async () => {
    expect(await readCandidate(join(root, 'nope'), null)).toMatchObject({ ok: false, problems: [expect.stringContaining('not a directory')] });
    const dir = join(root, 'dup');
    mkdirSync(join(dir, 'modules/a'), { recursive: true });
    mkdirSync(join(dir, 'modules/b'));
    writeFileSync(join(dir, 'Image'), 'k');
    writeFileSync(join(dir, 'modules/a/x.ko'), '1');
    writeFileSync(join(dir, 'modules/b/x.ko'), '2');
    const read = await readCandidate(dir, '6.1.0');
    expect(read).toMatchObject({ ok: false, problems: [expect.stringMatching(/two modules named x\.ko/)] });
  });
});
