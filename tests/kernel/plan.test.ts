import { describe, expect, it } from 'vitest';
import { ARCHES } from '../../src/kernel/arch.js';
import { canonicalJson, fingerprintOf, type FingerprintInputs } from '../../src/kernel/fingerprint.js';
import { planBuild, type PlanInput } from '../../src/kernel/plan.js';
import { Kernel } from '../../src/manifest/schema/kernel.js';

const SHA = 'a'.repeat(64);

function input(kernel: unknown, extra: Partial<PlanInput> = {}): PlanInput {
  return {
    kernel: Kernel.parse(kernel),
    modules: [{ name: 'linkgate_test', path: 'fixtures/modules/linkgate_test' }],
    arch: ARCHES.riscv64,
    baseDir: '/repo',
    outDir: 'out/kernel',
    workDir: '/srv/w',
    jobs: 2,
    ccacheInstalled: true,
    ...extra,
  };
}

const tarball = {
  source: { type: 'tarball', path: '/usr/src/linux-source-6.1.tar.xz', sha256: SHA },
  config: { base: 'tinyconfig', fragments: [{ path: 'fixtures/kernel/qemu-virt.config' }, { path: 'x.config', policy: 'warn' }] },
  patches: ['p/0001.patch'],
  toolchain: { ccacheDir: '.cache/ccache' },
};

describe('planBuild', () => {
  it('is a complete, ordered list of steps with exact commands', () => {
    const plan = planBuild(input(tarball));
    expect(plan.srcDir).toBe('/srv/w/src/linux-source-6.1');
    expect(plan.buildDir).toBe('/srv/w/build');
    expect(plan.outDir).toBe('/repo/out/kernel');
    expect(plan.make).toEqual(['make', '-C', '/srv/w/src/linux-source-6.1', 'O=/srv/w/build', 'ARCH=riscv', 'CROSS_COMPILE=riscv64-linux-gnu-', 'CC=ccache riscv64-linux-gnu-gcc']);
    expect(plan.env).toEqual({ KBUILD_BUILD_USER: 'linkgate', KBUILD_BUILD_HOST: 'linkgate', CCACHE_BASEDIR: '/srv/w', CCACHE_DIR: '/repo/.cache/ccache' });
    expect(plan.steps.map((s) => `${s.phase}:${s.kind}:${s.name}`)).toEqual([
      'toolchain:tool:riscv64-linux-gnu-gcc',
      'toolchain:tool:riscv64-linux-gnu-ld',
      'toolchain:tool:make',
      'toolchain:tool:flex',
      'toolchain:tool:bison',
      'toolchain:tool:bc',
      'toolchain:tool:tar',
      'toolchain:tool:xz',
      'toolchain:tool:patch',
      'toolchain:tool:ccache',
      'source:verify-sha256:verify tarball sha256',
      'source:command:unpack',
      'source:check-tree:kernel tree present',
      'patch:apply-patch:patch 1: 0001.patch',
      'config:command:tinyconfig',
      'config:command:merge fragments',
      'config:command:olddefconfig',
      'config:audit:config audit',
      'kernel:command:make Image modules',
      'modules_install:command:modules_install',
      'external:copy:linkgate_test: copy source',
      'external:command:linkgate_test: modules',
      'external:command:linkgate_test: modules_install',
      'collect:collect:collect artifacts and write metadata.json',
    ]);
    const merge = plan.steps.find((s) => s.name === 'merge fragments');
    expect(merge).toMatchObject({ argv: ['/srv/w/src/linux-source-6.1/scripts/kconfig/merge_config.sh', '-m', '-O', '/srv/w/build', '/srv/w/build/.config', '/repo/fixtures/kernel/qemu-virt.config', '/repo/x.config'] });
    const ext = plan.steps.find((s) => s.name === 'linkgate_test: modules');
    expect(ext).toMatchObject({ argv: ['make', '-C', '/srv/w/build', 'M=/srv/w/external/linkgate_test', 'ARCH=riscv', 'CROSS_COMPILE=riscv64-linux-gnu-', 'CC=ccache riscv64-linux-gnu-gcc', '-j2', 'modules'] });
    expect(plan.steps.find((s) => s.kind === 'apply-patch')).toMatchObject({ tool: 'patch', dryRunArgv: expect.arrayContaining(['--dry-run']) });
  });

  it('git sources are cloned, checked against the pin and patched with git am', () => {
    const plan = planBuild(input({ ...tarball, source: { type: 'git', url: 'https://example.org/linux.git', ref: 'v6.1', commit: 'b'.repeat(40) } }));
    expect(plan.steps.filter((s) => s.phase === 'source').map((s) => s.kind)).toEqual(['verify-commit', 'command', 'command', 'command', 'check-tree']);
    expect(plan.steps.find((s) => s.name === 'fetch the pinned commit')).toMatchObject({ argv: ['git', '-C', '/srv/w/src/linux', 'fetch', '--quiet', '--depth', '1', '--', 'https://example.org/linux.git', 'b'.repeat(40)] });
    expect(plan.steps.find((s) => s.kind === 'apply-patch')).toMatchObject({ tool: 'git-am', argv: expect.arrayContaining(['am', '/repo/p/0001.patch']) });
  });

  it('a local tree without patches is built where it is; with patches a copy is patched', () => {
    const local = planBuild(input({ source: { type: 'local', path: '/src/linux' } }));
    expect(local.srcDir).toBe('/src/linux');
    expect(local.preparesSource).toBe(false);
    const patched = planBuild(input({ source: { type: 'local', path: '/src/linux' }, patches: ['a.patch'] }));
    expect(patched.srcDir).toBe('/srv/w/src/linux');
    expect(patched.steps.find((s) => s.kind === 'copy')).toMatchObject({ from: '/src/linux', to: '/srv/w/src/linux' });
  });

  it('without ccache there is no CC= and no CCACHE_ variable; a base file is copied; x86 builds bzImage', () => {
    const plan = planBuild(input({ source: { type: 'local', path: '/src/linux' }, config: { base: 'configs/my.config' }, arch: 'x86_64' }, { ccacheInstalled: false, arch: ARCHES.x86_64 }));
    expect(plan.make.some((a) => a.startsWith('CC='))).toBe(false);
    expect(Object.keys(plan.env).some((k) => k.startsWith('CCACHE'))).toBe(false);
    expect(plan.base).toEqual({ kind: 'file', path: '/repo/configs/my.config', display: 'configs/my.config' });
    expect(plan.makeTargets).toEqual(['bzImage', 'modules']);
  });

  it('refuses a CROSS_COMPILE or paths that make would hand to a shell', () => {
    expect(() => planBuild(input({ ...tarball, toolchain: { crossCompile: 'riscv64-$(rm -rf ~)-' } }))).toThrow(/crossCompile/);
    expect(() => planBuild(input(tarball, { workDir: '/tmp/my work' }))).toThrow(/blanks or shell characters/);
  });
});

describe('fingerprint', () => {
  const base: FingerprintInputs = {
    schema: 1, arch: 'riscv64', crossCompile: 'riscv64-linux-gnu-', source: `tarball:${SHA}`, patches: ['1'], base: 'tinyconfig',
    fragments: [{ sha256: '2', policy: 'fail' }], targets: ['Image'], modules: [], toolchain: 'gcc 12.2.0',
  };
  it('does not depend on key order, and changes with every input', () => {
    expect(canonicalJson({ b: 1, a: [2, { d: 3, c: 4 }] })).toBe('{"a":[2,{"c":4,"d":3}],"b":1}');
    const fp = fingerprintOf(base);
    expect(fp).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(fingerprintOf({ ...base })).toBe(fp);
    for (const change of [{ patches: ['1', '3'] }, { toolchain: 'gcc 12.2.1' }, { source: 'tarball:b' }, { fragments: [{ sha256: '2', policy: 'warn' }] }, { targets: ['Image', 'dtbs'] }]) {
      expect(fingerprintOf({ ...base, ...change }), JSON.stringify(change)).not.toBe(fp);
    }
  });
});
