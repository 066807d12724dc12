// npm run bench:build — linkgate's kernel build vs the same commands run by hand, in the same run,
// then a warm-ccache rebuild vs the cold one.
// Targets (issue 3): linkgate wall time <= 1.03x the hand-run commands; warm ccache rebuild <= 0.3x cold.
// Source: the shared test tree (.cache/kernel-tree, built by tests/kernel or this script's caller)
// as a local source, so neither side pays for unpacking. Both sides start from an empty ccache.
// Expect ~10-15 minutes on 2 cores. Env: BENCH_JOBS (default: nproc).
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

const manifest = (name) => {
  const path = join(lab, `${name}.yaml`);
  writeFileSync(path, `version: 1
kernel:
  source: { type: local, path: ${src} }
  arch: riscv64
  toolchain: { crossCompile: riscv64-linux-gnu-, ccache: true, ccacheDir: ${join(lab, `ccache-${name}`)} }
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

try {
  // 1. By hand: exactly the commands of linkgate's own plan (build --dry-run --json), one after the other.
  const handManifest = manifest('hand');
  const { plan } = JSON.parse(execFileSync('node', [cli, 'build', '--manifest', handManifest, '--dry-run', '--json', '--out', join(lab, 'hand-out'), '--work', join(lab, 'hand-work')], { cwd: root, encoding: 'utf8' }));
  mkdirSync(plan.buildDir, { recursive: true });
  mkdirSync(join(lab, 'ccache-hand'), { recursive: true });
  const hand = time(() => {
    for (const step of plan.steps) {
      if (step.kind === 'command') run(step.argv, { cwd: step.cwd ?? root, env: { ...process.env, ...plan.env } });
      if (step.kind === 'copy') cpSync(step.from, step.to, { recursive: true });
    }
  });
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
} finally {
  rmSync(lab, { recursive: true, force: true });
}
