import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { KERNEL_TREE_TIMEOUT_MS, type KernelTree, kernelTree } from '../helpers/kernel-tree.js';
import { fixture, ROOT } from '../helpers/paths.js';
import { requireTools } from '../helpers/skip.js';
import { cli, tempDir, writeManifest } from './cli-harness.js';

const skip = requireTools(['riscv64-linux-gnu-gcc', 'make', 'flex', 'bison', 'bc', 'xz', 'patch']);
const VIRTIO_NO_MENU = fixture('kernel', 'virtio-no-menu.config');

/** Builds against the shared tree's source (a local source: no unpack), in a fresh work dir. */
function localManifest(tree: KernelTree, config: string, extra = ''): string {
  const dir = tempDir('build-real');
  writeManifest(dir, `source: { type: local, path: ${tree.src} }\ntoolchain: { ccache: false }\ntargets: [Image]\nconfig:\n${config.replace(/^/gm, '  ')}${extra}`);
  return dir;
}

describe.skipIf(skip)('linkgate build on the real linux-source-6.1 tree', () => {
  let tree: KernelTree;
  beforeAll(async () => {
    tree = await kernelTree();
  }, KERNEL_TREE_TIMEOUT_MS);

  it('VIRTIO without VIRTIO_MENU: exactly those symbols are dropped, with the Kconfig reason, and the build stops', async () => {
    const dir = localManifest(tree, `base: tinyconfig\nfragments: [{ path: ${VIRTIO_NO_MENU} }]`);
    const r = await cli(dir, 'build', '--manifest', 'linkgate.yaml', '--out', 'out', '--work', 'work', '--jobs', '2');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('config audit: 3 requested option(s) did not hold');
    const meta = JSON.parse(readFileSync(join(dir, 'out', 'metadata.json'), 'utf8'));
    expect(meta.linkgate).toMatchObject({ status: 'fail', phase: 'config' });
    expect(meta.results.targets.config.status).toBe('FAIL');
    const options = meta.linkgate.config_audit.options as { symbol: string; status: string; actual: string | null; reason: string; line: number }[];
    expect(options.filter((o) => o.status !== 'kept').map((o) => [o.symbol, o.status, o.actual, o.line])).toEqual([
      ['CONFIG_VIRTIO_PCI', 'dropped', null, 4],
      ['CONFIG_VIRTIO_MMIO', 'dropped', null, 5],
      ['CONFIG_VIRTIO_NET', 'dropped', null, 8],
    ]);
    expect(options.filter((o) => o.status === 'kept').map((o) => o.symbol)).toEqual(['CONFIG_PCI', 'CONFIG_NET', 'CONFIG_NETDEVICES']);
    const reason = (s: string): string => options.find((o) => o.symbol === s)!.reason;
    expect(reason('CONFIG_VIRTIO_PCI')).toMatch(/^unmet dependencies: if VIRTIO_MENU \[=n\] \(drivers\/virtio\/Kconfig:\d+\)$/);
    expect(reason('CONFIG_VIRTIO_MMIO')).toMatch(/^unmet dependencies: if VIRTIO_MENU \[=n\] \(drivers\/virtio\/Kconfig:\d+\)$/);
    expect(reason('CONFIG_VIRTIO_NET')).toMatch(/^unmet dependencies: depends on VIRTIO \[=n\] \(drivers\/net\/Kconfig:\d+\); VIRTIO has no prompt and is only set by a select: .*selected by VIRTIO_PCI \[=n\] \(drivers\/virtio\/Kconfig:\d+\)/);
    // The line numbers are the real ones.
    const kconfig = readFileSync(join(tree.src, 'drivers/virtio/Kconfig'), 'utf8').split('\n');
    const line = Number(/Kconfig:(\d+)/.exec(reason('CONFIG_VIRTIO_PCI'))![1]);
    expect(kconfig[line - 1]).toBe('if VIRTIO_MENU');
    expect(existsSync(join(dir, 'out', 'Image'))).toBe(false);

    // The same audit alone, through the public config-check JSON.
    const check = await cli(dir, 'config-check', '--fragment', VIRTIO_NO_MENU, '--config', 'work/build/.config', '--kconfig-root', tree.src, '--json');
    expect(check.code).toBe(1);
    const doc = JSON.parse(check.stdout);
    expect(Object.keys(doc)).toEqual(['ok', 'options']);
    expect(doc.ok).toBe(false);
    expect(doc.options).toEqual(options.map(({ symbol, status, actual, reason }) => ({ symbol, requested: 'y', actual, status, reason })));
    expect(readFileSync(join(dir, 'out', 'config-audit.json'), 'utf8')).toBe(JSON.stringify(doc, null, 2) + '\n');
  }, 300_000);

  it('config-check: the fixed fragments all hold on the shared build, exit 0', async () => {
    const check = await cli(ROOT, 'config-check', '--fragment', 'fixtures/kernel/qemu-virt.config', '--fragment', 'fixtures/kernel/module-signing.config', '--config', join(tree.build, '.config'), '--kconfig-root', tree.src, '--json');
    expect(check.code).toBe(0);
    const doc = JSON.parse(check.stdout);
    expect(doc.ok).toBe(true);
    expect(doc.options.length).toBeGreaterThan(40);
    expect(doc.options.find((o: { symbol: string }) => o.symbol === 'CONFIG_MODULE_SIG_ALL')).toEqual({ symbol: 'CONFIG_MODULE_SIG_ALL', requested: 'n', actual: 'n', status: 'kept', reason: '' });
  });

  it('disk full during the build: exit 3 saying so, metadata.json records the error', async (ctx) => {
    if (requireTools(['mount', 'umount'], { root: true })) return ctx.skip();
    const dir = localManifest(tree, 'base: tinyconfig');
    const work = join(dir, 'work');
    mkdirSync(work);
    // A 12 MiB filesystem as the O= tree: the build (113 MiB with the full config) cannot fit.
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=12m', 'linkgate-diskfull', work]);
    try {
      const r = await cli(dir, 'build', '--manifest', 'linkgate.yaml', '--out', 'out', '--work', 'work', '--jobs', '2');
      expect(r.code).toBe(3);
      expect(r.stderr).toMatch(/no space left on device while building/);
      const meta = JSON.parse(readFileSync(join(dir, 'out', 'metadata.json'), 'utf8'));
      expect(meta.linkgate.status).toBe('error');
      expect(meta.linkgate.message).toMatch(/no space left on device/);
      expect(readFileSync(join(dir, 'out', 'build.log'), 'utf8')).toMatch(/No space left on device/);
    } finally {
      execFileSync('umount', ['-l', work]);
    }
  }, 600_000);

  it('policy warn lets the build go on; SIGTERM during make stops the whole process group; a partial metadata.json says so', async () => {
    const dist = tempDir('dist');
    execFileSync('node', [join(ROOT, 'scripts/bundle.mjs'), '--outdir', dist], { stdio: 'ignore' });
    // policy warn: the dropped virtio options only warn, so the build goes on to make (where it is stopped).
    const dir = localManifest(tree, `base: tinyconfig\nfragments: [{ path: ${VIRTIO_NO_MENU}, policy: warn }]`);
    const child = spawn('node', [join(dist, 'cli.js'), 'build', '--manifest', 'linkgate.yaml', '--out', 'out', '--work', 'work', '--jobs', '2'], { cwd: dir, stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const log = join(dir, 'out', 'build.log');
    const deadline = Date.now() + 240_000;
    while (!(existsSync(log) && /^ {2}CC {6}/m.test(readFileSync(log, 'utf8').split('## phase kernel')[1] ?? ''))) {
      if (Date.now() > deadline) throw new Error('make never started compiling');
      await new Promise((r) => setTimeout(r, 200));
    }
    child.kill('SIGTERM');
    expect(await exited).toBe(3);
    const meta = JSON.parse(readFileSync(join(dir, 'out', 'metadata.json'), 'utf8'));
    expect(meta.linkgate).toMatchObject({ status: 'cancelled', partial: true, interrupted_by: 'SIGTERM', phase: 'kernel' });
    expect(meta.results.status).toBe('FAIL');
    expect(meta.results.targets.kernel.status).toBe('FAIL');
    expect(meta.linkgate.config_audit.ok).toBe(false);
    expect(meta.linkgate.config_audit.options.filter((o: { status: string; policy: string }) => o.status === 'dropped' && o.policy === 'warn')).toHaveLength(3);
    expect(meta.results.targets.config.status).toBe('PASS');
    // Nothing that worked in this build directory survives: make, gcc, cc1, as.
    const work = join(dir, 'work');
    const survivors = (): string[] =>
      readdirSync('/proc')
        .filter((p) => /^\d+$/.test(p))
        .map((p) => {
          try {
            // The compilers run in the O= directory; make names it on its command line.
            return `${readlinkSync(`/proc/${p}/cwd`)} ${readFileSync(`/proc/${p}/cmdline`, 'utf8').replaceAll('\0', ' ')}`;
          } catch {
            return '';
          }
        })
        .filter((cmd) => cmd.includes(work));
    const until = Date.now() + 10_000;
    while (survivors().length > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 250));
    expect(survivors()).toEqual([]);
  }, 300_000);
});
