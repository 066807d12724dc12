import { execFileSync } from 'node:child_process';
import { createPrivateKey } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { kernelTree, KERNEL_TREE_TIMEOUT_MS, type KernelTree } from '../helpers/kernel-tree.js';
import { modinfoField } from '../helpers/signing-lab.js';
import { requireTools } from '../helpers/skip.js';
import { cli } from './cli-harness.js';

/**
 * The real thing: the shared riscv64 kernel tree's own out-of-tree module (linkgate_test.ko), its
 * build-generated signing key, and its scripts/sign-file.
 */
const skip = requireTools(['riscv64-linux-gnu-gcc', 'make', 'modinfo', 'openssl', 'riscv64-linux-gnu-strip', 'readelf']);

describe.skipIf(skip)('the kernel tree test module (riscv64)', () => {
  let tree: KernelTree;
  let dir: string;
  let keyPem: string;
  let certDer: string;
  beforeAll(async () => {
    tree = await kernelTree();
    dir = mkdtempSync(join(tmpdir(), 'linkgate-ktree-sign-'));
    keyPem = join(tree.build, 'certs', 'signing_key.pem');
    certDer = join(tree.build, 'certs', 'signing_key.x509');
  }, KERNEL_TREE_TIMEOUT_MS);

  it('sign-file and linkgate sign it; linkgate verifies both and agrees with modinfo', async () => {
    const viaTool = join(dir, 'tool.ko');
    const viaLinkgate = join(dir, 'linkgate.ko');
    copyFileSync(tree.testModule, viaTool);
    copyFileSync(tree.testModule, viaLinkgate);
    execFileSync(tree.signFile, ['sha512', keyPem, certDer, viaTool]);
    const signed = await cli(['sign', '--key', keyPem, '--cert', certDer, '--hash', 'sha512', '--method', 'openssl', viaLinkgate]);
    expect(signed.code, signed.stderr).toBe(0);
    if (createPrivateKey(readFileSync(keyPem)).asymmetricKeyType === 'rsa') {
      expect(readFileSync(viaLinkgate).equals(readFileSync(viaTool))).toBe(true);
    }
    const r = await cli(['verify', '--json', '--cert', certDer, '--kernel-release', tree.release, viaTool, viaLinkgate]);
    expect(r.code, r.stderr).toBe(0);
    for (const [i, file] of [viaTool, viaLinkgate].entries()) {
      expect(JSON.parse(r.stdout)[i]).toEqual({
        file, signed: true, valid: true,
        signer: modinfoField(file, 'signer'), sigKey: modinfoField(file, 'sig_key'), hashAlgo: 'sha512',
        vermagic: modinfoField(file, 'vermagic'), problems: [],
      });
    }
  });

  it('auto picks the tree sign-file; strip uses the cross strip; the release check bites', async () => {
    const out = mkdtempSync(join(tmpdir(), 'linkgate-ktree-out-'));
    const r = await cli(['sign', '--json', '--key', keyPem, '--cert', certDer, '--kernel-tree', tree.build, '--strip', '--cross-compile', 'riscv64-linux-gnu-', '--out', out, tree.testModule]);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.signatures.modules[0]).toMatchObject({ method: 'sign-file', stripped: true, file: 'linkgate_test.ko' });
    const signedFile = join(out, 'signed-modules', 'linkgate_test.ko');
    expect(execFileSync('readelf', ['-S', '-W', signedFile], { encoding: 'utf8' })).not.toMatch(/\.debug_/);
    execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: join(out, 'signed-modules') });
    const wrong = await cli(['verify', '--cert', certDer, '--kernel-release', '6.1.0-other', signedFile]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('does not match kernel release 6.1.0-other');
  });
});
