import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { withFileLock } from '../../src/canary/file-lock.js';
import { systemClock } from '../../src/core/clock.js';
import { type CommandRunner, ProcessRunner } from '../../src/core/command-runner.js';
import { StreamLogger } from '../../src/core/logger.js';
import { sha256File } from '../../src/kernel/file-hash.js';
import type { BuildPlan } from '../../src/kernel/plan.js';
import { planFromManifest } from '../../src/kernel/plan-from-manifest.js';
import { runBuild } from '../../src/kernel/run-build.js';
import { Kernel } from '../../src/manifest/schema/kernel.js';
import { ROOT } from './paths.js';

/**
 * The shared riscv64 kernel tree for tests: Debian's linux-source-6.1, tinyconfig + the QEMU-virt
 * and module-signing fragments + one BSP-style patch, Image + modules, and the linkgate_test
 * out-of-tree module — built ONCE through linkgate's own build (src/kernel) and reused across test
 * files and runs (an unchanged fingerprint skips the build). A file lock (flock) keeps two vitest
 * workers from building at the same time; the second one waits and then reuses the first one's tree.
 *
 * Use in beforeAll with KERNEL_TREE_TIMEOUT_MS: a cold build takes 4–8 minutes on 2 shared cores.
 * Signing: the build generated its key; sign with
 *   signFile sha512 `${build}/certs/signing_key.pem` `${build}/certs/signing_key.x509` module.ko
 */
export interface KernelTree {
  /** The patched kernel source tree. */
  src: string;
  /** The O= build directory (make -C build M=... builds more modules against it). */
  build: string;
  /** Kernel release, e.g. 6.1.192-linkgate. */
  release: string;
  /** arch/riscv/boot/Image, copied to the output directory. */
  image: string;
  /** The host binary scripts/sign-file of this build (CONFIG_MODULE_SIG builds it). */
  signFile: string;
  /** lib/modules/<release> as installed with INSTALL_MOD_PATH (holds extra/linkgate_test.ko). */
  modulesDir: string;
  /** The built, unsigned linkgate_test.ko. */
  testModule: string;
}

export const KERNEL_TREE_TIMEOUT_MS = 30 * 60 * 1000;
export const KERNEL_TREE_DIR = join(ROOT, '.cache', 'kernel-tree');
export const CCACHE_DIR = join(ROOT, '.cache', 'ccache');
export const KERNEL_TARBALL_PACKAGE = 'linux-source-6.1';

let memo: Promise<KernelTree> | undefined;

export function kernelTree(): Promise<KernelTree> {
  memo ??= withFileLock(join(ROOT, '.cache', 'kernel-tree.lock'), buildTree);
  memo.catch(() => {
    memo = undefined;
  });
  return memo;
}

/** The Debian kernel tarball (dpkg -L linux-source-6.1 | grep .tar.xz). */
export function kernelTarball(): string {
  const fallback = '/usr/src/linux-source-6.1.tar.xz';
  try {
    const listed = execFileSync('dpkg', ['-L', KERNEL_TARBALL_PACKAGE], { encoding: 'utf8' });
    return listed.split('\n').find((l) => /\.tar\.xz$/.test(l)) ?? fallback;
  } catch {
    return fallback;
  }
}

/** The manifest kernel section the shared tree is built from (exported so tests can assert on it). */
export async function kernelTreeManifest(): Promise<{ kernel: Kernel; modules: { name: string; path: string }[] }> {
  const tarball = kernelTarball();
  const kernel = Kernel.parse({
    // The pin is taken from the installed package: Debian's security updates move it.
    source: { type: 'tarball', path: tarball, sha256: await sha256File(tarball) },
    arch: 'riscv64',
    toolchain: { crossCompile: 'riscv64-linux-gnu-', ccache: true, ccacheDir: CCACHE_DIR },
    config: {
      base: 'tinyconfig',
      fragments: [{ path: 'fixtures/kernel/qemu-virt.config' }, { path: 'fixtures/kernel/module-signing.config' }],
    },
    patches: ['fixtures/kernel/patches/0001-add-linkgate-localversion.patch'],
    targets: ['Image', 'modules'],
  });
  return { kernel, modules: [{ name: 'linkgate_test', path: 'fixtures/modules/linkgate_test' }] };
}

/** The plan of the shared tree (same paths every time, so the fingerprint skip can apply). */
export async function kernelTreePlan(runner: CommandRunner): Promise<BuildPlan> {
  return planFromManifest(await kernelTreeManifest(), { baseDir: ROOT, outDir: join(KERNEL_TREE_DIR, 'out'), workDir: join(KERNEL_TREE_DIR, 'work') }, runner);
}

async function buildTree(): Promise<KernelTree> {
  const runner = new ProcessRunner();
  const logger = new StreamLogger((text) => process.stderr.write(text), { prefix: '[kernel-tree] ' });
  const plan = await kernelTreePlan(runner);
  const signFile = join(plan.buildDir, 'scripts', 'sign-file');
  // The skip only checks the output directory; the O= tree must be there too.
  const force = !existsSync(signFile) || !existsSync(join(plan.buildDir, 'Module.symvers'));
  const outcome = await runBuild(plan, { runner, logger, clock: systemClock, signal: new AbortController().signal, echo: false }, { force });
  if (outcome.exitCode !== 0) {
    throw new Error(`kernelTree: build ${outcome.status}: ${outcome.message}\n${outcome.details.join('\n')}\nlog: ${join(plan.outDir, 'build.log')}`);
  }
  const release = outcome.state.kernelRelease;
  if (!release) throw new Error('kernelTree: the build did not record a kernel release');
  return {
    src: plan.srcDir,
    build: plan.buildDir,
    release,
    image: join(plan.outDir, plan.arch.imageTarget),
    signFile,
    modulesDir: join(plan.outDir, 'modules', 'lib', 'modules', release),
    testModule: join(plan.outDir, 'external', 'linkgate_test', 'linkgate_test.ko'),
  };
}
