// npm run bench:build — linkgate's kernel build vs the same commands run by hand, in the same run,
// then a warm-ccache rebuild vs the cold one.
// Targets (issue 3): linkgate wall time <= 1.03x the hand-run commands; warm ccache rebuild <= 0.3x cold.
// Source: the shared test tree (.cache/kernel-tree, built by tests/kernel or this script's caller)
// as a local source, so neither side pays for unpacking. Both sides start from an empty ccache.
// Then linkgate's fixed cost, measured where make has nothing to do: a no-op rebuild of a built O=
// tree, linkgate and the hand-run commands alternating 3 times (low noise on a shared machine,
// where a cold build's wall time varies by +-25 % with the other tenants' load).
// Expect ~10-15 minutes on 2 idle cores. Env: BENCH_JOBS (default: nproc); BENCH_ONLY=noop runs
// only the fixed-cost part (on a warm ccache).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fmt, root } from './common.mjs';

const src = join(root, '.cache/kernel-tree/work/src/linux-source-6.1');
if (!existsSync(join(src, 'Makefile'))) {
  console.error(`bench:build needs the shared kernel tree at ${src}: run npx vitest run tests/kernel/kernel-tree.test.ts first`);
  process.exit(2);
}
const jobs = Number(process.env.BENCH_JOBS ?? availableParallelism());
const lab = mkdtempSync(join(tmpdir(), 'linkgate-bench-build-'));
const dist = join(lab, 'dist');
execFileSync('node', [join(root, 'scripts/bundle.mjs'), '--outdir', dist], { stdio: 'ignore' });
const cli = join(dist, 'cli.js');

const tarball = '/usr/src/linux-source-6.1.tar.xz';
const sha256 = (file) => execFileSync('sha256sum', [file], { encoding: 'utf8' }).split(' ')[0];
// The tarball variant (with the shared tree's patch) lays the tree out like tests/helpers/kernel-tree.ts,
// so the shared .cache/ccache hits for it.
const manifest = (name, ccacheDir = join(lab, `ccache-${name}`), fromTarball = false) => {
  const path = join(lab, `${name}.yaml`);
  const source = fromTarball
    ? `{ type: tarball, path: ${tarball}, sha256: "${sha256(tarball)}" }\n  patches: [fixtures/kernel/patches/0001-add-linkgate-localversion.patch]`
    : `{ type: local, path: ${src} }`;
  writeFileSync(path, `version: 1
kernel:
  source: ${source}
  arch: riscv64
  toolchain: { crossCompile: riscv64-linux-gnu-, ccache: true, ccacheDir: ${ccacheDir} }
  config:
    base: tinyconfig
    fragments: [{ path: fixtures/kernel/qemu-virt.config }, { path: fixtures/kernel/module-signing.config }]
  targets: [Image, modules]
  jobs: ${jobs}
modules:
  - { name: linkgate_test, path: fixtures/modules/linkgate_test }
`);
  return path;
};
const time = (fn) => {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
};
const run = (argv, opts = {}) => {
  const r = spawnSync(argv[0], argv.slice(1), { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', ...opts });
  if (r.status !== 0) throw new Error(`${argv.join(' ')} failed (${r.status}): ${r.stderr?.slice(-2000)}`);
};

const handCommands = (plan, phases = null) => () => {
  for (const step of plan.steps) {
    if (phases && !phases.includes(step.phase)) continue;
    if (step.kind === 'command') run(step.argv, { cwd: step.cwd ?? root, env: { ...process.env, ...plan.env } });
    if (step.kind === 'copy') {
      rmSync(step.to, { recursive: true, force: true });
      cpSync(step.from, step.to, { recursive: true });
    }
  }
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** linkgate vs the same commands on an already built O= tree: what linkgate adds besides make. */
function fixedCost(name, coldMs, ccacheDir, fromTarball) {
  const m = manifest(name, ccacheDir, fromTarball);
  const args = ['build', '--manifest', m, '--out', join(lab, `${name}-out`), '--work', join(lab, `${name}-work`), '--force', '--json'];
  run(['node', cli, ...args]); // build it (warm ccache when available); not timed
  const { plan } = JSON.parse(execFileSync('node', [cli, ...args.filter((a) => a !== '--force'), '--dry-run'], { cwd: root, encoding: 'utf8' }));
  const hand = [];
  const lg = [];
  for (let i = 0; i < 3; i++) {
    // The source is prepared once (linkgate reuses it too): the commands from config on.
    hand.push(time(handCommands(plan, ['config', 'kernel', 'modules_install', 'dtbs', 'external'])));
    lg.push(time(() => run(['node', cli, ...args])));
  }
  const extra = median(lg) - median(hand);
  console.log(`no-op rebuild, by hand (median of 3):         ${fmt(median(hand))}  [${hand.map(fmt).join(', ')}]`);
  console.log(`no-op rebuild, linkgate (median of 3):        ${fmt(median(lg))}  [${lg.map(fmt).join(', ')}]`);
  console.log(`linkgate's fixed cost: ${fmt(extra)}${coldMs ? ` = ${((extra / coldMs) * 100).toFixed(2)} % of the cold build above` : ''} (toolchain probe, hashing, Kconfig audit, metadata, node start)`);
}

try {
  if (process.env.BENCH_ONLY === 'noop') fixedCost('noop', null, join(root, '.cache/ccache'), true);
  else fullRun();
} finally {
  rmSync(lab, { recursive: true, force: true });
}

function fullRun() {
  // 1. By hand: exactly the commands of linkgate's own plan (build --dry-run --json), one after the other.
  const handManifest = manifest('hand');
  const { plan } = JSON.parse(execFileSync('node', [cli, 'build', '--manifest', handManifest, '--dry-run', '--json', '--out', join(lab, 'hand-out'), '--work', join(lab, 'hand-work')], { cwd: root, encoding: 'utf8' }));
  mkdirSync(plan.buildDir, { recursive: true });
  mkdirSync(join(lab, 'ccache-hand'), { recursive: true });
  const hand = time(handCommands(plan));
  console.log(`by hand (same make commands, cold ccache):   ${fmt(hand)}`);

  // 2. linkgate build, cold ccache.
  const lgManifest = manifest('linkgate');
  const lgArgs = ['build', '--manifest', lgManifest, '--out', join(lab, 'lg-out'), '--work', join(lab, 'lg-work'), '--force', '--json'];
  const cold = time(() => run(['node', cli, ...lgArgs]));
  const meta = JSON.parse(readFileSync(join(lab, 'lg-out/metadata.json'), 'utf8'));
  console.log(`linkgate build (cold ccache):                 ${fmt(cold)}  [audit ok=${meta.linkgate.config_audit.ok}, ccache ${JSON.stringify(meta.ccache)}]`);

  // 3. Warm: the O= tree is gone, the ccache is not.
  rmSync(join(lab, 'lg-work/build'), { recursive: true, force: true });
  const warm = time(() => run(['node', cli, ...lgArgs]));
  const warmMeta = JSON.parse(readFileSync(join(lab, 'lg-out/metadata.json'), 'utf8'));
  console.log(`linkgate build (warm ccache, empty O= dir):   ${fmt(warm)}  [ccache ${JSON.stringify(warmMeta.ccache)}]`);

  const overhead = cold / hand;
  const ratio = warm / cold;
  console.log('');
  console.log(`overhead: linkgate / by hand = ${overhead.toFixed(3)}x (${((overhead - 1) * 100).toFixed(1)} %), target <= 1.03x  ${overhead <= 1.03 ? 'OK' : 'MISSED'}`);
  console.log(`ccache:   warm / cold        = ${ratio.toFixed(3)}x, target <= 0.3x  ${ratio <= 0.3 ? 'OK' : 'MISSED'}`);
  console.log(`(jobs ${jobs}; phase seconds of the cold linkgate build: ${JSON.stringify(meta.results.duration)})`);
  console.log('');
  fixedCost('noop', cold, join(lab, 'ccache-linkgate'), false);
}
