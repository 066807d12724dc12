import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GitHubArtifactStore } from '../../src/actions/github-artifact-store.js';
import { matrixLegLabel, uniqueArtifactName } from '../../src/artifacts/artifact-name.js';
import { LocalDirectoryStore } from '../../src/artifacts/local-directory-store.js';
import { formatSha256Sums } from '../../src/signing/signing-manifest.js';
import { type ArtifactServiceStandIn, startArtifactService } from '../helpers/artifact-service.js';
import { requireTools } from '../helpers/skip.js';

const skip = requireTools(['unzip', 'sha256sum']);
const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

function bundleDir(): { dir: string; files: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'linkgate-bundle-'));
  const files = ['a.ko', 'b.ko', 'Image.gz'];
  for (const [i, f] of files.entries()) writeFileSync(join(dir, f), Buffer.from(`payload ${i} `.repeat(1000 + i * 500)));
  writeFileSync(join(dir, 'SHA256SUMS'), formatSha256Sums(files.map((f) => ({ name: f, sha256: sha256(readFileSync(join(dir, f))) }))));
  return { dir, files: [...files, 'SHA256SUMS'] };
}

describe('artifact names', () => {
  it('are unique per job, matrix leg and run attempt, and safe for the service', () => {
    const env = { GITHUB_JOB: 'build', GITHUB_RUN_ID: '123', GITHUB_RUN_ATTEMPT: '2' };
    expect(uniqueArtifactName('signed-modules', env, '{"arch":"riscv64","kernel":"6.1"}')).toBe('signed-modules-build-riscv64-6.1-run123-attempt2');
    expect(uniqueArtifactName('signed-modules', { ...env, GITHUB_RUN_ATTEMPT: '3' })).toBe('signed-modules-build-run123-attempt3');
    expect(uniqueArtifactName('mods', env, 'leg: a/b\\c*?"<>|')).toBe('mods-build-leg-a-b-c-run123-attempt2');
    expect(uniqueArtifactName('x', {}, '')).toBe('x');
    const long = uniqueArtifactName('m'.repeat(300), env);
    expect(long.length).toBeLessThanOrEqual(200);
    expect(long.endsWith('-run123-attempt2')).toBe(true);
  });
  it('reads matrix legs given as toJSON(matrix), nested or plain', () => {
    expect(matrixLegLabel('{"b":{"x":1},"a":"z"}')).toBe('z-1');
    expect(matrixLegLabel('null')).toBe('');
    expect(matrixLegLabel('not json {')).toBe('not json {');
  });
});

describe.skipIf(skip)('LocalDirectoryStore', () => {
  it('stores DIR/NAME with the same relative files, refuses a second upload under the name', async () => {
    const { dir, files } = bundleDir();
    const base = mkdtempSync(join(tmpdir(), 'linkgate-store-'));
    const store = new LocalDirectoryStore(base);
    const stored = await store.upload({ name: 'signed-modules', rootDir: dir, files });
    expect(stored.location).toBe(join(base, 'signed-modules'));
    execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: stored.location });
    const listing = formatSha256Sums(files.map((f) => ({ name: f, sha256: sha256(readFileSync(join(dir, f))) })));
    expect(stored.digest).toBe(sha256(Buffer.from(listing)));
    await expect(store.upload({ name: 'signed-modules', rootDir: dir, files })).rejects.toThrow(/already exists/);
    await expect(store.upload({ name: '../escape', rootDir: dir, files })).rejects.toThrow(/not a plain name/);
    await expect(store.upload({ name: 'other', rootDir: dir, files: ['../../etc/passwd'] })).rejects.toThrow(/not a safe relative path/);
    await expect(store.upload({ name: 'missing', rootDir: dir, files: ['nope.ko'] })).rejects.toThrow(/storing artifact missing/);
  });
});

describe.skipIf(skip)('GitHubArtifactStore against the local artifact-service stand-in', () => {
  let service: ArtifactServiceStandIn;
  const saved: Record<string, string | undefined> = {};
  beforeAll(async () => {
    service = await startArtifactService();
    for (const [k, v] of Object.entries({ ...service.env, GITHUB_SERVER_URL: 'https://github.com', ACTIONS_ARTIFACT_UPLOAD_TIMEOUT_MS: '20000' })) {
      saved[k] = process.env[k];
      process.env[k] = v;
    }
  });
  afterAll(async () => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    await service.close();
  });

  it('@actions/artifact completes a real upload; the zip holds exactly our bytes', async () => {
    const { dir, files } = bundleDir();
    const store = new GitHubArtifactStore({ ...process.env, GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '77' });
    const stored = await store.upload({ name: 'signed-modules-t1', rootDir: dir, files, retentionDays: 3 });
    const upload = service.uploads.find((u) => u.name === 'signed-modules-t1')!;
    expect(upload.finalized).toBe(true);
    expect(stored.id).toBe(String(upload.id));
    expect(stored.digest).toBe(createHash('sha256').update(upload.bytes).digest('hex'));
    expect(stored.location).toBe(`https://github.com/o/r/actions/runs/77/artifacts/${upload.id}`);
    expect(service.calls).toEqual(expect.arrayContaining([
      'POST /twirp/github.actions.results.api.v1.ArtifactService/CreateArtifact',
      expect.stringMatching(/^PUT .*\?comp=block$/),
      expect.stringMatching(/^PUT .*\?comp=blocklist$/),
      'POST /twirp/github.actions.results.api.v1.ArtifactService/FinalizeArtifact',
    ]));
    const out = mkdtempSync(join(tmpdir(), 'linkgate-unzip-'));
    writeFileSync(join(out, 'a.zip'), upload.bytes);
    mkdirSync(join(out, 'x'));
    execFileSync('unzip', ['-q', join(out, 'a.zip'), '-d', join(out, 'x')]);
    execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: join(out, 'x') });
    for (const f of files) expect(readFileSync(join(out, 'x', f)).equals(readFileSync(join(dir, f)))).toBe(true);
  }, 60_000);

  it('a second upload under the same name is a usage error naming the matrix-leg fix', async () => {
    const { dir, files } = bundleDir();
    const store = new GitHubArtifactStore(process.env);
    await store.upload({ name: 'dup', rootDir: dir, files });
    await expect(store.upload({ name: 'dup', rootDir: dir, files })).rejects.toMatchObject({ actor: 'user', message: expect.stringMatching(/already exists.*matrix-leg/) });
  }, 60_000);

  it('without the runtime token it is an infrastructure error that says why', async () => {
    const { dir, files } = bundleDir();
    await expect(new GitHubArtifactStore({}).upload({ name: 'n', rootDir: dir, files })).rejects.toMatchObject({
      actor: 'infra', message: expect.stringContaining('ACTIONS_RUNTIME_TOKEN is not set'),
    });
  });
});
