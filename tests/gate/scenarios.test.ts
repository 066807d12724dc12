import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fixture } from '../helpers/paths.js';
import { requireTools } from '../helpers/skip.js';
import { freePort, makeKey } from '../helpers/sshd.js';

/**
 * The gate's scenario table (issue 10) end to end on real results directories:
 * `linkgate smoke --virtual <scenario> --out DIR` (a real SSH endpoint replaying real captures) then
 * `linkgate gate --results DIR --json`. Every reason comes from what the smoke steps wrote.
 */
interface Expected {
  verdict: 'PROMOTE' | 'ROLLBACK' | 'INCONCLUSIVE';
  exit: number;
  /** Each must match one reason as `check: message`. */
  reasons: RegExp[];
}

const SCENARIOS: Record<string, Expected> = {
  'h100-nv18-healthy': { verdict: 'PROMOTE', exit: 0, reasons: [] },
  'gb300-tray-allreduce': { verdict: 'PROMOTE', exit: 0, reasons: [] },
  // The only public 8x A100 topo -m captures are cut: the topology step cannot see every pair (error).
  'a100-nv12-healthy': { verdict: 'INCONCLUSIVE', exit: 3, reasons: [/^topology: topology: nvlinks-per-pair: topo -m did not show 3 pair\(s\)/] },
  'nvlink-degraded': { verdict: 'ROLLBACK', exit: 1, reasons: [/^topology\/nvlinks-active: nvlink-degraded: GPU0↔GPU1: 10\/12 NVLinks active, links 2, 3 inactive$/] },
  'xid79-fallen-off-bus': { verdict: 'ROLLBACK', exit: 1, reasons: [/^xid: xid79-fallen-off-bus: Xid 79 \(.*\) on 0003:00:00, fatal$/] },
  'xid74-nvlink-error': { verdict: 'ROLLBACK', exit: 1, reasons: [/^xid: xid74-nvlink-error: Xid 74 \(NVLink error\) on 0003:00:00, fatal$/] },
  'unsigned-module-rejected': {
    verdict: 'ROLLBACK',
    exit: 1,
    reasons: [/^module-load\/load: .*Required key not available/, /^module-load\/kernel-log:module-rejected: /],
  },
  'nvrm-api-mismatch': { verdict: 'ROLLBACK', exit: 1, reasons: [/^module-load\/kernel-log:api-mismatch: .*client 535\.171\.04 vs kernel module 535\.161\.07/] },
  'iommu-faults': { verdict: 'ROLLBACK', exit: 1, reasons: [/^iommu: iommu-faults: IOMMU fault \(intel-dmar\) from device 00:16\.7$/] },
};

const skip = requireTools(['ssh-keygen']);
let work: string;

async function cli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env, cwd: work, signal: new AbortController().signal });
  return { code, stdout, stderr };
}

interface GateDoc {
  verdict: string;
  reasons: { canary: string | null; check: string; message: string }[];
  method: { decidedBy: string; warnings: { canary: string | null; check: string; message: string }[] };
}

/** smoke → gate on a fresh results directory; returns the gate's exit code and JSON document. */
async function smokeThenGate(name: string, smokeArgs: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; doc: GateDoc; out: string }> {
  const out = join(work, name);
  const smoke = await cli(['smoke', ...smokeArgs, '--out', out], env);
  expect(smoke.stderr).not.toMatch(/\n\s+at /);
  expect(readFileSync(join(out, 'results.json'), 'utf8')).toContain('"schemaVersion": 1');
  const gate = await cli(['gate', '--results', out, '--json']);
  expect(gate.stdout.trim().split('\n')).toHaveLength(1);
  return { code: gate.code, doc: JSON.parse(gate.stdout) as GateDoc, out };
}

/** A copy of a scenario bundle with another name and role (test-only; the captured outputs are untouched). */
function bundleCopy(scenario: string, name: string, edit: { control?: boolean }): string {
  const dir = join(work, `bundle-${name}`);
  cpSync(fixture('scenarios', scenario), dir, { recursive: true });
  const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8'));
  meta.name = name;
  if (edit.control !== undefined) meta.node.control = edit.control;
  writeFileSync(join(dir, 'meta.json'), JSON.stringify(meta, null, 2));
  return dir;
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'linkgate-gate-scenarios-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.skipIf(skip)('linkgate smoke --virtual SCENARIO, then linkgate gate --results DIR --json', () => {
  it.each(Object.entries(SCENARIOS).map(([name, expected]) => [name, expected.verdict, expected] as const))('%s → %s', async (name, _verdict, expected) => {
    const { code, doc } = await smokeThenGate(name, ['--virtual', fixture('scenarios', name)]);
    const lines = doc.reasons.map((r) => `${r.check}: ${r.message}`);
    expect(doc.verdict, lines.join('\n')).toBe(expected.verdict);
    expect(code).toBe(expected.exit);
    expect(lines).toHaveLength(expected.reasons.length);
    for (const pattern of expected.reasons) expect(lines.some((l) => pattern.test(l)), `${pattern} in\n${lines.join('\n')}`).toBe(true);
    for (const reason of doc.reasons) expect(reason.canary).toBe(name);
  }, 60_000);

  it('a control canary (known-good build) failing too: INCONCLUSIVE, the bumped canary\'s Xid kept as a warning', async () => {
    const control = bundleCopy('xid74-nvlink-error', 'control-01', { control: true });
    const { code, doc } = await smokeThenGate('control-fails', ['--virtual', fixture('scenarios', 'xid74-nvlink-error'), '--virtual', control]);
    expect(doc.verdict).toBe('INCONCLUSIVE');
    expect(code).toBe(3);
    expect(doc.method.decidedBy).toBe('infrastructure');
    expect(doc.reasons).toEqual([{ canary: 'control-01', check: 'control', message: expect.stringMatching(/^control canary \(known-good build\) fails too: module-load: .*Xid 74/) }]);
    expect(doc.method.warnings).toContainEqual({ canary: 'xid74-nvlink-error', check: 'xid', message: expect.stringMatching(/Xid 74 .*fatal \(not judged: infrastructure trouble\)$/) });
  }, 60_000);

  it('one host unreachable (a manifest canary on a closed loopback port) next to a healthy one: INCONCLUSIVE naming the host', async () => {
    const key = makeKey(work, 'client-key');
    const pin = makeKey(work, 'host-key').fingerprint;
    const port = await freePort();
    const manifest = join(work, 'linkgate.yaml');
    writeFileSync(
      manifest,
      ['version: 1', 'canaries:', '  - name: canary-gone', '    host: 127.0.0.1', `    port: ${port}`, '    user: root', `    hostKeys: ["${pin}"]`, ''].join('\n'),
    );
    const { code, doc, out } = await smokeThenGate('unreachable', ['--manifest', manifest, '--virtual', fixture('scenarios', 'h100-nv18-healthy')], { SSH_PRIVATE_KEY: key.privateKey });
    expect(doc.verdict).toBe('INCONCLUSIVE');
    expect(code).toBe(3);
    expect(doc.reasons).toEqual([{ canary: 'canary-gone', check: 'host', message: `canary-gone (127.0.0.1): unreachable` }]);
    // The healthy canary was still tested and its topology exported next to results.json.
    const db = JSON.parse(readFileSync(join(out, 'topology.json'), 'utf8'));
    expect(db.nodes.map((n: { node: string }) => n.node)).toEqual(['h100-nv18-healthy']);
  }, 60_000);
});

describe.skipIf(skip)('linkgate topology --from DIR on a smoke results directory', () => {
  it('h100-nv18-healthy: gres.conf from the replayed topo -m, and topology.json next to results.json', async () => {
    const out = join(work, 'topology-h100');
    expect((await cli(['smoke', '--virtual', fixture('scenarios', 'h100-nv18-healthy'), '--out', out])).code).toBe(0);
    const gres = await cli(['topology', 'gres', '--from', out]);
    expect(gres.code).toBe(0);
    const lines = gres.stdout.trim().split('\n');
    expect(lines).toHaveLength(8);
    // NV18 between every pair of the 8 GPUs, as the capture prints it.
    expect(lines[0]).toMatch(/^NodeName=h100-nv18-healthy Name=gpu File=\/dev\/nvidia0 Links=-1,18,18,18,18,18,18,18\b/);
    expect(lines[7]).toMatch(/File=\/dev\/nvidia7 Links=18,18,18,18,18,18,18,-1\b/);
    const db = JSON.parse(readFileSync(join(out, 'topology.json'), 'utf8'));
    expect(db).toMatchObject({ schemaVersion: 1, nodes: [{ node: 'h100-nv18-healthy', islands: [[0, 1, 2, 3, 4, 5, 6, 7]] }] });
    expect(db.gpus).toHaveLength(8);
    expect(db.gpus[3]).toMatchObject({ node: 'h100-nv18-healthy', gpu: 3, island: 'h100-nv18-healthy/0', adjacency: { '0': 18, '7': 18 } });
    // The same DB as `linkgate topology db --from DIR` builds from results.json.
    expect(JSON.parse((await cli(['topology', 'db', '--from', out])).stdout)).toEqual(db);
  }, 60_000);
});
