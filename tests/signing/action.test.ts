import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ArtifactServiceStandIn, startArtifactService } from '../helpers/artifact-service.js';
import { ROOT } from '../helpers/paths.js';
import { makeKey, makeModule, modinfoField, type TestKey } from '../helpers/signing-lab.js';
import { requireTools } from '../helpers/skip.js';

const skip = requireTools(['openssl', 'gcc', 'objcopy', 'modinfo', 'unzip', 'sha256sum']);

/** Parses a GITHUB_OUTPUT file (name<<delimiter blocks, as @actions/core writes them). */
function readOutputs(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    while (lines[++i] !== m[2]) value.push(lines[i]!);
    out[m[1]!] = value.join('\n');
  }
  return out;
}

describe.skipIf(skip)('actions/sign-modules, bundled, against the local artifact-service stand-in', () => {
  let bundle: string;
  let service: ArtifactServiceStandIn;
  let work: string;
  let key: TestKey;
  beforeAll(async () => {
    bundle = mkdtempSync(join(tmpdir(), 'linkgate-action-dist-'));
    execFileSync('node', ['scripts/bundle.mjs', '--outdir', bundle], { cwd: ROOT, stdio: 'pipe' });
    service = await startArtifactService();
    work = mkdtempSync(join(tmpdir(), 'linkgate-action-'));
    key = makeKey(work, 'action');
  }, 120_000);
  afterAll(async () => service?.close());

  // Asynchronous on purpose: the stand-in server lives in this process, and spawnSync would block it.
  async function runAction(inputs: Record<string, string>, extraEnv: Record<string, string> = {}) {
    const runnerTemp = mkdtempSync(join(work, 'runner-temp-'));
    const outputs = join(runnerTemp, 'github-output');
    const summary = join(runnerTemp, 'step-summary');
    writeFileSync(outputs, '');
    writeFileSync(summary, '');
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      GITHUB_OUTPUT: outputs,
      GITHUB_STEP_SUMMARY: summary,
      RUNNER_TEMP: runnerTemp,
      GITHUB_JOB: 'sign',
      GITHUB_RUN_ID: '4242',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_REPOSITORY: 'octo/linkgate-user',
      GITHUB_SERVER_URL: 'https://github.com',
      ...service.env,
      ...extraEnv,
    };
    for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
    const r = await new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve, reject) => {
      const child = spawn('node', [join(bundle, 'sign-modules.js')], { env, cwd: work, stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
      child.on('error', reject);
      child.on('close', (status) => resolve({ status, stdout, stderr }));
    });
    return { ...r, outputs: readOutputs(outputs), summary: readFileSync(summary, 'utf8') };
  }

  it('signs, uploads real bytes, and publishes outputs that actions/attest can use', async () => {
    const modDir = join(work, 'modules');
    mkdirSync(join(modDir, 'kernel', 'drivers'), { recursive: true });
    const a = makeModule(join(modDir), 'nvlink_a');
    const b = makeModule(join(modDir, 'kernel', 'drivers'), 'nvlink_b');
    const image = join(work, 'Image');
    writeFileSync(image, Buffer.alloc(4096, 7));
    const pem = readFileSync(key.keyPem, 'utf8');
    const r = await runAction({
      modules: `${modDir}\n`,
      certificate: key.certDer,
      'signing-key': pem,
      'extra-files': image,
      'matrix-leg': '{"arch":"riscv64"}',
      'kernel-release': '6.1.192',
      hash: 'sha384',
    });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).not.toMatch(/::error::/);
    const name = 'signed-modules-sign-riscv64-run4242-attempt1';
    expect(r.outputs['artifact-name']).toBe(name);
    expect(r.outputs['module-count']).toBe('2');
    const upload = service.uploads.find((u) => u.name === name)!;
    expect(upload.finalized).toBe(true);
    expect(r.outputs['artifact-id']).toBe(String(upload.id));
    expect(r.outputs['artifact-digest']).toBe(createHash('sha256').update(upload.bytes).digest('hex'));
    expect(r.outputs['artifact-url']).toBe(`https://github.com/octo/linkgate-user/actions/runs/4242/artifacts/${upload.id}`);

    // The checksums file covers the signed modules, the extra file and signatures.json.
    const sums = readFileSync(r.outputs['subject-checksums']!, 'utf8');
    expect(sums.split('\n').filter(Boolean).map((l) => l.split('  ')[1])).toEqual(['Image', 'nvlink_a.ko', 'nvlink_b.ko', 'signatures.json']);
    execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: r.outputs['output-dir']! });

    // What was uploaded is exactly the bundle: unzip it and check it again.
    const unzipped = mkdtempSync(join(work, 'unzipped-'));
    writeFileSync(join(unzipped, 'artifact.zip'), upload.bytes);
    execFileSync('unzip', ['-q', 'artifact.zip', '-d', 'x'], { cwd: unzipped });
    execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: join(unzipped, 'x') });
    expect(readdirSync(join(unzipped, 'x')).sort()).toEqual(['Image', 'SHA256SUMS', 'nvlink_a.ko', 'nvlink_b.ko', 'signatures.json']);
    expect(modinfoField(join(unzipped, 'x', 'nvlink_b.ko'), 'sig_hashalgo')).toBe('sha384');

    const signatures = JSON.parse(readFileSync(r.outputs.signatures!, 'utf8'));
    expect(signatures.modules.map((m: { source: string }) => m.source)).toEqual([b, a]);
    expect(signatures.modules[1]).toMatchObject({ sha256Before: createHash('sha256').update(readFileSync(a)).digest('hex'), hashAlgo: 'sha384' });
    expect(r.summary).toContain('signed 2 module(s)');

    // The key: masked (every body line registered), never printed otherwise.
    const keyLines = pem.split('\n').filter((l) => l.length > 16 && !l.startsWith('-----'));
    const masks = r.stdout.split('\n').filter((l) => l.startsWith('::add-mask::'));
    for (const line of keyLines) expect(masks.some((m) => m.includes(line))).toBe(true);
    const printed = r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n') + r.stderr + readFileSync(r.outputs.signatures!, 'utf8');
    for (const line of keyLines) expect(printed).not.toContain(line);
    // And no key file is left in the runner's temp or the bundle.
    const leftovers = [r.outputs['output-dir']!, join(r.outputs['output-dir']!, '..')].flatMap((d) => readdirSync(d, { recursive: true, encoding: 'utf8' }));
    expect(leftovers.filter((f) => /key/i.test(f))).toEqual([]);
    for (const f of readdirSync(r.outputs['output-dir']!)) expect(readFileSync(join(r.outputs['output-dir']!, f), 'latin1')).not.toContain(keyLines[0]!);
  });

  it('fails the step with a clear message on bad inputs (no stack trace)', async () => {
    const both = await runAction({ modules: makeModule(work, 'bad_in'), certificate: key.certPem, 'signing-key': 'x', 'signing-key-file': key.keyPem });
    expect(both.status).toBe(1);
    expect(both.stdout).toContain('give exactly one of signing-key (a secret) or signing-key-file');
    const wrongRelease = await runAction({ modules: makeModule(work, 'old_rel'), certificate: key.certPem, 'signing-key-file': key.keyPem, 'kernel-release': '6.12.1', upload: 'false' });
    expect(wrongRelease.status).toBe(1);
    expect(wrongRelease.stdout).toMatch(/::error::.*does not match kernel release 6\.12\.1/);
    expect(wrongRelease.outputs['artifact-id']).toBeUndefined();
    for (const r of [both, wrongRelease]) expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
  });
});
