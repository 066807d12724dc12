import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/core/clock.js';
import { ProcessRunner } from '../../src/core/command-runner.js';
import { MemoryLogger } from '../../src/core/logger.js';
import { runBuild } from '../../src/kernel/run-build.js';
import { KERNEL_TREE_DIR, KERNEL_TREE_TIMEOUT_MS, type KernelTree, kernelTree, kernelTreePlan } from '../helpers/kernel-tree.js';
import { requireTools } from '../helpers/skip.js';

const skip = requireTools(['riscv64-linux-gnu-gcc', 'make', 'flex', 'bison', 'bc', 'xz', 'patch', 'modinfo', 'openssl']);

/** The real riscv64 cross-build of Debian's linux-source-6.1 (built once, shared): assertions on the artifacts. */
describe.skipIf(skip)('the shared riscv64 kernel tree (real build)', () => {
  let tree: KernelTree;
  let metadata: any;
  beforeAll(async () => {
    tree = await kernelTree();
    metadata = JSON.parse(readFileSync(join(KERNEL_TREE_DIR, 'out', 'metadata.json'), 'utf8'));
  }, KERNEL_TREE_TIMEOUT_MS);

  it('built a RISC-V Image whose release carries the patch series', () => {
    expect(tree.release).toMatch(/^6\.1\.\d+-linkgate$/);
    const image = readFileSync(tree.image);
    // The RISC-V Image header: magic "RISCV\0\0\0" at offset 48 and "RSC\x05" at 56.
    expect(image.subarray(48, 53).toString('latin1')).toBe('RISCV');
    expect(image.subarray(56, 60).toString('latin1')).toBe('RSC\x05');
    expect(statSync(tree.image).size).toBeGreaterThan(1_000_000);
  });

  it('the config audit kept every option of both fragments', () => {
    const audit = metadata.linkgate.config_audit;
    expect(audit.ok).toBe(true);
    const symbols = audit.options.map((o: any) => o.symbol);
    for (const s of ['CONFIG_VIRTIO_NET', 'CONFIG_VIRTIO_BLK', 'CONFIG_MODULE_SIG_FORCE', 'CONFIG_MODULE_SIG_SHA512', 'CONFIG_DEVTMPFS_MOUNT', 'CONFIG_OF']) {
      expect(symbols).toContain(s);
    }
    expect(audit.options.every((o: any) => o.status === 'kept')).toBe(true);
    const config = readFileSync(join(KERNEL_TREE_DIR, 'out', 'config'), 'utf8');
    expect(config).toMatch(/^CONFIG_MODULE_SIG_HASH="sha512"$/m);
    expect(config).toMatch(/^# CONFIG_MODULE_SIG_ALL is not set$/m);
  });

  it('built the out-of-tree test module against the O= tree, for this kernel', () => {
    const info = (field: string): string => execFileSync('modinfo', ['-F', field, tree.testModule], { encoding: 'utf8' }).trim();
    expect(info('vermagic').split(' ')[0]).toBe(tree.release);
    expect(info('license')).toBe('GPL');
    expect(info('parm')).toMatch(/answer:.*\(int\)/);
    expect(execFileSync('file', ['-b', tree.testModule], { encoding: 'utf8' })).toMatch(/ELF 64-bit LSB relocatable, UCB RISC-V/);
    // modules_install put it under extra/ next to modules.dep (depmod ran).
    expect(statSync(join(tree.modulesDir, 'extra', 'linkgate_test.ko')).isFile()).toBe(true);
    expect(readFileSync(join(tree.modulesDir, 'modules.dep'), 'utf8')).toContain('extra/linkgate_test.ko:');
  });

  it('scripts/sign-file was built and the build generated its signing key', () => {
    expect(statSync(tree.signFile).mode & 0o111).not.toBe(0);
    expect(readFileSync(join(tree.build, 'certs', 'signing_key.pem'), 'utf8')).toContain('PRIVATE KEY');
    expect(execFileSync('openssl', ['x509', '-inform', 'DER', '-in', join(tree.build, 'certs', 'signing_key.x509'), '-noout', '-subject'], { encoding: 'utf8' })).toMatch(/subject=/);
  });

  it('metadata.json has the tuxmake fields and ours, with sha256 of every artifact', () => {
    expect(metadata.build).toMatchObject({ target_arch: 'riscv', kconfig: 'tinyconfig', wrapper: 'ccache' });
    expect(metadata.build.kconfig_add).toEqual(['fixtures/kernel/qemu-virt.config', 'fixtures/kernel/module-signing.config']);
    expect(metadata.results.status).toBe('PASS');
    expect(metadata.results.targets.kernel.status).toBe('PASS');
    expect(metadata.results.artifacts.kernel).toEqual(['Image']);
    expect(metadata.compiler).toMatchObject({ name: 'gcc', version: expect.stringMatching(/^\d+\.\d+/) });
    expect(metadata.source.kernelrelease).toBe(tree.release);
    expect(metadata.linkgate.fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(metadata.linkgate.patches).toEqual([{ file: 'fixtures/kernel/patches/0001-add-linkgate-localversion.patch', sha256: expect.stringMatching(/^[0-9a-f]{64}$/), tool: 'patch -p1' }]);
    const image = metadata.linkgate.artifacts.find((a: any) => a.path === 'Image');
    const sha = execFileSync('sha256sum', [tree.image], { encoding: 'utf8' }).split(' ')[0];
    expect(image.sha256).toBe(sha);
    for (const kind of ['system_map', 'config', 'symvers', 'modules', 'external', 'log']) {
      expect(metadata.linkgate.artifacts.some((a: any) => a.kind === kind), kind).toBe(true);
    }
  });

  it('an unchanged fingerprint skips the build and leaves the artifacts alone', async () => {
    const path = join(KERNEL_TREE_DIR, 'out', 'metadata.json');
    const before = readFileSync(path, 'utf8');
    const runner = new ProcessRunner();
    const logger = new MemoryLogger();
    const outcome = await runBuild(await kernelTreePlan(runner), { runner, logger, clock: systemClock, signal: new AbortController().signal, echo: false });
    expect(outcome.status).toBe('skipped');
    expect(outcome.state.fingerprint).toBe(metadata.linkgate.fingerprint);
    expect(outcome.state.kernelRelease).toBe(tree.release);
    expect(logger.lines.join('\n')).toMatch(/fingerprint unchanged \(sha256:[0-9a-f]{64}\): skipping the build/);
    expect(readFileSync(path, 'utf8')).toBe(before);
  }, 120_000);
});
