import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MemoryLogger } from '../../src/core/logger.js';
import { ProcessRunner, type CommandRunner } from '../../src/core/command-runner.js';
import { MODULE_SIG_MAGIC } from '../../src/signing/module-signature.js';
import { signModules, type SignModulesOptions } from '../../src/signing/sign-modules.js';
import { requireTools } from '../helpers/skip.js';
import { kernelSignFile, SIGN_FILE_TIMEOUT_MS, makeKey, makeModule, modinfoField, type TestKey } from '../helpers/signing-lab.js';
import { cli } from './cli-harness.js';

const skip = requireTools(['openssl', 'gcc', 'objcopy', 'modinfo', 'tar', 'strip']);

let dir: string;
let signFile: string;
let key: TestKey;
let other: TestKey;
let ec: TestKey;
let highSerial: TestKey;
let unsigned: string;

function copy(src: string, name: string): string {
  const dest = join(dir, name);
  copyFileSync(src, dest);
  return dest;
}
function sign(file: string, k: TestKey, hash = 'sha256'): string {
  execFileSync(signFile, [hash, k.pem, k.certPem, file], { stdio: 'pipe' });
  return file;
}
function occurrences(bytes: Buffer, needle: Buffer): number {
  let n = 0;
  for (let at = bytes.indexOf(needle); at >= 0; at = bytes.indexOf(needle, at + 1)) n++;
  return n;
}
async function verifyJson(files: string[], cert: string | null = key.certPem, extra: string[] = []) {
  const r = await cli(['verify', '--json', ...(cert ? ['--cert', cert] : []), ...extra, ...files]);
  return { ...r, verdicts: JSON.parse(r.stdout) as Record<string, unknown>[] };
}
const options = (modules: string[], k: TestKey, over: Partial<SignModulesOptions> = {}): SignModulesOptions => ({
  modules, certPath: k.certPem, key: { file: k.keyPem }, hash: 'sha256', method: 'openssl', strip: false, crossCompile: '', ...over,
});

describe.skipIf(skip)('signing and verifying with real tools', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'linkgate-signing-'));
    signFile = await kernelSignFile();
    key = makeKey(dir, 'main');
    other = makeKey(dir, 'other', { cn: 'someone else' });
    ec = makeKey(dir, 'ec', { ec: true, cn: 'linkgate ecdsa key' });
    highSerial = makeKey(dir, 'high', { serial: '0x00F1020304' });
    unsigned = makeModule(dir, 'hello');
  }, SIGN_FILE_TIMEOUT_MS);

  it('verifies a module signed by the kernel sign-file, with the fields modinfo prints', async () => {
    const file = sign(copy(unsigned, 'sf.ko'), key);
    const { code, verdicts } = await verifyJson([file], key.certPem, ['--kernel-release', '6.1.192']);
    expect(code).toBe(0);
    expect(verdicts).toEqual([{
      file, signed: true, valid: true,
      signer: modinfoField(file, 'signer'), sigKey: modinfoField(file, 'sig_key'), hashAlgo: modinfoField(file, 'sig_hashalgo'),
      vermagic: modinfoField(file, 'vermagic'), problems: [],
    }]);
    expect(Object.keys(verdicts[0]!)).toEqual(['file', 'signed', 'valid', 'signer', 'sigKey', 'hashAlgo', 'vermagic', 'problems']);
    expect(verdicts[0]!.signer).toBe('linkgate main signing key');
  });

  it("linkgate's openssl path writes the same bytes as sign-file (RSA) and modinfo reads them", async () => {
    const mine = copy(unsigned, 'own.ko');
    const theirs = sign(copy(unsigned, 'theirs.ko'), key);
    const manifest = await signModules(options([mine], key), { runner: new ProcessRunner(), logger: new MemoryLogger(), env: {} });
    expect(manifest.modules[0]!.method).toBe('openssl');
    expect(readFileSync(mine).equals(readFileSync(theirs))).toBe(true);
    expect(modinfoField(mine, 'sig_id')).toBe('PKCS#7');
    expect(modinfoField(mine, 'signer')).toBe('linkgate main signing key');
  });

  it('signs with sign-file through linkgate when a kernel tree is given', async () => {
    const tree = mkdtempSync(join(tmpdir(), 'linkgate-tree-'));
    execFileSync('mkdir', ['-p', join(tree, 'scripts')]);
    copyFileSync(signFile, join(tree, 'scripts', 'sign-file'));
    execFileSync('chmod', ['755', join(tree, 'scripts', 'sign-file')]);
    const file = copy(unsigned, 'via-tree.ko');
    const manifest = await signModules(options([file], key, { method: 'auto', kernelTree: tree, hash: 'sha512' }), {
      runner: new ProcessRunner(), logger: new MemoryLogger(), env: {},
    });
    expect(manifest.modules[0]).toMatchObject({ method: 'sign-file', hashAlgo: 'sha512' });
    expect(modinfoField(file, 'sig_hashalgo')).toBe('sha512');
    expect((await verifyJson([file])).verdicts[0]).toMatchObject({ valid: true, hashAlgo: 'sha512' });
  });

  it.each(['sha256', 'sha384', 'sha512'])('%s and a serial with the high bit set match modinfo', async (hash) => {
    const viaTool = sign(copy(unsigned, `hi-${hash}.ko`), highSerial, hash);
    const viaLinkgate = copy(unsigned, `hi-own-${hash}.ko`);
    const r = await cli(['sign', '--key', highSerial.keyPem, '--cert', highSerial.certDer, '--hash', hash, '--method', 'openssl', viaLinkgate]);
    expect(r.code, r.stderr).toBe(0);
    const { verdicts, code } = await verifyJson([viaTool, viaLinkgate], highSerial.certDer);
    expect(code).toBe(0);
    for (const [i, file] of [viaTool, viaLinkgate].entries()) {
      expect(verdicts[i]).toMatchObject({ valid: true, sigKey: modinfoField(file, 'sig_key'), hashAlgo: modinfoField(file, 'sig_hashalgo') });
    }
    expect(verdicts[0]!.sigKey).toBe('F1:02:03:04');
  });

  it('ECDSA P-384 keys (the kernel offers them) sign and verify both ways', async () => {
    const viaTool = sign(copy(unsigned, 'ec-tool.ko'), ec, 'sha384');
    const viaLinkgate = copy(unsigned, 'ec-own.ko');
    await signModules(options([viaLinkgate], ec, { hash: 'sha384' }), { runner: new ProcessRunner(), logger: new MemoryLogger(), env: {} });
    const { verdicts, code } = await verifyJson([viaTool, viaLinkgate], ec.certPem);
    expect(code).toBe(0);
    expect(verdicts.map((v) => v.valid)).toEqual([true, true]);
    expect(verdicts[1]).toMatchObject({ signer: modinfoField(viaLinkgate, 'signer'), sigKey: modinfoField(viaLinkgate, 'sig_key') });
    expect((await verifyJson([viaTool], key.certPem)).verdicts[0]).toMatchObject({ valid: false });
  });

  it('re-signing replaces the signature, with either key, never stacks', async () => {
    const file = sign(copy(unsigned, 'resign.ko'), key);
    const logger = new MemoryLogger();
    const m1 = await signModules(options([file], other), { runner: new ProcessRunner(), logger, env: {} });
    expect(m1.modules[0]!.replacedSignatures).toBe(1);
    expect(occurrences(readFileSync(file), MODULE_SIG_MAGIC)).toBe(1);
    expect(modinfoField(file, 'signer')).toBe('someone else');
    expect((await verifyJson([file], other.certPem)).verdicts[0]).toMatchObject({ valid: true, problems: [] });
    // Back to the first key, through sign-file this time: still one signature, byte-equal to a fresh signing.
    await signModules(options([file], key, { method: 'auto', kernelTree: join(signFile, '..', '..') }), { runner: new ProcessRunner(), logger, env: {} });
    expect(readFileSync(file).equals(readFileSync(sign(copy(unsigned, 'fresh.ko'), key)))).toBe(true);
  });

  it('--strip strips debug info before signing (strip --strip-debug), and the result verifies', async () => {
    const debug = makeModule(dir, 'dbg', { withDebug: true });
    const before = execFileSync('objdump', ['-h', debug], { encoding: 'utf8' });
    expect(before).toMatch(/\.debug_info/);
    const out = mkdtempSync(join(tmpdir(), 'linkgate-strip-'));
    const r = await cli(['sign', '--json', '--key', key.keyPem, '--cert', key.certPem, '--strip', '--method', 'openssl', '--out', out, debug]);
    expect(r.code, r.stderr).toBe(0);
    const signed = join(out, 'signed-modules', 'dbg.ko');
    expect(execFileSync('objdump', ['-h', signed], { encoding: 'utf8' })).not.toMatch(/\.debug_/);
    expect(statSync(signed).size).toBeLessThan(statSync(debug).size);
    const doc = JSON.parse(r.stdout);
    expect(doc.signatures.modules[0]).toMatchObject({ stripped: true, file: 'dbg.ko' });
    expect(doc.signatures.modules[0].sha256Unsigned).not.toBe(doc.signatures.modules[0].sha256Before);
    expect((await verifyJson([signed])).verdicts[0]).toMatchObject({ valid: true });
  });
});

describe.skipIf(skip)('tampering is caught', () => {
  let good: Buffer;
  beforeAll(async () => {
    dir ??= mkdtempSync(join(tmpdir(), 'linkgate-signing-'));
    signFile ??= await kernelSignFile();
    key ??= makeKey(dir, 'main');
    other ??= makeKey(dir, 'other', { cn: 'someone else' });
    unsigned ??= makeModule(dir, 'hello');
    good = readFileSync(sign(copy(unsigned, 'good.ko'), key));
  }, SIGN_FILE_TIMEOUT_MS);

  const write = (name: string, bytes: Buffer): string => {
    const file = join(dir, name);
    writeFileSync(file, bytes);
    return file;
  };
  const sigLenAt = (b: Buffer): number => b.length - MODULE_SIG_MAGIC.length - 4;

  it('a good module passes; the CLI exits 0', async () => {
    expect((await verifyJson([write('ok.ko', good)])).code).toBe(0);
  });

  it.each([
    ['unsigned', () => readFileSync(unsigned), { signed: false, valid: null }, /not signed/],
    ['signed by another key', () => readFileSync(sign(copy(unsigned, 'by-other.ko'), other)), { signed: true, valid: false, signer: 'someone else' }, /signed by another key/],
    ['one byte flipped in the body', () => { const b = Buffer.from(good); b[200] ^= 0x01; return b; }, { signed: true, valid: false }, /does not match the module bytes/],
    ['a truncated signature', () => {
      const len = good.readUInt32BE(sigLenAt(good));
      const cmsStart = sigLenAt(good) - 8 - len;
      const b = Buffer.concat([good.subarray(0, cmsStart + len - 20), good.subarray(cmsStart + len)]);
      b.writeUInt32BE(len - 20, sigLenAt(b));
      return b;
    }, { signed: true, valid: false }, /signature/],
    ['a trailer whose length field lies (too long)', () => { const b = Buffer.from(good); b.writeUInt32BE(b.length, sigLenAt(b)); return b; }, { signed: true, valid: false }, /only \d+ precede the trailer/],
    ['a trailer whose length field lies (a little longer)', () => { const b = Buffer.from(good); b.writeUInt32BE(b.readUInt32BE(sigLenAt(b)) + 7, sigLenAt(b)); return b; }, { signed: true, valid: false }, /signature/],
    ['a trailer whose length field lies (shorter)', () => { const b = Buffer.from(good); b.writeUInt32BE(b.readUInt32BE(sigLenAt(b)) - 7, sigLenAt(b)); return b; }, { signed: true, valid: false }, /signature/],
    ['two signatures stacked', () => readFileSync(sign(sign(copy(unsigned, 'stacked.ko'), key), key)), { signed: true, valid: false }, /two signatures are stacked/],
    ['a non-ELF file', () => { const f = join(dir, 'notes.ko'); writeFileSync(f, 'just some text, not a module\n'.repeat(20)); return readFileSync(sign(f, key)); }, { signed: true, valid: true }, /not an ELF file/],
    ['a file cut inside the marker', () => good.subarray(0, good.length - 10), { signed: false }, /truncated signature marker/],
    ['a bad id_type', () => { const b = Buffer.from(good); b[sigLenAt(b) - 6] = 1; return b; }, { signed: true, valid: false }, /id_type is 1/],
  ] as const)('%s', async (name, bytes, expected, problem) => {
    const file = write(`${name.replace(/\W+/g, '-')}.ko`, bytes());
    const { code, verdicts, stderr } = await verifyJson([file]);
    expect(code).toBe(1);
    expect(verdicts[0]).toMatchObject(expected);
    expect((verdicts[0]!.problems as string[]).join('\n')).toMatch(problem);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('any single byte flipped anywhere in a signed module is never valid', async () => {
    const { verifyModuleBytes } = await import('../../src/signing/verify-module.js');
    const { loadCertificate } = await import('../../src/signing/certificate.js');
    const loaded = loadCertificate(readFileSync(key.certPem));
    if (!loaded.ok) throw new Error(loaded.problem);
    for (let at = 0; at < good.length; at++) {
      const b = Buffer.from(good);
      b[at] ^= 0x5a;
      const v = await verifyModuleBytes('x', b, { cert: loaded.cert });
      expect(v.valid === true && v.problems.length === 0, `flip at ${at}`).toBe(false);
    }
  });

  it('vermagic is checked against --kernel-release', async () => {
    const file = write('vermagic.ko', good);
    const ok = await verifyJson([file], key.certPem, ['--kernel-release', '6.1.192']);
    expect(ok.code).toBe(0);
    const bad = await verifyJson([file], key.certPem, ['--kernel-release', '6.12.0']);
    expect(bad.code).toBe(1);
    expect(bad.verdicts[0]).toMatchObject({ valid: true, vermagic: '6.1.192 mod_unload riscv', problems: ['vermagic "6.1.192 mod_unload riscv" does not match kernel release 6.12.0'] });
  });

  it('without --cert: parsed, valid null, exit 0 for a well-formed module', async () => {
    const r = await verifyJson([write('nocert.ko', good)], null);
    expect(r.code).toBe(0);
    expect(r.verdicts[0]).toMatchObject({ signed: true, valid: null, signer: 'linkgate main signing key' });
    expect(r.stderr).toContain('no --cert');
  });

  it('a missing module file is a problem of that module, others are still reported', async () => {
    const r = await verifyJson([join(dir, 'missing.ko'), write('present.ko', good)]);
    expect(r.code).toBe(1);
    expect(r.verdicts.map((v) => v.problems)).toEqual([['cannot read file (ENOENT)'], []]);
  });
});

describe.skipIf(skip)('the private key', () => {
  it('from the environment: a 0600 temp file that is gone afterwards; never printed; masked', async () => {
    dir ??= mkdtempSync(join(tmpdir(), 'linkgate-signing-'));
    const k = makeKey(dir, 'secret');
    const module = makeModule(dir, 'sec');
    const seen: { path: string; mode: number }[] = [];
    const real = new ProcessRunner();
    const spy: CommandRunner = {
      run: async (spec) => {
        const i = spec.argv.indexOf('-inkey');
        if (i >= 0) seen.push({ path: spec.argv[i + 1]!, mode: statSync(spec.argv[i + 1]!).mode & 0o777 });
        return real.run(spec);
      },
    };
    const logger = new MemoryLogger();
    const pem = readFileSync(k.keyPem, 'utf8');
    await signModules({ ...options([module], k), key: { env: 'MODULE_KEY' } }, { runner: spy, logger, env: { MODULE_KEY: pem } });
    expect(seen).toHaveLength(1);
    expect(seen[0]!.mode).toBe(0o600);
    expect(existsSync(seen[0]!.path)).toBe(false);
    expect(logger.masked).toContain(pem.trim());
    expect(logger.lines.join('\n')).not.toContain(pem.split('\n')[1]!);
  });

  it('from a file: used in place; a warning when group or others can read it, none when it is 0600', async () => {
    dir ??= mkdtempSync(join(tmpdir(), 'linkgate-signing-'));
    const k = makeKey(dir, 'onfile');
    const warnings = async (mode: number): Promise<string[]> => {
      chmodSync(k.keyPem, mode);
      const logger = new MemoryLogger();
      await signModules(options([makeModule(dir, `onfile-${mode.toString(8)}`)], k), { runner: new ProcessRunner(), logger, env: {} });
      return logger.lines.filter((l) => l.startsWith('warning:'));
    };
    expect(await warnings(0o600)).toEqual([]);
    expect(await warnings(0o644)).toEqual([`warning: signing key ${k.keyPem} is readable by group or others (mode 644); keep it 0600`]);
    expect(statSync(k.keyPem).mode & 0o777).toBe(0o644);
  });

  it('the CLI never prints it, even when signing fails', async () => {
    const k = makeKey(dir, 'secret2');
    const pem = readFileSync(k.keyPem, 'utf8');
    const module = makeModule(dir, 'sec2');
    const mismatch = await cli(['sign', '--key-env', 'K', '--cert', key.certPem, module], { K: pem });
    expect(mismatch.code).toBe(2);
    expect(mismatch.stderr).toContain('does not match the certificate');
    const garbage = await cli(['sign', '--key-env', 'K', '--cert', k.certPem, module], { K: 'not a key at all, secret-ish text' });
    expect(garbage.code).toBe(2);
    expect(garbage.stderr).toContain('not an unencrypted PEM private key');
    for (const r of [mismatch, garbage]) {
      expect(r.stderr + r.stdout).not.toContain(pem.split('\n')[1]!);
      expect(r.stderr + r.stdout).not.toContain('secret-ish');
    }
  });
});
