import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCertificate } from '../../src/signing/certificate.js';
import { readModinfo, vermagicRelease } from '../../src/signing/elf-modinfo.js';
import { encodeTrailer, MODULE_SIG_MAGIC, splitSignature, stripSignatures } from '../../src/signing/module-signature.js';
import { formatSigKey, parseModuleCms } from '../../src/signing/pkcs7.js';
import { formatSha256Sums, isSafeArtifactFileName, parseSha256Sums } from '../../src/signing/signing-manifest.js';
import { verifyModuleBytes } from '../../src/signing/verify-module.js';
import { makeKey, makeModule, type TestKey } from '../helpers/signing-lab.js';
import { requireTools } from '../helpers/skip.js';

const skip = requireTools(['openssl', 'gcc', 'objcopy']);

/** A tiny deterministic PRNG so a failing fuzz case can be replayed. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

describe('pure pieces', () => {
  it('formatSigKey drops the DER sign byte like modinfo, keeps one byte', () => {
    expect(formatSigKey(Buffer.from([0x00, 0xf1, 0x02]))).toBe('F1:02');
    expect(formatSigKey(Buffer.from([0x05]))).toBe('05');
    expect(formatSigKey(Buffer.from([0x00]))).toBe('00');
  });
  it('the trailer is 12 + 28 bytes, big-endian length, id_type 2', () => {
    const t = encodeTrailer(0x01020304);
    expect(t.length).toBe(40);
    expect([...t.subarray(0, 12)]).toEqual([0, 0, 2, 0, 0, 0, 0, 0, 1, 2, 3, 4]);
    expect(t.subarray(12).equals(MODULE_SIG_MAGIC)).toBe(true);
    expect(() => encodeTrailer(0)).toThrow(RangeError);
  });
  it('splitSignature on hostile trailers', () => {
    expect(splitSignature(Buffer.alloc(0))).toMatchObject({ kind: 'unsigned', problems: [] });
    expect(splitSignature(Buffer.from(MODULE_SIG_MAGIC))).toMatchObject({ kind: 'malformed', problems: ['signature trailer is truncated'] });
    const zeroLen = Buffer.concat([Buffer.alloc(100), encodeTrailer(1)]);
    zeroLen.writeUInt32BE(0, 100 + 8);
    expect(splitSignature(zeroLen).problems).toEqual(['signature length field is 0']);
    const huge = Buffer.concat([Buffer.alloc(100), encodeTrailer(0xffffffff)]);
    expect(splitSignature(huge).problems[0]).toMatch(/says 4294967295 bytes but only 100/);
    expect(stripSignatures(huge)).toMatchObject({ ok: false });
  });
  it('readModinfo never throws on broken ELF', () => {
    expect(readModinfo(Buffer.from('hello'))).toMatchObject({ elf: false, problems: ['not an ELF file'] });
    const header = Buffer.alloc(64);
    header.set([0x7f, 0x45, 0x4c, 0x46, 2, 1]);
    expect(readModinfo(header).problems[0]).toMatch(/section header table/);
    header.writeBigUInt64LE(0xffffffffffffffffn, 0x28);
    header.writeUInt16LE(64, 0x3a);
    header.writeUInt16LE(3, 0x3c);
    expect(readModinfo(header).problems[0]).toMatch(/out of bounds/);
    header[4] = 9;
    expect(readModinfo(header).problems[0]).toMatch(/unsupported ELF class/);
    expect(vermagicRelease('  6.1.0-rc1 SMP mod_unload ')).toBe('6.1.0-rc1');
  });
  it('parseModuleCms and loadCertificate turn garbage into one problem line', () => {
    for (const bad of [Buffer.alloc(0), Buffer.from([0x30, 0x82, 0xff]), Buffer.from('not der'), Buffer.from([0x30, 0x03, 0x02, 0x01, 0x01])]) {
      const r = parseModuleCms(bad);
      expect(r.ok).toBe(false);
    }
    expect(loadCertificate(Buffer.from('-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n'))).toEqual({ ok: false, problem: 'PEM file holds no CERTIFICATE block' });
    expect(loadCertificate(Buffer.from([1, 2, 3]))).toMatchObject({ ok: false, problem: expect.stringMatching(/not an X.509 certificate/) });
  });
  it('SHA256SUMS round-trips and refuses what sha256sum would have to escape', () => {
    const text = formatSha256Sums([{ name: 'b.ko', sha256: 'b'.repeat(64) }, { name: 'a.ko', sha256: 'a'.repeat(64) }]);
    expect(text).toBe(`${'a'.repeat(64)}  a.ko\n${'b'.repeat(64)}  b.ko\n`);
    expect(parseSha256Sums(`${text}garbage\n`)).toMatchObject({ entries: [{ name: 'a.ko' }, { name: 'b.ko' }], problems: ['line 3: not "<sha256>  <name>"'] });
    for (const bad of ['a\nb.ko', 'a\\b.ko', '/abs.ko', '../up.ko', '']) expect(isSafeArtifactFileName(bad), bad).toBe(false);
  });
});

describe.skipIf(skip)('fuzz: mutated and truncated real modules never throw and never pass', () => {
  let signed: Buffer;
  let key: TestKey;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'linkgate-fuzz-'));
    key = makeKey(dir, 'fuzz');
    const module = makeModule(dir, 'fuzz');
    const body = readFileSync(module);
    execFileSync('openssl', ['cms', '-sign', '-binary', '-noattr', '-nocerts', '-outform', 'DER', '-md', 'sha256', '-signer', key.certPem, '-inkey', key.keyPem, '-in', module, '-out', join(dir, 'sig')]);
    const cms = readFileSync(join(dir, 'sig'));
    signed = Buffer.concat([body, cms, encodeTrailer(cms.length)]);
  });

  it('300 random multi-byte mutations and every truncation length', async () => {
    const loaded = loadCertificate(readFileSync(key.certDer));
    if (!loaded.ok) throw new Error(loaded.problem);
    expect((await verifyModuleBytes('ok', signed, { cert: loaded.cert })).valid).toBe(true);
    const next = rng(42);
    for (let i = 0; i < 300; i++) {
      const b = Buffer.from(signed);
      const n = 1 + Math.floor(next() * 8);
      for (let j = 0; j < n; j++) b[Math.floor(next() * b.length)] = Math.floor(next() * 256);
      if (b.equals(signed)) continue;
      const v = await verifyModuleBytes('m', b, { cert: loaded.cert, kernelRelease: '6.1.192' });
      expect(v.valid === true && v.problems.length === 0, `case ${i}`).toBe(false);
    }
    for (let len = 0; len < signed.length; len += 3) {
      const v = await verifyModuleBytes('t', signed.subarray(0, len), { cert: loaded.cert });
      expect(v.valid === true && v.problems.length === 0, `length ${len}`).toBe(false);
    }
  });
});
