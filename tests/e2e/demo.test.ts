import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { RunResults } from '../../src/core/results.js';
import { kernelTree, KERNEL_TREE_TIMEOUT_MS } from '../helpers/kernel-tree.js';
import { ROOT } from '../helpers/paths.js';
import { requireTools } from '../helpers/skip.js';

const skip = requireTools(['qemu-system-riscv64', 'riscv64-linux-gnu-gcc', 'dpkg-deb', 'cpio', 'apt-get', 'openssl']);

/** `linkgate demo` end to end, exactly as a user runs it: the same flow is the CI's e2e test. */
describe.skipIf(skip)('linkgate demo', () => {
  let out = '';
  afterAll(async () => {
    if (out) await rm(out, { recursive: true, force: true });
  });

  it(
    'builds, signs, verifies, deploys to the QEMU canary and the virtual GPU canaries, gates and rolls back what failed',
    async () => {
      await kernelTree(); // the known-good kernel is the shared test tree: built once per run
      out = await mkdtemp(join(tmpdir(), 'linkgate-demo-'));
      const stdout: string[] = [];
      const stderr: string[] = [];
      const started = Date.now();
      const code = await main(['demo', '--out', out, '--json'], {
        stdout: (t) => stdout.push(t),
        stderr: (t) => stderr.push(t),
        env: process.env,
        cwd: ROOT,
        signal: new AbortController().signal,
      });
      console.log(`demo wall time: ${((Date.now() - started) / 1000).toFixed(1)} s`);
      const doc = JSON.parse(stdout.join('')) as { verdict: string; stages: { name: string; status: string; detail: string }[]; reports: Record<string, string> };
      const log = stderr.join('');
      expect(doc.stages.map((s) => [s.name, s.status])).toEqual([
        ['build', 'done'],
        ['sign', 'done'],
        ['verify', 'done'],
        ['deploy', 'done'],
        ['smoke', 'done'],
        ['reports', 'done'],
        ['gate', 'done'],
        ['rollback', 'done'],
      ]);
      // One virtual canary is degraded: the bump is rolled back, and so is the QEMU canary.
      expect(doc.verdict).toBe('ROLLBACK');
      expect(code).toBe(1);
      expect(doc.stages.find((s) => s.name === 'rollback')?.detail).toMatch(/qemu-riscv64: back on 6\.1\.192-linkgate \(new boot id/);

      const results = RunResults.parse(JSON.parse(await readFile(join(out, 'results', 'results.json'), 'utf8')));
      expect(results.run.mode).toBe('mixed');
      const qemu = results.canaries.find((c) => c.name === 'qemu-riscv64');
      expect(qemu?.facts.kernelRelease).toBe('6.1.192-linkgate-canary');
      const steps = Object.fromEntries((qemu?.steps ?? []).map((s) => [s.name, s]));
      expect(steps['module-signature']?.status).toBe('pass');
      expect(steps['preflight']?.status).toBe('pass');
      expect(steps['module-load']?.status).not.toBe('error');
      expect(steps['topology']).toMatchObject({ status: 'skip', reason: 'no NVIDIA GPU' });

      // Every report is where the demo says it is.
      for (const file of ['results.json', 'junit.xml', 'summary.md', 'metrics.prom', 'gate decision']) {
        expect(doc.reports[file], file).toBeDefined();
        await expect(stat(doc.reports[file]!)).resolves.toBeDefined();
        expect(log).toContain(doc.reports[file]!);
      }
      const junit = await readFile(doc.reports['junit.xml']!, 'utf8');
      expect(junit).toContain('module-signature');
      // No key material is left behind in the output.
      expect(log).not.toMatch(/PRIVATE KEY/);
    },
    2 * KERNEL_TREE_TIMEOUT_MS,
  );
});
