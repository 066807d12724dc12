import { mkdir, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { uniqueArtifactName } from '../artifacts/artifact-name.js';
import type { StoredArtifact } from '../artifacts/store.js';
import { UsageError } from '../core/errors.js';
import { ExitCode } from '../core/exit-codes.js';
import { buildSignedBundle } from '../signing/bundle.js';
import { expandModulePaths } from '../signing/module-paths.js';
import { readSigningCertificate } from '../signing/sign-modules.js';
import { HASH_ALGOS } from '../signing/signer.js';
import { verifyModuleBytes } from '../signing/verify-module.js';
import { GitHubArtifactStore } from './github-artifact-store.js';
import type { ActionDefinition } from './run-action.js';

const Settings = z
  .object({
    modules: z.array(z.string()).min(1),
    certificate: z.string(),
    signingKey: z.string().optional(),
    signingKeyFile: z.string().optional(),
    hash: z.enum(HASH_ALGOS as [string, ...string[]]).default('sha256'),
    method: z.enum(['auto', 'sign-file', 'openssl']).default('auto'),
    kernelTree: z.string().optional(),
    strip: z.boolean().default(false),
    crossCompile: z.string().default(''),
    extraFiles: z.array(z.string()).default([]),
    outputDir: z.string().optional(),
    artifactName: z.string().default('signed-modules'),
    matrixLeg: z.string().optional(),
    upload: z.boolean().default(true),
    retentionDays: z.coerce.number().int().min(1).max(90).optional(),
    kernelRelease: z.string().optional(),
  })
  .refine((s) => (s.signingKey === undefined) !== (s.signingKeyFile === undefined), {
    message: 'give exactly one of signing-key (a secret) or signing-key-file',
    path: ['signingKey'],
  });

/**
 * Signs kernel modules, proves every signature, and uploads the signed bytes with signatures.json
 * and SHA256SUMS as one artifact; SHA256SUMS doubles as actions/attest's `subject-checksums`.
 */
export const signModulesAction: ActionDefinition<typeof Settings> = {
  name: 'sign-modules',
  inputs: {
    modules: { required: true, kind: 'list' },
    certificate: { required: true },
    'signing-key': { secret: true },
    'signing-key-file': {},
    hash: {},
    method: {},
    'kernel-tree': {},
    strip: { kind: 'boolean' },
    'cross-compile': {},
    'extra-files': { kind: 'list' },
    'output-dir': {},
    'artifact-name': {},
    'matrix-leg': {},
    upload: { kind: 'boolean' },
    'retention-days': {},
    'kernel-release': {},
  },
  outputs: ['artifact-id', 'artifact-digest', 'artifact-name', 'artifact-url', 'subject-checksums', 'signatures', 'output-dir', 'module-count'],
  settings: Settings,
  async run(s, ctx) {
    const modules = await expandModulePaths(s.modules);
    const name = uniqueArtifactName(s.artifactName, ctx.env, s.matrixLeg);
    const outputDir = s.outputDir ?? join(ctx.env.RUNNER_TEMP ?? tmpdir(), `linkgate-${name}`);
    await mkdir(outputDir, { recursive: true });
    if ((await readdir(outputDir)).length > 0) throw new UsageError(`output-dir ${outputDir} is not empty`);
    const key = s.signingKey !== undefined ? { pem: s.signingKey, label: 'input signing-key' } : { file: s.signingKeyFile! };
    const deps = { runner: ctx.runner, logger: ctx.logger, env: ctx.env, signal: ctx.signal };
    const { manifest, bundle } = await ctx.logger.group(`sign ${modules.length} module(s)`, () =>
      buildSignedBundle(outputDir, {
        modules, certPath: s.certificate, key, hash: s.hash as (typeof HASH_ALGOS)[number], method: s.method,
        ...(s.kernelTree ? { kernelTree: s.kernelTree } : {}), strip: s.strip, crossCompile: s.crossCompile || (ctx.env.CROSS_COMPILE ?? ''),
      }, s.extraFiles, deps),
    );
    ctx.setOutput('subject-checksums', bundle.sumsPath);
    ctx.setOutput('signatures', bundle.signaturesPath);
    ctx.setOutput('output-dir', outputDir);
    ctx.setOutput('module-count', String(manifest.modules.length));
    ctx.setOutput('artifact-name', name);

    const problems = s.kernelRelease === undefined ? [] : await vermagicProblems(outputDir, manifest.modules.map((m) => m.file), s.certificate, s.kernelRelease);
    for (const p of problems) ctx.logger.error(p);

    let artifact: StoredArtifact | null = null;
    if (s.upload) {
      const store = new GitHubArtifactStore(ctx.env);
      artifact = await ctx.logger.group(`upload artifact ${name}`, () =>
        store.upload({ name, rootDir: outputDir, files: bundle.files, ...(s.retentionDays ? { retentionDays: s.retentionDays } : {}) }),
      );
      ctx.setOutput('artifact-id', artifact.id);
      ctx.setOutput('artifact-digest', artifact.digest);
      ctx.setOutput('artifact-url', artifact.location);
    }
    await ctx.summary(summary(manifest.modules, name, artifact, problems));
    return problems.length > 0
      ? { exitCode: ExitCode.Fail, failureMessage: `${problems.length} module(s) were built for another kernel than ${s.kernelRelease}` }
      : { exitCode: ExitCode.Pass };
  },
};

async function vermagicProblems(dir: string, files: string[], certPath: string, kernelRelease: string): Promise<string[]> {
  const cert = await readSigningCertificate(certPath);
  const problems: string[] = [];
  for (const file of files) {
    const v = await verifyModuleBytes(file, await readFile(join(dir, file)), { cert, kernelRelease });
    problems.push(...v.problems.map((p) => `${file}: ${p}`));
  }
  return problems;
}

function summary(modules: { file: string; signer: string | null; keyId: string; hashAlgo: string; sha256After: string }[], name: string, artifact: StoredArtifact | null, problems: string[]): string {
  const rows = modules.map((m) => `| \`${m.file}\` | ${m.signer ?? ''} | \`${m.keyId}\` | ${m.hashAlgo} | \`${m.sha256After.slice(0, 16)}…\` |`);
  return [
    `### linkgate: signed ${modules.length} module(s)`,
    '',
    '| module | signer | sig_key | hash | sha256 |',
    '|---|---|---|---|---|',
    ...rows,
    '',
    artifact ? `Artifact **${name}** (id ${artifact.id}, digest \`sha256:${artifact.digest}\`): ${artifact.location}` : `Artifact **${name}** not uploaded (upload: false).`,
    ...problems.map((p) => `- :x: ${p}`),
    '',
  ].join('\n');
}
