import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryLogger } from '../../src/core/logger.js';
import { rawPath, readResults } from '../../src/smoke/results-dir.js';
import { runSmoke, smokeExitCode } from '../../src/smoke/run.js';
import { fixture } from '../helpers/paths.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** The healthy H100 bundle, with `nvidia-smi topo -m` answering only after `delayMs`. */
function slowTopologyBundle(delayMs: number, suite: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'linkgate-slow-bundle-'));
  dirs.push(dir);
  cpSync(fixture('scenarios', 'h100-nv18-healthy'), dir, { recursive: true });
  const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8'));
  for (const c of meta.commands) if (c.label === 'topo') c.replayDelayMs = delayMs;
  meta.suite = { ...meta.suite, ...suite };
  writeFileSync(join(dir, 'meta.json'), JSON.stringify(meta));
  return dir;
}

function outDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'linkgate-out-'));
  dirs.push(dir);
  return dir;
}

describe('a step that runs past its timeout', () => {
  it('ends error with the timeout as reason, kills the command, and keeps results.json and raw/ complete', async () => {
    const bundle = slowTopologyBundle(600_000, { timeoutsS: { topology: 2 }, steps: ['preflight', 'module-load', 'topology', 'dcgm-diag'] });
    const out = outDir();
    const started = Date.now();
    const results = await runSmoke({ outDir: out, logger: new MemoryLogger(), signal: new AbortController().signal, env: {}, virtual: [bundle] });
    expect(Date.now() - started).toBeLessThan(20_000);
    const steps = results.canaries[0]!.steps;
    expect(steps.map((s) => [s.name, s.status])).toEqual([
      ['preflight', 'pass'],
      ['module-load', 'pass'],
      ['topology', 'error'],
      // the node is fine, only slow: later steps still run (dcgmi is not installed here and there is no GPU)
      ['dcgm-diag', 'skip'],
    ]);
    expect(steps[2]!.reason).toBe('step timed out after 2 s');
    const read = await readResults(out);
    expect(read.run.complete).toBe(true);
    const topoRaw = read.canaries[0]!.steps[2]!.raw;
    expect(topoRaw.filter((n) => n.endsWith('.json'))).toHaveLength(1);
    for (const name of topoRaw) expect(existsSync(rawPath(out, name)), name).toBe(true);
    const record = JSON.parse(readFileSync(rawPath(out, topoRaw.find((n) => n.endsWith('.json'))!), 'utf8'));
    expect(record.argv).toEqual(['nvidia-smi', 'topo', '-m']);
    expect(record.timedOut || record.cancelled).toBe(true);
    expect(record.exitCode).toBeNull();
    expect(smokeExitCode(read)).toBe(3);
  }, 40_000);
});

describe('a cancelled run (SIGTERM on the runner)', () => {
  it('stops the running step, skips the rest, and leaves a valid, incomplete results.json', async () => {
    const bundle = slowTopologyBundle(600_000, { steps: ['preflight', 'module-load', 'topology', 'peer-bandwidth', 'training-step'] });
    const out = outDir();
    const controller = new AbortController();
    const logger = new MemoryLogger();
    const run = runSmoke({ outDir: out, logger, signal: controller.signal, env: {}, virtual: [bundle] });
    // cancel once topology is waiting on the slow command
    const deadline = Date.now() + 15_000;
    while (!logger.lines.some((l) => /module-load: pass/.test(l)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 500));
    controller.abort(new Error('received SIGTERM'));
    const results = await run;
    const steps = results.canaries[0]!.steps;
    expect(steps.map((s) => [s.name, s.status])).toEqual([
      ['preflight', 'pass'],
      ['module-load', 'pass'],
      ['topology', 'error'],
      ['peer-bandwidth', 'skip'],
      ['training-step', 'skip'],
    ]);
    expect(steps[2]!.reason).toMatch(/run cancelled \(received SIGTERM\)/);
    expect(steps[3]!.reason).toMatch(/run cancelled before this step/);
    const read = await readResults(out);
    expect(read.run.complete).toBe(false);
    expect(read.run.finishedAt).not.toBeNull();
    for (const name of read.canaries[0]!.steps.flatMap((s) => s.raw)) expect(existsSync(rawPath(out, name)), name).toBe(true);
    expect(smokeExitCode(read)).toBe(3);
  }, 40_000);
});
