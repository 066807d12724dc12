import { readFile } from 'node:fs/promises';
import { ExitCode } from '../../core/exit-codes.js';
import { expandModulePaths } from '../../signing/module-paths.js';
import { readSigningCertificate } from '../../signing/sign-modules.js';
import { type ModuleVerdict, verifyModuleBytes } from '../../signing/verify-module.js';
import { boolOpt, type Command, stringOpt } from '../command.js';

export const verifyCommand: Command = {
  name: 'verify',
  summary: 'Verify module signatures',
  usage: `linkgate verify --cert CERT [--kernel-release R] [--json] MODULE.ko...

MODULE may be a directory: every *.ko below it is verified.

Parses each module's appended signature (marker, struct module_signature, PKCS#7 SignedData),
reports signer, sig_key (issuer serial, as modinfo prints it) and hash algorithm, verifies the
signature over the module bytes against CERT (PEM or DER), and checks the vermagic of .modinfo
against --kernel-release. Without --cert the signatures are parsed but not verified (valid: null).

--json prints exactly one array:
  [{"file", "signed", "valid", "signer", "sigKey", "hashAlgo", "vermagic", "problems": [...]}]
Exit 1 if any module is unsigned, invalid or has a problem; 2 if CERT cannot be read.`,
  options: { cert: { type: 'string' }, 'kernel-release': { type: 'string' } },
  positionals: [1, Infinity],
  async run(args, ctx) {
    const certPath = stringOpt(args, 'cert');
    const kernelRelease = stringOpt(args, 'kernel-release');
    const cert = certPath ? await readSigningCertificate(certPath) : undefined;
    if (!cert) ctx.logger.warn('no --cert: signatures are parsed, not verified');
    const verdicts: ModuleVerdict[] = [];
    for (const file of await expandModulePaths(args.positionals, { keepMissing: true })) {
      verdicts.push(await verifyFile(file, { ...(cert ? { cert } : {}), ...(kernelRelease !== undefined ? { kernelRelease } : {}) }));
    }
    for (const v of verdicts) {
      const what = v.signed ? `signer "${v.signer ?? '?'}" key ${v.sigKey ?? '?'} ${v.hashAlgo ?? '?'}` : 'unsigned';
      const status = v.problems.length > 0 ? 'FAIL' : v.valid === true ? 'ok' : 'parsed';
      ctx.logger.info(`${status.padEnd(6)} ${v.file}: ${what}${v.vermagic ? `, vermagic "${v.vermagic}"` : ''}`);
      for (const problem of v.problems) ctx.logger.error(`${v.file}: ${problem}`);
    }
    if (boolOpt(args, 'json')) ctx.stdout(`${JSON.stringify(verdicts)}\n`);
    const bad = verdicts.filter(isBad).length;
    ctx.logger.info(`${verdicts.length - bad}/${verdicts.length} module(s) passed`);
    return bad > 0 ? ExitCode.Fail : ExitCode.Pass;
  },
};

async function verifyFile(file: string, options: Parameters<typeof verifyModuleBytes>[2]): Promise<ModuleVerdict> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    return { file, signed: false, valid: null, signer: null, sigKey: null, hashAlgo: null, vermagic: null, problems: [`cannot read file (${code})`] };
  }
  return verifyModuleBytes(file, bytes, options);
}

function isBad(v: ModuleVerdict): boolean {
  return !v.signed || v.valid === false || v.problems.length > 0;
}
