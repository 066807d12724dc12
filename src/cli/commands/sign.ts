import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalDirectoryStore } from '../../artifacts/local-directory-store.js';
import type { StoredArtifact } from '../../artifacts/store.js';
import { UsageError } from '../../core/errors.js';
import { ExitCode } from '../../core/exit-codes.js';
import { buildSignedBundle } from '../../signing/bundle.js';
import type { KeySource } from '../../signing/key-material.js';
import { expandModulePaths } from '../../signing/module-paths.js';
import { type SignModulesOptions, signModules } from '../../signing/sign-modules.js';
import { HASH_ALGOS, type HashAlgo } from '../../signing/signer.js';
import type { SigningManifest } from '../../signing/signing-manifest.js';
import { boolOpt, type Command, type ParsedArgs, stringOpt, stringsOpt } from '../command.js';

const METHODS = ['auto', 'sign-file', 'openssl'] as const;

export const signCommand: Command = {
  name: 'sign',
  summary: 'Sign kernel modules',
  usage: `linkgate sign --key KEY.pem|--key-env VAR --cert CERT [--hash sha256] [--strip] MODULE.ko...

MODULE may be a directory: every *.ko below it is signed.

  --key FILE            private key (PEM); or
  --key-env VAR         private key PEM in environment variable VAR (a CI secret)
  --cert CERT           the certificate (PEM or DER); PEM may also hold the key (certs/signing_key.pem)
  --hash ALGO           sha256 (default), sha384 or sha512
  --method M            auto (default: the kernel tree's scripts/sign-file if present, else openssl),
                        sign-file or openssl
  --kernel-tree DIR     kernel build tree (O= dir) holding scripts/sign-file
  --strip               strip debug info first: \${CROSS_COMPILE}strip --strip-debug
  --cross-compile PFX   strip tool prefix (default: $CROSS_COMPILE, else the host's strip)
  --out DIR             publish to a local artifact store: DIR/NAME/ gets the signed modules,
                        signatures.json and SHA256SUMS (sha256sum -c compatible);
                        without --out, modules are signed in place
  --artifact-name NAME  the artifact's name in DIR (default signed-modules)
  --extra FILE          also publish FILE (kernel image, metadata) in the artifact; repeatable

An existing signature is replaced, never stacked. Every signature is verified by linkgate before
the module is written. --json prints {"signatures": <signatures.json>, "artifact": {...}|null}.`,
  options: {
    key: { type: 'string' },
    'key-env': { type: 'string' },
    cert: { type: 'string' },
    hash: { type: 'string' },
    method: { type: 'string' },
    'kernel-tree': { type: 'string' },
    strip: { type: 'boolean' },
    'cross-compile': { type: 'string' },
    out: { type: 'string' },
    'artifact-name': { type: 'string' },
    extra: { type: 'string', multiple: true },
  },
  positionals: [1, Infinity],
  async run(args, ctx) {
    const options = { ...readOptions(args, ctx.env), modules: await expandModulePaths(args.positionals) };
    const deps = { runner: ctx.runner, logger: ctx.logger, env: ctx.env, signal: ctx.signal };
    const out = stringOpt(args, 'out');
    const extras = stringsOpt(args, 'extra');
    if (!out && extras.length > 0) throw new UsageError('--extra needs --out (extra files are published with the artifact)');
    let manifest: SigningManifest;
    let artifact: StoredArtifact | null = null;
    if (out) {
      const staging = await mkdtemp(join(tmpdir(), 'linkgate-bundle-'));
      try {
        const built = await buildSignedBundle(staging, options, extras, deps);
        manifest = built.manifest;
        const name = stringOpt(args, 'artifact-name') ?? 'signed-modules';
        artifact = await new LocalDirectoryStore(out).upload({ name, rootDir: staging, files: built.bundle.files });
        ctx.logger.info(`stored artifact ${artifact.name} at ${artifact.location} (digest ${artifact.digest}); check with: cd ${artifact.location} && sha256sum -c SHA256SUMS`);
      } finally {
        await rm(staging, { recursive: true, force: true });
      }
    } else {
      manifest = await signModules(options, deps);
    }
    if (boolOpt(args, 'json')) ctx.stdout(`${JSON.stringify({ signatures: manifest, artifact })}\n`);
    return ExitCode.Pass;
  },
};

function readOptions(args: ParsedArgs, env: NodeJS.ProcessEnv): Omit<SignModulesOptions, 'outDir'> {
  const keyFile = stringOpt(args, 'key');
  const keyEnv = stringOpt(args, 'key-env');
  if ((keyFile === undefined) === (keyEnv === undefined)) throw new UsageError('give exactly one of --key FILE or --key-env VAR');
  const key: KeySource = keyFile !== undefined ? { file: keyFile } : { env: keyEnv! };
  const certPath = stringOpt(args, 'cert');
  if (!certPath) throw new UsageError('--cert is required');
  const hash = stringOpt(args, 'hash') ?? 'sha256';
  if (!HASH_ALGOS.includes(hash as HashAlgo)) throw new UsageError(`--hash ${hash}: expected one of ${HASH_ALGOS.join(', ')}`);
  const method = stringOpt(args, 'method') ?? 'auto';
  if (!(METHODS as readonly string[]).includes(method)) throw new UsageError(`--method ${method}: expected one of ${METHODS.join(', ')}`);
  const kernelTree = stringOpt(args, 'kernel-tree');
  return {
    modules: args.positionals,
    certPath,
    key,
    hash: hash as HashAlgo,
    method: method as (typeof METHODS)[number],
    ...(kernelTree ? { kernelTree } : {}),
    strip: boolOpt(args, 'strip'),
    crossCompile: stringOpt(args, 'cross-compile') ?? env.CROSS_COMPILE ?? '',
  };
}
