import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock } from '../../core/clock.js';
import type { CommandRunner } from '../../core/command-runner.js';
import { messageOf } from '../../core/errors.js';
import { ExitCode } from '../../core/exit-codes.js';
import type { Logger } from '../../core/logger.js';
import type { CanaryResult, RunResults } from '../../core/results.js';
import { describeDecision, runGate } from '../../gate/run-gate.js';
import type { GateDecision } from '../../gate/verdict.js';
import { loadReportContext, renderReport } from '../../report/make-report.js';
import { buildSignedBundle, SIGNATURES_FILE } from '../../signing/bundle.js';
import { readSigningCertificate } from '../../signing/sign-modules.js';
import { verifyModuleBytes } from '../../signing/verify-module.js';
import { readResults, writeResults } from '../../smoke/results-dir.js';
import { readModuleDigests } from '../../smoke/module-digests.js';
import { runSmoke } from '../../smoke/run.js';
import { buildCanaryKernel, debianKernelTarball, type BuiltKernel } from '../canary-kernel.js';
import { startQemuCanary, type QemuCanary } from '../qemu/qemu-canary.js';
import { makeSignatureFiles, type SignatureFiles } from '../signature/test-modules.js';
import { deployPlan, knownGoodExpectation, promotePlan, rollbackPlan } from '../slots/ab-plan.js';
import { executePlan } from '../slots/ab-executor.js';
import { smokeQemuCanary } from './qemu-smoke.js';
import { StageLog, StageUnavailable, type StageRecord } from './stages.js';

export interface DemoOptions {
  repoRoot: string;
  outDir: string;
  runner: CommandRunner;
  logger: Logger;
  clock: Clock;
  signal: AbortSignal;
  env: NodeJS.ProcessEnv;
  /** Capture bundles replayed as virtual GPU canaries (one healthy, one degraded by default). */
  bundles?: readonly string[];
}

export interface DemoOutcome {
  exitCode: number;
  stages: StageRecord[];
  verdict: GateDecision['verdict'] | null;
  /** Every file the run wrote that a person would open, by role. */
  reports: Record<string, string>;
}

export const DEFAULT_BUNDLES = ['fixtures/scenarios/h100-nv18-healthy', 'fixtures/scenarios/nvlink-degraded'] as const;
const QEMU_CANARY = 'qemu-riscv64';
const TEST_MODULE = 'linkgate_test';

/**
 * build (cached) → sign → verify → deploy (QEMU riscv64 canary, A/B slots) → smoke (QEMU + virtual
 * GPU canaries) → reports → gate → rollback of what failed. A stage that cannot run on this machine
 * says so and the rest goes on with what exists; nothing is faked.
 */
export async function runDemo(options: DemoOptions): Promise<DemoOutcome> {
  const log = new StageLog(options.logger, () => options.clock.now());
  const out = options.outDir;
  const results = join(out, 'results');
  const reports: Record<string, string> = {};
  await mkdir(out, { recursive: true });
  // Keys (the throwaway signing key, the canary's SSH client key) live here and go in finally.
  const secrets = await mkdtemp(join(tmpdir(), 'linkgate-demo-'));
  let canary: QemuCanary | null = null;
  let verdict: GateDecision['verdict'] | null = null;
  try {
    const kernels = await log.run('build', async () => {
      const hint = 'apt-get install gcc-riscv64-linux-gnu linux-source-6.1 flex bison bc libssl-dev libelf-dev';
      await requireTools(options.runner, ['riscv64-linux-gnu-gcc', 'make', 'flex', 'bison'], hint);
      const tarball = await debianKernelTarball();
      if (!existsSync(tarball)) throw new StageUnavailable(`not available here: ${tarball} missing (${hint})`);
      const deps = { repoRoot: options.repoRoot, runner: options.runner, logger: options.logger, clock: options.clock, signal: options.signal, echo: false };
      options.logger.info('building the known-good kernel (cached after the first run; a cold build takes 4-8 minutes on 2 cores)');
      const good = await withHeartbeat(options, 'known-good kernel', join(options.repoRoot, '.cache', 'kernel-tree', 'out', 'build.log'), () => buildCanaryKernel('known-good', deps));
      options.logger.info(`known-good: ${good.release} ${good.built ? '(built)' : '(cache)'}`);
      const candidate = await withHeartbeat(options, 'candidate kernel', join(options.repoRoot, '.cache', 'canary-kernel', 'out', 'build.log'), () => buildCanaryKernel('candidate', deps));
      options.logger.info(`candidate: ${candidate.release} ${candidate.built ? '(built)' : '(cache)'}`);
      return { value: { good, candidate }, detail: `known-good ${good.release}, candidate ${candidate.release}${good.built || candidate.built ? '' : ' (both from cache)'}` };
    });

    const signedDir = join(out, 'signed');
    const signed = kernels
      ? await log.run('sign', async () => {
          const { manifest, bundle } = await buildSignedBundle(
            signedDir,
            { modules: [kernels.candidate.testModule], certPath: certOf(kernels.candidate), key: { file: keyOf(kernels.candidate) }, hash: 'sha512', method: 'auto', kernelTree: kernels.candidate.build, strip: false, crossCompile: 'riscv64-linux-gnu-' },
            [kernels.candidate.image],
            { runner: options.runner, logger: options.logger, env: options.env, signal: options.signal },
          );
          reports['signed bundle'] = signedDir;
          return { value: join(signedDir, `${TEST_MODULE}.ko`), detail: `${manifest.modules.length} module(s) signed into ${signedDir} (${Object.values(bundle).length} metadata files)` };
        })
      : (log.skip('sign', 'no kernel build'), null);

    const verified = kernels && signed
      ? await log.run('verify', async () => {
          const cert = await readSigningCertificate(certOf(kernels.candidate));
          const verdict = await verifyModuleBytes(signed, await readFile(signed), { cert, kernelRelease: kernels.candidate.release });
          if (verdict.valid !== true || verdict.problems.length > 0) throw new Error(`signature does not verify: ${verdict.problems.join('; ') || 'invalid'}`);
          return { value: true, detail: `signer "${verdict.signer}", ${verdict.hashAlgo}, vermagic ${verdict.vermagic}` };
        })
      : (log.skip('verify', 'nothing signed'), null);

    let files: SignatureFiles | null = null;
    if (kernels && verified) {
      canary = await log.run('deploy', async () => {
        await requireTools(options.runner, ['qemu-system-riscv64', 'dpkg-deb', 'cpio', 'apt-get'], 'apt-get install qemu-system-misc cpio (see docs/canary.md)');
        files = await makeSignatureFiles({ module: kernels.candidate.testModule, certsDir: join(kernels.candidate.build, 'certs'), kernelBuild: kernels.candidate.build, hash: 'sha512', workDir: secrets, runner: options.runner, logger: options.logger });
        files.signed = signed!;
        const started = await startQemuCanary({
          name: QEMU_CANARY,
          cacheDir: join(options.repoRoot, '.cache', 'guest-debs'),
          workDir: join(out, 'qemu'),
          knownGood: { release: kernels.good.release, image: kernels.good.image },
          runner: options.runner,
          logger: options.logger,
          signal: options.signal,
        });
        reports['qemu console logs'] = join(out, 'qemu');
        const run = await executePlan(deployPlan(await started.node.state(), { release: kernels.candidate.release, image: kernels.candidate.image }, 120_000), {
          control: started.node,
          connect: started.connect,
          clock: options.clock,
          logger: options.logger,
          signal: options.signal,
        });
        if (run.failure) {
          await started.close();
          throw new Error(`${run.failure.step}: ${run.failure.message}`);
        }
        const first = started.firstBoot.facts?.bootToSshMs ?? 0;
        return { value: started, detail: `${QEMU_CANARY}: boot-to-SSH ${first} ms; slot b now runs ${run.after?.release} (new boot id ${run.after?.bootId?.slice(0, 8)}…)` };
      });
    } else log.skip('deploy', 'no verified build to deploy');

    await log.run('smoke', async () => {
      const bundles = (options.bundles ?? DEFAULT_BUNDLES).map((b) => (b.startsWith('/') ? b : join(options.repoRoot, b)));
      const virtual = await runSmoke({ outDir: results, logger: options.logger, signal: options.signal, env: options.env, virtual: [...bundles] });
      const canaries: CanaryResult[] = [...virtual.canaries];
      if (canary && files && kernels) {
        canaries.push(
          await smokeQemuCanary({
            connect: canary.connect,
            name: QEMU_CANARY,
            port: canary.node.sshPort ?? 0,
            expectedRelease: kernels.candidate.release,
            files,
            moduleName: TEST_MODULE,
            outDir: results,
            signal: options.signal,
            logger: options.logger,
            moduleDigests: await readModuleDigests(join(signedDir, SIGNATURES_FILE)),
          }),
        );
      }
      const combined: RunResults = { ...(await readResults(results)), canaries, run: { ...virtual.run, mode: canary ? 'mixed' : 'virtual', finishedAt: new Date(options.clock.now()).toISOString() } };
      await writeResults(results, combined);
      reports['results.json'] = join(results, 'results.json');
      reports['raw outputs'] = join(results, 'raw');
      const counts = canaries.map((c) => `${c.name}: ${summarize(c)}`).join('; ');
      return { value: true, detail: counts };
    });

    await log.run('reports', async () => {
      const ctx = await loadReportContext({ results: [results] });
      for (const [kind, file] of [['junit', 'junit.xml'], ['summary', 'summary.md'], ['metrics', 'metrics.prom']] as const) {
        const path = join(results, file);
        await writeFile(path, await renderReport(kind, ctx));
        reports[file] = path;
      }
      return { value: true, detail: 'junit.xml, summary.md, metrics.prom' };
    });

    const decision = await log.run('gate', async () => {
      const d = await runGate({ results: [results], attempt: 1, now: () => new Date(options.clock.now()) }, options.logger);
      const lines = describeDecision(d);
      await writeFile(join(results, 'gate.txt'), lines.join('\n') + '\n');
      reports['gate decision'] = join(results, 'gate.txt');
      for (const line of lines) options.logger.info(line);
      return { value: d, detail: `${d.verdict}: ${d.reasons.map((r) => `${r.canary ?? 'run'}: ${r.check}`).slice(0, 4).join(', ') || 'no findings'}` };
    });
    verdict = decision?.verdict ?? null;

    await log.run('rollback', async () => {
      if (!decision) throw new Error('no gate decision');
      const failed = [...new Set(decision.reasons.map((r) => r.canary).filter((c): c is string => c !== null))];
      const lines: string[] = [];
      if (decision.verdict === 'ROLLBACK' && canary) {
        // The bump failed on the fleet: every canary that got it goes back, the QEMU one for real.
        const back = await executePlan(rollbackPlan(knownGoodExpectation(await canary.node.state()), 120_000), { control: canary.node, connect: canary.connect, clock: options.clock, logger: options.logger, signal: options.signal });
        if (back.failure) throw new Error(`${QEMU_CANARY}: rollback failed at ${back.failure.step}: ${back.failure.message}`);
        lines.push(`${QEMU_CANARY}: back on ${back.after?.release} (new boot id ${back.after?.bootId?.slice(0, 8)}…)`);
      } else if (decision.verdict === 'PROMOTE' && canary) {
        const slot = (await canary.node.state()).tryOnce ?? 'b';
        await executePlan(promotePlan(slot), { control: canary.node, connect: canary.connect, clock: options.clock, logger: options.logger, signal: options.signal });
        lines.push(`${QEMU_CANARY}: slot ${slot} promoted`);
      }
      for (const name of failed.filter((n) => n !== QEMU_CANARY)) lines.push(`${name}: virtual (replayed capture): no bootloader to drive; on hardware its boot hooks run the same rollback plan`);
      return { value: true, detail: lines.join('; ') || `nothing to roll back (${decision.verdict})` };
    });
  } finally {
    if (canary) await (canary as QemuCanary).close().catch((error: unknown) => options.logger.warn(`qemu: ${messageOf(error)}`));
    await rm(secrets, { recursive: true, force: true });
  }

  const failedStage = log.records.some((r) => r.status === 'failed');
  const exitCode = failedStage ? ExitCode.Infra : verdict === 'PROMOTE' ? ExitCode.Pass : verdict === 'ROLLBACK' ? ExitCode.Fail : ExitCode.Infra;
  return { exitCode, stages: log.records, verdict, reports };
}

const certOf = (k: BuiltKernel): string => join(k.build, 'certs', 'signing_key.x509');
const keyOf = (k: BuiltKernel): string => join(k.build, 'certs', 'signing_key.pem');

function summarize(c: CanaryResult): string {
  const by = (s: string): number => c.steps.filter((x) => x.status === s).length;
  return `${by('pass')} pass, ${by('fail')} fail, ${by('error')} error, ${by('skip')} skip`;
}

/** A cold kernel build is minutes of silence otherwise: every 20 s, say how long and what make is at. */
async function withHeartbeat<T>(options: DemoOptions, what: string, log: string, fn: () => Promise<T>): Promise<T> {
  const started = options.clock.now();
  const timer = setInterval(() => {
    void readFile(log, 'utf8')
      .then((text) => text.trimEnd().split('\n').pop()?.trim() ?? '')
      .catch(() => '')
      .then((last) => options.logger.info(`  … ${what}: ${Math.round((options.clock.now() - started) / 1000)} s${last ? ` (${last.slice(0, 100)})` : ''}`));
  }, 20_000);
  timer.unref();
  try {
    return await fn();
  } finally {
    clearInterval(timer);
  }
}

async function requireTools(runner: CommandRunner, tools: readonly string[], hint: string): Promise<void> {
  const missing: string[] = [];
  for (const tool of tools) {
    const found = await runner.run({ argv: ['sh', '-c', 'command -v "$1"', 'sh', tool], timeoutMs: 10_000 }).catch(() => null);
    if (found?.exitCode !== 0) missing.push(tool);
  }
  if (missing.length > 0) throw new StageUnavailable(`not available here: ${missing.join(', ')} missing (${hint})`);
}

