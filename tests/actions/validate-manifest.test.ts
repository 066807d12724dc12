import { describe, expect, it } from 'vitest';
import { runActionProcess } from '../helpers/action-runner.js';

describe('actions/validate-manifest, run the way the runner runs it', () => {
  it('passes on the example manifest and sets outputs and the summary', async () => {
    const run = await runActionProcess('validate-manifest', { manifest: 'fixtures/manifests/linkgate.example.yaml' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toEqual({ valid: 'true', 'problem-count': '0' });
    expect(run.summary).toContain('is valid');
    expect(run.annotations).toEqual([]);
  });

  it('fails with one annotation per problem, at its line and column', async () => {
    const file = 'fixtures/manifests/malformed/signing-two-key-sources.yaml';
    const run = await runActionProcess('validate-manifest', { manifest: file });
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toEqual({ valid: 'false', 'problem-count': '2' });
    expect(run.annotations).toContain(`::error title=linkgate.yaml,file=${file},line=4,col=5::signing.key: give exactly one of env or file`);
    expect(run.stdout).toContain(`::error::${file}: 2 problem(s)`);
    expect(run.summary).toContain('has 2 problem(s)');
  });

  it('a missing manifest is a clear failure, not a crash', async () => {
    const run = await runActionProcess('validate-manifest', { manifest: 'nope.yaml' });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('::error::cannot read manifest nope.yaml: ENOENT');
    expect(run.stdout).not.toMatch(/\n\s+at /);
  });
});
