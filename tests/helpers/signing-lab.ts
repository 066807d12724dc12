import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { kernelTree } from './kernel-tree.js';

/**
 * Real parts for signing tests: keys and certificates made by openssl the way the kernel makes
 * certs/signing_key.pem (x509.genkey), real ELF relocatables with a .modinfo section, and the
 * kernel's own scripts/sign-file.
 */
export interface TestKey {
  /** Key and certificate in one PEM, like certs/signing_key.pem. */
  pem: string;
  keyPem: string;
  certPem: string;
  certDer: string;
  cn: string;
}

const GENKEY = (cn: string): string => `[ req ]
default_bits = 2048
distinguished_name = req_distinguished_name
prompt = no
string_mask = utf8only
x509_extensions = myexts

[ req_distinguished_name ]
O = linkgate tests
CN = ${cn}
emailAddress = tests@linkgate.invalid

[ myexts ]
basicConstraints=critical,CA:FALSE
keyUsage=digitalSignature
subjectKeyIdentifier=hash
authorityKeyIdentifier=keyid
`;

export function makeKey(dir: string, name: string, opts: { cn?: string; serial?: string; ec?: boolean } = {}): TestKey {
  const cn = opts.cn ?? `linkgate ${name} signing key`;
  const config = join(dir, `${name}.genkey`);
  writeFileSync(config, GENKEY(cn));
  const pem = join(dir, `${name}.pem`);
  const keyPem = join(dir, `${name}.key.pem`);
  const certPem = join(dir, `${name}.crt.pem`);
  const certDer = join(dir, `${name}.crt.der`);
  const newkey = opts.ec ? ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:secp384r1'] : ['-newkey', 'rsa:2048'];
  execFileSync('openssl', [
    'req', '-new', '-nodes', '-utf8', '-sha256', '-days', '36500', '-batch', '-x509', '-config', config, ...newkey,
    ...(opts.serial ? ['-set_serial', opts.serial] : []), '-outform', 'PEM', '-out', certPem, '-keyout', keyPem,
  ], { stdio: 'pipe' });
  execFileSync('openssl', ['x509', '-in', certPem, '-outform', 'DER', '-out', certDer], { stdio: 'pipe' });
  writeFileSync(pem, readFileSync(keyPem, 'utf8') + readFileSync(certPem, 'utf8'), { mode: 0o600 });
  return { pem, keyPem, certPem, certDer, cn };
}

/** A real ELF relocatable (host arch) with a .modinfo section, as `modinfo` and the kernel read it. */
export function makeModule(dir: string, name: string, opts: { vermagic?: string; withDebug?: boolean } = {}): string {
  const c = join(dir, `${name}.c`);
  const o = join(dir, `${name}.o`);
  const info = join(dir, `${name}.modinfo`);
  const ko = join(dir, `${name}.ko`);
  writeFileSync(c, `static int counter;\nint ${name.replace(/\W/g, '_')}_init(void) { return ++counter; }\n`);
  execFileSync('gcc', ['-c', opts.withDebug ? '-g' : '-g0', '-O1', '-o', o, c], { stdio: 'pipe' });
  const vermagic = opts.vermagic ?? '6.1.192 mod_unload riscv';
  writeFileSync(info, `vermagic=${vermagic}\0license=GPL\0name=${name}\0description=linkgate test module\0`);
  execFileSync('objcopy', ['--add-section', `.modinfo=${info}`, '--set-section-flags', '.modinfo=alloc,readonly', o, ko], { stdio: 'pipe' });
  return ko;
}

/** `modinfo -F field file` from the host's kmod. */
export function modinfoField(file: string, field: string): string {
  return execFileSync(modinfoPath(), ['-F', field, file], { encoding: 'utf8' }).trim();
}

/** modinfo lives in /sbin on Debian; make sure a non-root PATH finds it. */
export function modinfoPath(): string {
  for (const dir of ['/usr/sbin', '/sbin', '/usr/bin', '/bin']) if (existsSync(join(dir, 'modinfo'))) return join(dir, 'modinfo');
  return 'modinfo';
}

/** beforeAll timeout for kernelSignFile(): the shared kernel tree may need a cold build (minutes). */
export const SIGN_FILE_TIMEOUT_MS = 30 * 60 * 1000;

/** The kernel's scripts/sign-file, from the shared riscv64 kernel tree (built once per run). */
export async function kernelSignFile(): Promise<string> {
  return (await kernelTree()).signFile;
}
