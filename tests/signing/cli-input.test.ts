import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeTrailer } from '../../src/signing/module-signature.js';
import { makeKey, makeModule, type TestKey } from '../helpers/signing-lab.js';
import { requireTools } from '../helpers/skip.js';
import { cli } from './cli-harness.js';

const skip = requireTools(['openssl', 'gcc', 'objcopy']);

describe.skipIf(skip)('sign and verify: bad input gives a clear message and the right exit code', () => {
  let dir: string;
  let key: TestKey;
  let module: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'linkgate-signing-input-'));
    key = makeKey(dir, 'k');
    module = makeModule(dir, 'good');
  });

  const noStack = (r: { stderr: string; stdout: string }): void => {
    expect(r.stderr).not.toMatch(/\n\s+at |internal error/);
  };

  it.each([
    [['sign', '--cert', 'C', 'm.ko'], 'give exactly one of --key FILE or --key-env VAR'],
    [['sign', '--key', 'K', '--key-env', 'V', '--cert', 'C', 'm.ko'], 'give exactly one of --key FILE or --key-env VAR'],
    [['sign', '--key', 'K', 'm.ko'], '--cert is required'],
    [['sign', '--key', 'K', '--cert', 'C', '--hash', 'md5', 'm.ko'], '--hash md5: expected one of sha256, sha384, sha512'],
    [['sign', '--key', 'K', '--cert', 'C', '--method', 'magic', 'm.ko'], '--method magic: expected one of auto, sign-file, openssl'],
    [['sign', '--key', 'K', '--cert', 'C'], 'expected at least 1 argument(s), got 0'],
  ])('%j', async (argv, message) => {
    const r = await cli(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    noStack(r);
  });

  it('unreadable or bogus certificates and keys, missing modules', async () => {
    const garbage = join(dir, 'garbage.pem');
    writeFileSync(garbage, '-----BEGIN CERTIFICATE-----\nAAAAAAAA\n-----END CERTIFICATE-----\n');
    const cases: [string[], string, NodeJS.ProcessEnv?][] = [
      [['sign', '--key', key.keyPem, '--cert', join(dir, 'nope.pem'), module], 'certificate: cannot read'],
      [['sign', '--key', key.keyPem, '--cert', garbage, module], 'not an X.509 certificate'],
      [['sign', '--key', join(dir, 'nokey.pem'), '--cert', key.certPem, module], 'signing key: cannot read'],
      [['sign', '--key-env', 'EMPTY', '--cert', key.certPem, module], 'environment variable EMPTY is unset or empty', { EMPTY: '' }],
      [['sign', '--key', key.keyPem, '--cert', key.certPem, join(dir, 'missing.ko')], 'module path'],
      [['verify', '--cert', garbage, module], 'not an X.509 certificate'],
      [['verify', '--cert', key.certPem, '--bogus', module], "Unknown option '--bogus'"],
    ];
    for (const [argv, message, env] of cases) {
      const r = await cli(argv, env);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr).toContain(message);
      noStack(r);
    }
  });

  it('refuses to sign what is not a module, or a module whose trailer lies', async () => {
    const text = join(dir, 'readme.ko');
    writeFileSync(text, 'plain text\n');
    const notElf = await cli(['sign', '--key', key.keyPem, '--cert', key.certPem, '--method', 'openssl', text]);
    expect(notElf.code).toBe(2);
    expect(notElf.stderr).toContain('not an ELF file');
    const lying = join(dir, 'lying.ko');
    writeFileSync(lying, Buffer.concat([readFileSync(module), Buffer.alloc(10), encodeTrailer(999_999)]));
    const r = await cli(['sign', '--key', key.keyPem, '--cert', key.certPem, '--method', 'openssl', lying]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('refusing to re-sign: signature length field says 999999 bytes');
    const noTree = await cli(['sign', '--key', key.keyPem, '--cert', key.certPem, '--method', 'sign-file', module]);
    expect(noTree.code).toBe(2);
    expect(noTree.stderr).toContain('method sign-file needs a kernel tree');
    for (const x of [notElf, r, noTree]) noStack(x);
  });

  it('--out: flat names must not clash, names are unique, --extra needs --out', async () => {
    const sub = join(dir, 'sub');
    mkdirSync(sub, { recursive: true });
    const twin = makeModule(sub, 'good');
    const out = mkdtempSync(join(tmpdir(), 'linkgate-out-'));
    const clash = await cli(['sign', '--key', key.keyPem, '--cert', key.certPem, '--method', 'openssl', '--out', out, module, twin]);
    expect(clash.code).toBe(2);
    expect(clash.stderr).toContain('two modules are named good.ko');
    const ok = await cli(['sign', '--key', key.keyPem, '--cert', key.certPem, '--method', 'openssl', '--out', out, module]);
    expect(ok.code, ok.stderr).toBe(0);
    const again = await cli(['sign', '--key', key.keyPem, '--cert', key.certPem, '--method', 'openssl', '--out', out, module]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('artifact signed-modules already exists');
    const extra = await cli(['sign', '--key', key.keyPem, '--cert', key.certPem, '--extra', module, module]);
    expect(extra.code).toBe(2);
    expect(extra.stderr).toContain('--extra needs --out');
  });

  it('verify takes directories', async () => {
    const tree = join(dir, 'tree');
    mkdirSync(join(tree, 'a'), { recursive: true });
    makeModule(join(tree, 'a'), 'one');
    const r = await cli(['verify', '--json', '--cert', key.certPem, tree]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject([{ file: join(tree, 'a', 'one.ko'), signed: false, problems: ['not signed'] }]);
  });
});
