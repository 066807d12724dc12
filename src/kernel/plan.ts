import { basename, isAbsolute, join, resolve } from 'node:path';
import { UsageError } from '../core/errors.js';
import type { Kernel } from '../manifest/schema/kernel.js';
import type { ArchInfo } from './arch.js';
import type { FragmentPolicy } from './config-audit.js';

/**
 * The build plan: every command and check of a kernel build as data, decided before anything
 * runs, so `linkgate build --dry-run` can print it and tests can read it (DESIGN.md principle 4).
 */

export type Phase = 'toolchain' | 'source' | 'patch' | 'config' | 'kernel' | 'modules_install' | 'dtbs' | 'external' | 'collect';

export type PlanStep =
  | { kind: 'command'; phase: Phase; name: string; argv: string[]; cwd?: string }
  /** A tool the build needs, probed with --version; `package` is the Debian package named when it is missing. */
  | { kind: 'tool'; phase: 'toolchain'; name: string; argv: string[]; package: string }
  /** Verify the tarball before anything reads it. */
  | { kind: 'verify-sha256'; phase: 'source'; name: string; path: string; sha256: string }
  /** A git source: the ref must still resolve to the pinned commit on the remote (git ls-remote). */
  | { kind: 'verify-commit'; phase: 'source'; name: string; repo: string; ref: string; commit: string }
  | { kind: 'check-tree'; phase: 'source'; name: string; path: string }
  | { kind: 'apply-patch'; phase: 'patch'; name: string; patch: string; display: string; tool: 'git-am' | 'patch'; argv: string[]; dryRunArgv?: string[] }
  | { kind: 'copy'; phase: Phase; name: string; from: string; to: string }
  | { kind: 'audit'; phase: 'config'; name: string }
  | { kind: 'collect'; phase: 'collect'; name: string };

export type ResolvedSource =
  | { type: 'git'; url: string; ref: string; commit: string }
  | { type: 'tarball'; path: string; sha256: string }
  | { type: 'local'; path: string };

export interface PlanFragment {
  path: string;
  /** As written in the manifest, for metadata and messages. */
  display: string;
  policy: FragmentPolicy;
}

export interface PlanModule {
  name: string;
  /** The module source as given (resolved); it is copied so the build never writes into it. */
  path: string;
  display: string;
  buildPath: string;
}

export interface BuildPlan {
  arch: ArchInfo;
  crossCompile: string;
  source: ResolvedSource;
  /** Where the kernel tree is when the source phase is done. */
  srcDir: string;
  /** The O= directory. */
  buildDir: string;
  workDir: string;
  outDir: string;
  /** Whether the source phase prepares a copy under workDir (tarball, git, or a patched local tree). */
  preparesSource: boolean;
  base: { kind: 'target'; target: string } | { kind: 'file'; path: string; display: string };
  fragments: PlanFragment[];
  patches: { path: string; display: string }[];
  /** Manifest targets mapped to make targets (Image → bzImage on x86). */
  makeTargets: string[];
  targets: Kernel['targets'];
  jobs: number;
  ccache: { dir: string | null } | null;
  env: Record<string, string>;
  /** make, -C src, O=, ARCH=, CROSS_COMPILE= [, CC=ccache ...]: the prefix of every kernel make. */
  make: string[];
  modules: PlanModule[];
  steps: PlanStep[];
}

export interface PlanInput {
  kernel: Kernel;
  modules: readonly { name: string; path: string }[];
  arch: ArchInfo;
  /** Relative manifest paths resolve against this directory (the workspace in CI). */
  baseDir: string;
  outDir: string;
  workDir: string;
  jobs: number;
  /** Whether `ccache` was found on PATH; the manifest may still turn it off. */
  ccacheInstalled: boolean;
  /** Overrides the manifest's toolchain.ccacheDir (CLI --ccache-dir, action input ccache-dir). */
  ccacheDir?: string;
}

const MAKE_TARGET = /^[A-Za-z0-9_.-]*config$/;

/** Kbuild cannot build in paths with blanks, and make hands CC= and paths to a shell. */
const SAFE_PATH = /^[A-Za-z0-9_./@%+,:=~-]+$/;
const SAFE_PREFIX = /^[A-Za-z0-9_./+-]*$/;

export function planBuild(input: PlanInput): BuildPlan {
  const { kernel, arch } = input;
  if (!SAFE_PREFIX.test(kernel.toolchain.crossCompile)) {
    throw new UsageError(`toolchain.crossCompile ${JSON.stringify(kernel.toolchain.crossCompile)} may only hold letters, digits and _ . / + -`);
  }
  const at = (p: string): string => (isAbsolute(p) ? p : resolve(input.baseDir, p));
  const workDir = at(input.workDir);
  const outDir = at(input.outDir);
  const crossCompile = kernel.toolchain.crossCompile;
  const patches = kernel.patches.map((p) => ({ path: at(p), display: p }));
  const source = resolveSource(kernel.source, at);
  const preparesSource = source.type !== 'local' || patches.length > 0;
  const srcDir = source.type === 'local' && patches.length === 0 ? source.path : join(workDir, 'src', topDirOf(source));
  const buildDir = join(workDir, 'build');
  const useCcache = kernel.toolchain.ccache && input.ccacheInstalled;
  const ccacheDir = input.ccacheDir ?? kernel.toolchain.ccacheDir;
  const ccache = useCcache ? { dir: ccacheDir ? at(ccacheDir) : null } : null;
  const env: Record<string, string> = { KBUILD_BUILD_USER: 'linkgate', KBUILD_BUILD_HOST: 'linkgate' };
  if (ccache) {
    // Relative paths under the work dir let a restored cache hit from another checkout location.
    env.CCACHE_BASEDIR = workDir;
    if (ccache.dir) env.CCACHE_DIR = ccache.dir;
  }
  const toolVars = [`ARCH=${arch.linuxArch}`, `CROSS_COMPILE=${crossCompile}`, ...(ccache ? [`CC=ccache ${crossCompile}gcc`] : [])];
  const make = ['make', '-C', srcDir, `O=${buildDir}`, ...toolVars];
  const base: BuildPlan['base'] = MAKE_TARGET.test(kernel.config.base) && !kernel.config.base.includes('/')
    ? { kind: 'target', target: kernel.config.base }
    : { kind: 'file', path: at(kernel.config.base), display: kernel.config.base };
  const fragments = kernel.config.fragments.map((f) => ({ path: at(f.path), display: f.path, policy: f.policy }));
  const makeTargets = kernel.targets.map((t) => (t === 'Image' ? arch.imageTarget : t));
  const modules = input.modules.map((m) => ({ name: m.name, path: at(m.path), display: m.path, buildPath: join(workDir, 'external', m.name) }));
  const jobs = kernel.jobs ?? input.jobs;

  const unsafe = [workDir, outDir, srcDir, ...fragments.map((f) => f.path), ...modules.map((m) => m.path)].filter((p) => !SAFE_PATH.test(p));
  if (unsafe.length > 0) {
    throw new UsageError(`kbuild cannot use paths with blanks or shell characters: ${unsafe.map((p) => JSON.stringify(p)).join(', ')}`);
  }

  const steps: PlanStep[] = [
    ...toolSteps(input, source, patches.length > 0, useCcache),
    ...sourceSteps(source, srcDir, workDir),
    ...patches.map((p, i): PlanStep => patchStep(p, i, source.type === 'git', srcDir)),
    ...(base.kind === 'target'
      ? [{ kind: 'command', phase: 'config', name: base.target, argv: [...make, base.target] } as PlanStep]
      : [{ kind: 'copy', phase: 'config', name: 'base config', from: base.path, to: join(buildDir, '.config') } as PlanStep]),
    ...(fragments.length > 0
      ? [
          {
            kind: 'command',
            phase: 'config',
            name: 'merge fragments',
            argv: [join(srcDir, 'scripts/kconfig/merge_config.sh'), '-m', '-O', buildDir, join(buildDir, '.config'), ...fragments.map((f) => f.path)],
            cwd: buildDir,
          } as PlanStep,
        ]
      : []),
    { kind: 'command', phase: 'config', name: 'olddefconfig', argv: [...make, 'olddefconfig'] },
    { kind: 'audit', phase: 'config', name: 'config audit' },
    { kind: 'command', phase: 'kernel', name: `make ${makeTargets.join(' ')}`, argv: [...make, `-j${jobs}`, ...makeTargets] },
    ...(kernel.targets.includes('modules')
      ? [{ kind: 'command', phase: 'modules_install', name: 'modules_install', argv: [...make, `INSTALL_MOD_PATH=${join(outDir, 'modules')}`, 'modules_install'] } as PlanStep]
      : []),
    ...(kernel.targets.includes('dtbs')
      ? [{ kind: 'command', phase: 'dtbs', name: 'dtbs_install', argv: [...make, `INSTALL_DTBS_PATH=${join(outDir, 'dtbs')}`, 'dtbs_install'] } as PlanStep]
      : []),
    ...modules.flatMap((m): PlanStep[] => {
      const mk = ['make', '-C', buildDir, `M=${m.buildPath}`, ...toolVars];
      return [
        { kind: 'copy', phase: 'external', name: `${m.name}: copy source`, from: m.path, to: m.buildPath },
        { kind: 'command', phase: 'external', name: `${m.name}: modules`, argv: [...mk, `-j${jobs}`, 'modules'] },
        { kind: 'command', phase: 'external', name: `${m.name}: modules_install`, argv: [...mk, `INSTALL_MOD_PATH=${join(outDir, 'modules')}`, 'modules_install'] },
      ];
    }),
    { kind: 'collect', phase: 'collect', name: 'collect artifacts and write metadata.json' },
  ];
  return {
    arch, crossCompile, source, srcDir, buildDir, workDir, outDir, preparesSource, base, fragments, patches,
    makeTargets, targets: kernel.targets, jobs, ccache, env, make, modules, steps,
  };
}

function resolveSource(source: Kernel['source'], at: (p: string) => string): ResolvedSource {
  switch (source.type) {
    case 'git':
      // A local path clones as a path; URLs stay as written.
      return { type: 'git', url: /^[a-z][a-z0-9+.-]*:\/\/|^[^/]+@[^/]+:/i.test(source.url) ? source.url : at(source.url), ref: source.ref, commit: source.commit };
    case 'tarball':
      return { type: 'tarball', path: at(source.path), sha256: source.sha256 };
    case 'local':
      return { type: 'local', path: at(source.path) };
  }
}

/** The directory the tree lands in under work/src: a tarball's own top directory (linux-source-6.1). */
function topDirOf(source: ResolvedSource): string {
  if (source.type === 'tarball') return basename(source.path).replace(/\.(tar\.(xz|gz|bz2|zst)|tgz|tar)$/, '') || 'linux';
  return 'linux';
}

function sourceSteps(source: ResolvedSource, srcDir: string, workDir: string): PlanStep[] {
  switch (source.type) {
    case 'tarball':
      return [
        { kind: 'verify-sha256', phase: 'source', name: 'verify tarball sha256', path: source.path, sha256: source.sha256 },
        { kind: 'command', phase: 'source', name: 'unpack', argv: ['tar', '-xf', source.path, '-C', join(workDir, 'src'), '--no-same-owner'] },
        { kind: 'check-tree', phase: 'source', name: 'kernel tree present', path: srcDir },
      ];
    case 'git': {
      // Only the pinned commit is fetched (a full linux clone is gigabytes); file:// makes --depth work for paths.
      const fetchUrl = source.url.startsWith('/') ? `file://${source.url}` : source.url;
      return [
        { kind: 'verify-commit', phase: 'source', name: `verify ${source.ref} is ${source.commit.slice(0, 12)}`, repo: source.url, ref: source.ref, commit: source.commit },
        { kind: 'command', phase: 'source', name: 'init', argv: ['git', 'init', '--quiet', srcDir] },
        { kind: 'command', phase: 'source', name: 'fetch the pinned commit', argv: ['git', '-C', srcDir, 'fetch', '--quiet', '--depth', '1', '--', fetchUrl, source.commit] },
        { kind: 'command', phase: 'source', name: 'checkout', argv: ['git', '-C', srcDir, 'checkout', '--quiet', '--detach', source.commit] },
        { kind: 'check-tree', phase: 'source', name: 'kernel tree present', path: srcDir },
      ];
    }
    case 'local':
      return srcDir === source.path
        ? [{ kind: 'check-tree', phase: 'source', name: 'kernel tree present', path: srcDir }]
        : [
            // Patches must not touch the user's tree: patch a copy.
            { kind: 'copy', phase: 'source', name: 'copy local tree', from: source.path, to: srcDir },
            { kind: 'check-tree', phase: 'source', name: 'kernel tree present', path: srcDir },
          ];
  }
}

function patchStep({ path: patch, display }: { path: string; display: string }, index: number, git: boolean, srcDir: string): PlanStep {
  const name = `patch ${index + 1}: ${basename(patch)}`;
  if (git) {
    const id = ['-c', 'user.name=linkgate', '-c', 'user.email=linkgate@localhost'];
    return { kind: 'apply-patch', phase: 'patch', name, patch, display, tool: 'git-am', argv: ['git', '-C', srcDir, ...id, 'am', '--keep-cr', '--no-3way', patch] };
  }
  const common = ['patch', '-p1', '--forward', '--batch', '--directory', srcDir, '--input', patch];
  // A dry run first, so a patch that fails half-way never leaves a half-patched tree.
  return { kind: 'apply-patch', phase: 'patch', name, patch, display, tool: 'patch', argv: [...common, '--silent'], dryRunArgv: [...common, '--dry-run'] };
}

function toolSteps(input: PlanInput, source: ResolvedSource, patched: boolean, ccache: boolean): PlanStep[] {
  const cc = input.kernel.toolchain.crossCompile;
  const tools: [string, string][] = [
    [`${cc}gcc`, input.arch.debianToolchainPackage],
    [`${cc}ld`, input.arch.debianBinutilsPackage],
    ['make', 'make'],
    ['flex', 'flex'],
    ['bison', 'bison'],
    ['bc', 'bc'],
  ];
  if (source.type === 'tarball') tools.push(['tar', 'tar'], ['xz', 'xz-utils']);
  if (source.type === 'git') tools.push(['git', 'git']);
  if (patched) tools.push(source.type === 'git' ? ['git', 'git'] : ['patch', 'patch']);
  if (ccache) tools.push(['ccache', 'ccache']);
  const unique = tools.filter(([tool], i) => tools.findIndex(([t]) => t === tool) === i);
  return unique.map(([tool, pkg]) => ({ kind: 'tool', phase: 'toolchain', name: tool, argv: [tool, '--version'], package: pkg }));
}
