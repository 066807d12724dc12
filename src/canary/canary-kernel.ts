import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Clock } from '../core/clock.js';
import type { CommandRunner } from '../core/command-runner.js';
import { InfraError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { sha256File } from '../kernel/file-hash.js';
import { planFromManifest } from '../kernel/plan-from-manifest.js';
import { runBuild } from '../kernel/run-build.js';
import { Kernel } from '../manifest/schema/kernel.js';
import { withFileLock } from './file-lock.js';

/**
 * The two riscv64 kernels a QEMU canary run needs, both built by linkgate's own build (src/kernel):
 * - known-good: Debian's linux-source-6.1 + qemu-virt + module-signing fragments (what the fleet runs),
 * - candidate: the same plus fixtures/kernel/qemu-canary.config (the "bump" under test).
 * An unchanged fingerprint skips the build, so a warm cache costs seconds.
 */
export interface BuiltKernel {
  release: string;
  image: string;
  /** The O= build directory (certs/signing_key.pem, scripts/sign-file). */
  build: string;
  /** The built, unsigned linkgate_test.ko. */
  testModule: string;
  signFile: string;
  /** Whether this call compiled anything. */
  built: boolean;
}

export type KernelFlavour = 'known-good' | 'candidate';

export const KNOWN_GOOD_FRAGMENTS = ['fixtures/kernel/qemu-virt.config', 'fixtures/kernel/module-signing.config'] as const;
export const CANDIDATE_FRAGMENTS = [...KNOWN_GOOD_FRAGMENTS, 'fixtures/kernel/qemu-canary.config'] as const;
export const LOCALVERSION_PATCH = 'fixtures/kernel/patches/0001-add-linkgate-localversion.patch';

export async function debianKernelTarball(): Promise<string> {
  const fallback = '/usr/src/linux-source-6.1.tar.xz';
  try {
    const { stdout } = await promisify(execFile)('dpkg', ['-L', 'linux-source-6.1'], { encoding: 'utf8' });
    return stdout.split('\n').find((l) => /\.tar\.xz$/.test(l)) ?? fallback;
  } catch {
    return fallback;
  }
}

export async function buildCanaryKernel(
  flavour: KernelFlavour,
  options: { repoRoot: string; runner: CommandRunner; logger: Logger; clock: Clock; signal: AbortSignal; echo?: boolean },
): Promise<BuiltKernel> {
  const tarball = await debianKernelTarball();
  if (!existsSync(tarball)) {
    throw new InfraError(`kernel source ${tarball} is missing: apt-get install linux-source-6.1 gcc-riscv64-linux-gnu (see docs/demo.md)`);
  }
  const kernel = Kernel.parse({
    source: { type: 'tarball', path: tarball, sha256: await sha256File(tarball) },
    arch: 'riscv64',
    toolchain: { crossCompile: 'riscv64-linux-gnu-', ccache: true, ccacheDir: join(options.repoRoot, '.cache', 'ccache') },
    config: { base: 'tinyconfig', fragments: (flavour === 'candidate' ? CANDIDATE_FRAGMENTS : KNOWN_GOOD_FRAGMENTS).map((path) => ({ path })) },
    patches: [LOCALVERSION_PATCH],
    targets: ['Image', 'modules'],
  });
  // The known-good tree is the shared test tree (tests/helpers/kernel-tree.ts builds the same plan
  // there), so tests, the demo and the e2e test build it once between them.
  const tree = flavour === 'candidate' ? 'canary-kernel' : 'kernel-tree';
  const root = join(options.repoRoot, '.cache', tree);
  return withFileLock(join(options.repoRoot, '.cache', `${tree}.lock`), () => build(flavour, kernel, root, options));
}

async function build(
  flavour: KernelFlavour,
  kernel: Kernel,
  root: string,
  options: { repoRoot: string; runner: CommandRunner; logger: Logger; clock: Clock; signal: AbortSignal; echo?: boolean },
): Promise<BuiltKernel> {
  const plan = await planFromManifest(
    { kernel, modules: [{ name: 'linkgate_test', path: 'fixtures/modules/linkgate_test' }] as never },
    { baseDir: options.repoRoot, outDir: join(root, 'out'), workDir: join(root, 'work') },
    options.runner,
  );
  const signFile = join(plan.buildDir, 'scripts', 'sign-file');
  const force = !existsSync(signFile) || !existsSync(join(plan.buildDir, 'Module.symvers'));
  const outcome = await runBuild(plan, { runner: options.runner, logger: options.logger, clock: options.clock, signal: options.signal, echo: options.echo ?? false }, { force });
  if (outcome.exitCode !== 0) {
    throw new InfraError(`${flavour} kernel: build ${outcome.status}: ${outcome.message}`, { details: [...outcome.details, `log: ${join(plan.outDir, 'build.log')}`] });
  }
  const release = outcome.state.kernelRelease;
  if (!release) throw new InfraError(`${flavour} kernel: the build recorded no kernel release`);
  return {
    release,
    image: join(plan.outDir, plan.arch.imageTarget),
    build: plan.buildDir,
    testModule: join(plan.outDir, 'external', 'linkgate_test', 'linkgate_test.ko'),
    signFile,
    built: outcome.status !== 'skipped',
  };
}
