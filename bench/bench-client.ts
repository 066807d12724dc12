// The linkgate side of the benchmarks, bundled like dist/ (ssh2 without native addons). Reads its
// job from $BENCH_JOB (JSON) and prints one JSON line with timings and peak memory.
import { readFileSync } from 'node:fs';
import { StreamLogger } from '../src/core/logger.js';
import { connectSsh } from '../src/remote/connect.js';
import { commandSteps } from '../src/remote/command-steps.js';
import { runFanOut, summarizeFanOut } from '../src/remote/fanout.js';
import type { SshTarget } from '../src/remote/ssh-target.js';

const job = JSON.parse(process.env.BENCH_JOB ?? '{}');
const logger = new StreamLogger(() => undefined);
const started = performance.now();

if (job.kind === 'fanout') {
  const targets: SshTarget[] = job.targets;
  const outcomes = await runFanOut(targets, {
    concurrency: job.concurrency,
    nameOf: (t) => t.name,
    connect: (t, signal) => connectSsh(t, { logger, signal, retry: { attempts: 4, initialDelayMs: 200, maxDelayMs: 2000 } }),
    work: commandSteps(job.steps),
    logger,
  });
  const wallMs = performance.now() - started;
  const slowestStepsMs = Math.max(...outcomes.map((o) => (o.value ?? []).reduce((sum, s) => sum + (s.result?.durationMs ?? 0), 0)));
  console.log(JSON.stringify({ wallMs, slowestStepsMs, summary: summarizeFanOut(outcomes), maxRssKB: process.resourceUsage().maxRSS }));
} else if (job.kind === 'put') {
  const host = await connectSsh(job.target, { logger });
  const connected = performance.now();
  const timings: { ms: number; skipped: boolean }[] = [];
  for (let i = 0; i < job.times; i++) {
    const t0 = performance.now();
    const result = await host.put(job.local, job.remote);
    timings.push({ ms: performance.now() - t0, skipped: result.skipped });
  }
  await host.close();
  console.log(JSON.stringify({ endToEndMs: performance.now() - started, connectMs: connected - started, timings, size: readFileSync(job.local).length }));
}
process.exit(0);
