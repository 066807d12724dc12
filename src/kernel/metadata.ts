import { VERSION } from '../core/version.js';
import type { ConfigAudit } from './config-audit.js';
import type { FingerprintInputs } from './fingerprint.js';
import type { BuildPlan, Phase } from './plan.js';

/**
 * metadata.json: tuxmake's two-level groups where they overlap (build, results, compiler, source),
 * so tuxrun/KernelCI-style consumers read it, plus a `linkgate` group with what tuxmake lacks:
 * kernel release, patch series, config audit, fingerprint, artifact sha256s and whether the
 * record is partial (cancelled or still running). Written early and after every phase.
 */

export type BuildStatus = 'running' | 'pass' | 'fail' | 'error' | 'cancelled' | 'skipped';

export interface Artifact {
  /** Relative to the output directory. */
  path: string;
  kind: 'kernel' | 'system_map' | 'config' | 'symvers' | 'vmlinux' | 'modules' | 'dtbs' | 'log' | 'external';
  sha256: string;
  size: number;
}

export interface BuildState {
  startedAt: string;
  finishedAt: string | null;
  status: BuildStatus;
  /** The phase running now, or the one that failed. */
  phase: Phase | null;
  message: string | null;
  interruptedBy: string | null;
  fingerprint: string | null;
  fingerprintInputs: FingerprintInputs | null;
  compiler: { name: string; version: string; versionFull: string } | null;
  kernelRelease: string | null;
  kernelVersion: string | null;
  patches: { file: string; sha256: string; tool: string }[];
  audit: ConfigAudit | null;
  durations: Partial<Record<Phase, number>>;
  phaseStatus: Partial<Record<Phase, 'PASS' | 'FAIL' | 'SKIP'>>;
  artifacts: Artifact[];
  warnings: number;
  errors: number;
  ccache: { hits: number; misses: number } | null;
  modules: { name: string; files: string[] }[];
}

export function newBuildState(now: Date): BuildState {
  return {
    startedAt: now.toISOString(), finishedAt: null, status: 'running', phase: null, message: null, interruptedBy: null,
    fingerprint: null, fingerprintInputs: null, compiler: null, kernelRelease: null, kernelVersion: null, patches: [],
    audit: null, durations: {}, phaseStatus: {}, artifacts: [], warnings: 0, errors: 0, ccache: null, modules: [],
  };
}

const TUXMAKE_TARGETS: Partial<Record<Phase, string>> = { config: 'config', kernel: 'kernel', modules_install: 'modules', dtbs: 'dtbs' };

export function toMetadata(plan: BuildPlan, state: BuildState): Record<string, unknown> {
  const targets: Record<string, { status: string; duration: number }> = {};
  for (const [phase, name] of Object.entries(TUXMAKE_TARGETS) as [Phase, string][]) {
    const status = state.phaseStatus[phase];
    if (status) targets[name] = { status, duration: state.durations[phase] ?? 0 };
  }
  const byKind = (kind: Artifact['kind']): string[] => state.artifacts.filter((a) => a.kind === kind).map((a) => a.path);
  const total = Object.values(state.durations).reduce((a, b) => a + (b ?? 0), 0);
  const makeVariables = Object.fromEntries(plan.make.filter((a) => /^[A-Z_]+=/.test(a)).map((a) => a.split(/=(.*)/s).slice(0, 2) as [string, string]));
  return {
    build: {
      targets: plan.targets,
      target_arch: plan.arch.linuxArch,
      toolchain: state.compiler ? `${state.compiler.name}-${state.compiler.version.split('.')[0]}` : 'gcc',
      wrapper: plan.ccache ? 'ccache' : 'none',
      environment: plan.env,
      kconfig: plan.base.kind === 'target' ? plan.base.target : plan.base.display,
      kconfig_add: plan.fragments.map((f) => f.display),
      jobs: plan.jobs,
      runtime: 'null',
      verbose: false,
      make_variables: makeVariables,
      reproducer_cmdline: kernelMake(plan),
    },
    results: {
      status: state.status === 'pass' || state.status === 'skipped' ? 'PASS' : 'FAIL',
      targets,
      artifacts: {
        kernel: byKind('kernel'), config: byKind('config'), log: byKind('log'), modules: byKind('modules'),
        dtbs: byKind('dtbs'), system_map: byKind('system_map'), symvers: byKind('symvers'), vmlinux: byKind('vmlinux'),
      },
      errors: state.errors,
      warnings: state.warnings,
      duration: { ...state.durations, build: round(total) },
    },
    compiler: state.compiler ? { name: state.compiler.name, version: state.compiler.version, version_full: state.compiler.versionFull } : {},
    source: { kernelversion: state.kernelVersion, kernelrelease: state.kernelRelease },
    ...(plan.source.type === 'git' ? { git: { git_url: plan.source.url, git_branch: plan.source.ref, git_commit: plan.source.commit } } : {}),
    ...(state.ccache ? { ccache: state.ccache } : {}),
    linkgate: {
      version: VERSION,
      schema: 1,
      status: state.status,
      partial: state.status === 'running' || state.status === 'cancelled',
      phase: state.phase,
      message: state.message,
      interrupted_by: state.interruptedBy,
      started_at: state.startedAt,
      finished_at: state.finishedAt,
      kernel_release: state.kernelRelease,
      fingerprint: state.fingerprint,
      fingerprint_inputs: state.fingerprintInputs,
      source: plan.source,
      patches: state.patches,
      config_audit: state.audit
        ? { ok: state.audit.ok, options: state.audit.options, overridden: state.audit.overridden }
        : null,
      artifacts: state.artifacts,
      modules: state.modules,
    },
  };
}

export function round(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}

function kernelMake(plan: BuildPlan): string[] {
  for (const step of plan.steps) if (step.kind === 'command' && step.phase === 'kernel') return step.argv;
  return [];
}
