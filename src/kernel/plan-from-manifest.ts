import { availableParallelism } from 'node:os';
import type { CommandRunner } from '../core/command-runner.js';
import { UsageError } from '../core/errors.js';
import type { Manifest } from '../manifest/schema/index.js';
import { archInfo, knownArchNames } from './arch.js';
import { type BuildPlan, planBuild } from './plan.js';

export interface PlanOptions {
  baseDir: string;
  outDir: string;
  workDir: string;
  jobs?: number;
  ccacheDir?: string;
}

/** The one way CLI, action and tests turn a manifest into a plan: looks at the machine only to see whether ccache exists. */
export async function planFromManifest(manifest: Pick<Manifest, 'kernel' | 'modules'>, options: PlanOptions, runner: CommandRunner): Promise<BuildPlan> {
  const kernel = manifest.kernel;
  if (!kernel) throw new UsageError('the manifest has no kernel section: nothing to build');
  const arch = archInfo(kernel.arch);
  if (!arch) throw new UsageError(`unknown arch "${kernel.arch}"; linkgate builds ${knownArchNames().join(', ')}`);
  const ccacheInstalled = kernel.toolchain.ccache ? await hasCcache(runner) : false;
  return planBuild({
    kernel,
    modules: manifest.modules,
    arch,
    baseDir: options.baseDir,
    outDir: options.outDir,
    workDir: options.workDir,
    jobs: options.jobs ?? availableParallelism(),
    ccacheInstalled,
    ...(options.ccacheDir ? { ccacheDir: options.ccacheDir } : {}),
  });
}

async function hasCcache(runner: CommandRunner): Promise<boolean> {
  try {
    return (await runner.run({ argv: ['ccache', '--version'], timeoutMs: 10_000 })).exitCode === 0;
  } catch {
    return false;
  }
}

/** The plan as text for `--dry-run`: every step, every command as a copy-pasteable line. */
export function describePlan(plan: BuildPlan, quote: (argv: readonly string[]) => string): string {
  const lines = [
    `arch ${plan.arch.name} (ARCH=${plan.arch.linuxArch}, CROSS_COMPILE=${plan.crossCompile})${plan.ccache ? ', ccache' : ''}, make -j${plan.jobs}`,
    `source ${plan.source.type}: ${plan.srcDir}`,
    `build dir (O=): ${plan.buildDir}`,
    `output: ${plan.outDir}`,
    `environment: ${Object.entries(plan.env).map(([k, v]) => `${k}=${v}`).join(' ')}`,
  ];
  let phase = '';
  for (const step of plan.steps) {
    if (step.phase !== phase) {
      phase = step.phase;
      lines.push(`[${phase}]`);
    }
    switch (step.kind) {
      case 'command':
      case 'tool':
        lines.push(`  ${step.name}: ${quote(step.argv)}`);
        break;
      case 'apply-patch':
        if (step.dryRunArgv) lines.push(`  ${step.name} (dry run): ${quote(step.dryRunArgv)}`);
        lines.push(`  ${step.name}: ${quote(step.argv)}`);
        break;
      case 'verify-sha256':
        lines.push(`  ${step.name}: sha256(${step.path}) must be ${step.sha256}`);
        break;
      case 'verify-commit':
        lines.push(`  ${step.name}: git ls-remote ${step.repo} ${step.ref} must give ${step.commit}`);
        break;
      case 'check-tree':
        lines.push(`  ${step.name}: ${step.path} has Makefile, Kconfig, scripts/kconfig/merge_config.sh`);
        break;
      case 'copy':
        lines.push(`  ${step.name}: copy ${step.from} -> ${step.to}`);
        break;
      case 'audit':
        lines.push(`  ${step.name}: every fragment line vs ${plan.buildDir}/.config (${plan.fragments.map((f) => `${f.display}:${f.policy}`).join(', ') || 'no fragments'})`);
        break;
      case 'collect':
        lines.push(`  ${step.name}: ${plan.outDir}`);
        break;
    }
  }
  return lines.join('\n');
}
