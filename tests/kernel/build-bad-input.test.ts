import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture } from '../helpers/paths.js';
import { requireTools } from '../helpers/skip.js';
import { cli, fakeTree, git, tempDir, writeManifest } from './cli-harness.js';

const BAD_PATCH = fixture('kernel', 'patches', '0002-does-not-apply.patch');
const skip = requireTools(['riscv64-linux-gnu-gcc', 'riscv64-linux-gnu-ld', 'make', 'flex', 'bison', 'bc', 'patch', 'git', 'tar', 'xz']);

function setup(kernelYaml: (dir: string) => string, extra = ''): { dir: string; manifest: string } {
  const dir = tempDir('build-bad');
  copyFileSync(BAD_PATCH, join(dir, '0002-does-not-apply.patch'));
  return { dir, manifest: writeManifest(dir, kernelYaml(dir), extra) };
}

const build = (dir: string, ...more: string[]) => cli(dir, 'build', '--manifest', 'linkgate.yaml', '--out', 'out', '--work', 'work', ...more);

describe.skipIf(skip)('linkgate build: bad input stops with a clear message', () => {
  it('unknown arch: exit 2 from manifest validation, listing what is supported', async () => {
    const { dir } = setup(() => 'source: { type: local, path: /nonexistent }\narch: mips');
    const r = await build(dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/linkgate\.yaml:\d+:\d+: kernel\.arch: .*riscv64.*arm64.*x86_64/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('missing cross toolchain: exit 3 naming the Debian packages', async () => {
    const { dir } = setup((d) => `source: { type: local, path: ${fakeTree(join(d, 'tree'))} }\ntoolchain: { ccache: false }`);
    // A PATH with every host tool but the cross toolchain.
    const bin = join(dir, 'bin');
    mkdirSync(bin);
    for (const tool of ['make', 'flex', 'bison', 'bc', 'tar', 'xz', 'patch', 'git', 'sh']) {
      symlinkSync(execFileSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).trim(), join(bin, tool));
    }
    const saved = process.env.PATH;
    process.env.PATH = bin;
    try {
      const r = await build(dir);
      expect(r.code).toBe(3);
      expect(r.stderr).toContain('cross compiler riscv64-linux-gnu-gcc not found: install the Debian package gcc-riscv64-linux-gnu');
      expect(r.stderr).toContain('riscv64-linux-gnu-ld: not found (Debian package binutils-riscv64-linux-gnu)');
      expect(r.stderr).toContain('apt-get install -y --no-install-recommends gcc-riscv64-linux-gnu binutils-riscv64-linux-gnu');
    } finally {
      process.env.PATH = saved;
    }
  });

  it('a fragment with a syntax error: exit 2 at fragment:line, before anything runs', async () => {
    const { dir } = setup((d) => {
      writeFileSync(join(d, 'bad.config'), 'CONFIG_PCI=y\nCONFIG_VIRTIO_PCI = y\nVIRTIO_NET=y\n');
      return `source: { type: local, path: ${fakeTree(join(d, 'tree'))} }\nconfig: { base: tinyconfig, fragments: [{ path: bad.config }] }`;
    });
    const r = await build(dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('bad.config:2: no spaces around "=" in Kconfig fragments: "CONFIG_VIRTIO_PCI = y"');
    expect(r.stderr).toContain('bad.config:3: option names start with CONFIG_: "VIRTIO_NET=y"');
    expect(existsSync(join(dir, 'out', 'metadata.json'))).toBe(false);
  });

  it('a tarball with the wrong sha256: exit 2 naming both hashes; metadata.json records the failed source phase', async () => {
    const { dir } = setup((d) => {
      fakeTree(join(d, 'linux-x'));
      execFileSync('tar', ['-cJf', join(d, 'linux-x.tar.xz'), 'linux-x'], { cwd: d });
      return `source: { type: tarball, path: linux-x.tar.xz, sha256: "${'0'.repeat(64)}" }\ntoolchain: { ccache: false }`;
    });
    const actual = execFileSync('sha256sum', [join(dir, 'linux-x.tar.xz')], { encoding: 'utf8' }).split(' ')[0];
    const r = await build(dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`linux-x.tar.xz has sha256 ${actual}, but the manifest pins ${'0'.repeat(64)}`);
    const meta = JSON.parse(readFileSync(join(dir, 'out', 'metadata.json'), 'utf8'));
    expect(meta.linkgate).toMatchObject({ status: 'fail', phase: 'source', partial: false });
    expect(meta.results.status).toBe('FAIL');
    expect(existsSync(join(dir, 'work', 'src', 'linux-x'))).toBe(false);
  });

  it('a patch that does not apply (patch -p1): exit 2 naming patch, file and hunk; the tree is left unpatched', async () => {
    const { dir } = setup((d) => `source: { type: local, path: ${fakeTree(join(d, 'tree'))} }\npatches: [0002-does-not-apply.patch]\ntoolchain: { ccache: false }`);
    const r = await build(dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('0002-does-not-apply.patch:20: patch 0002-does-not-apply.patch does not apply in Makefile (hunk #2: @@ -40,3 +40,3 @@): Hunk #2 FAILED at 40.');
    // The dry run failed first: hunk #1 (which would apply) was not applied either.
    expect(readFileSync(join(dir, 'work', 'src', 'linux', 'Makefile'), 'utf8')).toMatch(/^# tiny test tree\n/);
    expect(readFileSync(join(dir, 'tree', 'Makefile'), 'utf8')).toMatch(/^# tiny test tree\n/);
    const meta = JSON.parse(readFileSync(join(dir, 'out', 'metadata.json'), 'utf8'));
    expect(meta.linkgate).toMatchObject({ status: 'fail', phase: 'patch' });
    expect(meta.linkgate.patches[0]).toMatchObject({ file: '0002-does-not-apply.patch', tool: 'patch -p1' });
  });

  it('a patch that does not apply (git am): exit 2 with the hunk, and the am session is aborted', async () => {
    const { dir } = setup((d) => {
      const repo = fakeTree(join(d, 'repo'));
      git(repo, 'init', '-q');
      git(repo, 'add', '.');
      git(repo, 'commit', '-q', '-m', 'tree');
      return `source: { type: git, url: repo, ref: main, commit: ${git(repo, 'rev-parse', 'HEAD')} }\npatches: [0002-does-not-apply.patch]\ntoolchain: { ccache: false }`;
    });
    const r = await build(dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('patch 0002-does-not-apply.patch does not apply in Makefile (hunk #2: @@ -40,3 +40,3 @@): patch failed at Makefile:40');
    expect(r.stderr).toContain('tool: git am');
    expect(existsSync(join(dir, 'work', 'src', 'linux', '.git', 'rebase-apply'))).toBe(false);
  });

  it('a git source pinned by an annotated tag: shallow fetch, git am applies the series, then a config step fails cleanly', async () => {
    const { dir } = setup((d) => {
      const repo = fakeTree(join(d, 'repo'));
      git(repo, 'init', '-q');
      git(repo, 'add', '.');
      git(repo, 'commit', '-q', '-m', 'tree');
      git(repo, 'tag', '-a', '-m', 'release', 'v6.1-test');
      copyFileSync(fixture('kernel', 'patches', '0001-add-linkgate-localversion.patch'), join(d, '0001.patch'));
      return `source: { type: git, url: repo, ref: v6.1-test, commit: ${git(repo, 'rev-parse', 'HEAD')} }\npatches: [0001.patch]\ntoolchain: { ccache: false }`;
    });
    const r = await build(dir);
    // The tiny tree has no tinyconfig target: the first config step fails as a configuration error.
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('configuration step defconfig failed (exit 2)');
    const src = join(dir, 'work', 'src', 'linux');
    expect(readFileSync(join(src, 'localversion-linkgate'), 'utf8')).toBe('-linkgate\n');
    expect(git(src, 'log', '--format=%s', '-1')).toBe('localversion: mark linkgate-built kernels');
    expect(git(src, 'rev-parse', '--is-shallow-repository')).toBe('true');
    const meta = JSON.parse(readFileSync(join(dir, 'out', 'metadata.json'), 'utf8'));
    expect(meta.git).toMatchObject({ git_branch: 'v6.1-test', git_commit: expect.stringMatching(/^[0-9a-f]{40}$/) });
    expect(meta.linkgate.patches[0]).toMatchObject({ file: '0001.patch', tool: 'git am' });
    expect(meta.linkgate).toMatchObject({ status: 'fail', phase: 'config' });
  });

  it('a git ref that moved away from the pinned commit: exit 2', async () => {
    const { dir } = setup((d) => {
      const repo = fakeTree(join(d, 'repo'));
      git(repo, 'init', '-q');
      git(repo, 'add', '.');
      git(repo, 'commit', '-q', '-m', 'one');
      const pinned = git(repo, 'rev-parse', 'HEAD');
      writeFileSync(join(repo, 'extra'), 'x');
      git(repo, 'add', '.');
      git(repo, 'commit', '-q', '-m', 'two');
      return `source: { type: git, url: repo, ref: main, commit: ${pinned} }\ntoolchain: { ccache: false }`;
    });
    const r = await build(dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/ref main resolves to [0-9a-f]{40}, but the manifest pins [0-9a-f]{40}/);
  });

  it('--dry-run --json prints the plan and runs nothing', async () => {
    const { dir } = setup((d) => `source: { type: local, path: ${fakeTree(join(d, 'tree'))} }\nconfig: { base: tinyconfig }\ntoolchain: { ccache: false }`);
    const r = await build(dir, '--dry-run', '--json');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.dryRun).toBe(true);
    expect(doc.plan.steps.find((s: { name: string }) => s.name === 'tinyconfig').argv).toEqual([
      'make', '-C', join(dir, 'tree'), `O=${join(dir, 'work', 'build')}`, 'ARCH=riscv', 'CROSS_COMPILE=riscv64-linux-gnu-', 'tinyconfig',
    ]);
    expect(existsSync(join(dir, 'work'))).toBe(false);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('--jobs must be a positive whole number', async () => {
    const { dir } = setup((d) => `source: { type: local, path: ${fakeTree(join(d, 'tree'))} }`);
    const r = await build(dir, '--jobs', '0;rm');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--jobs must be a whole number');
  });
});
