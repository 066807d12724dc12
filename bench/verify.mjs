// npm run bench:verify [-- --count N]
//
// Verifies N (default 1000) signed modules two ways, in the same run, on the same files:
//   linkgate:  one `linkgate verify --cert CERT --json` over all modules (the bundled CLI, node startup included)
//   baseline:  per module, what a shell script would do: `modinfo FILE` for signer/sig_key, then
//              `openssl cms -verify -binary -noverify -nointern -certfile CERT` on the split-off signature.
// Splitting body and signature for openssl is done before the clock starts (it favours the baseline).
// Both sides must agree that every module is valid, or the run fails.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { count: { type: 'string', default: '1000' } } });
const count = Number(values.count);
const root = new URL('..', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'linkgate-bench-verify-'));
const modinfo = ['/usr/sbin/modinfo', '/sbin/modinfo'].find((p) => existsSync(p)) ?? 'modinfo';

try {
  console.error(`bench:verify: preparing ${count} signed modules in ${work}`);
  execFileSync('node', ['scripts/bundle.mjs', '--outdir', join(work, 'dist')], { cwd: root, stdio: 'pipe' });
  const cli = join(work, 'dist', 'cli.js');

  writeFileSync(join(work, 'x509.genkey'), `[ req ]
default_bits = 4096
distinguished_name = dn
prompt = no
x509_extensions = ext
[ dn ]
CN = linkgate bench signing key
[ ext ]
basicConstraints=critical,CA:FALSE
keyUsage=digitalSignature
subjectKeyIdentifier=hash
`);
  const key = join(work, 'signing_key.pem');
  // RSA-4096, the kernel's default key size (certs/default_x509.genkey).
  execFileSync('openssl', ['req', '-new', '-nodes', '-utf8', '-sha256', '-days', '3650', '-batch', '-x509', '-config', join(work, 'x509.genkey'), '-outform', 'PEM', '-out', key, '-keyout', key], { stdio: 'pipe' });

  // One real relocatable; N distinct modules by giving each its own .modinfo name of equal length.
  writeFileSync(join(work, 'm.c'), 'static int n; int bench_init(void) { return ++n; }\n');
  execFileSync('gcc', ['-c', '-O1', '-o', join(work, 'm.o'), join(work, 'm.c')]);
  writeFileSync(join(work, 'modinfo.bin'), 'vermagic=6.1.192 mod_unload riscv\0license=GPL\0name=mod00000\0');
  execFileSync('objcopy', ['--add-section', `.modinfo=${join(work, 'modinfo.bin')}`, '--set-section-flags', '.modinfo=alloc,readonly', join(work, 'm.o'), join(work, 'm.ko')]);
  const template = readFileSync(join(work, 'm.ko'));
  const at = template.indexOf('name=mod00000');
  const unsigned = join(work, 'unsigned');
  mkdirSync(unsigned);
  const files = [];
  for (let i = 0; i < count; i++) {
    const bytes = Buffer.from(template);
    bytes.write(`name=mod${String(i).padStart(5, '0')}`, at, 'latin1');
    const file = join(unsigned, `mod${String(i).padStart(5, '0')}.ko`);
    writeFileSync(file, bytes);
    files.push(file);
  }
  const signStart = performance.now();
  const signed = spawnSync('node', [cli, 'sign', '--key', key, '--cert', key, '--method', 'openssl', '--out', work, '--artifact-name', 'signed', unsigned], { encoding: 'utf8' });
  if (signed.status !== 0) throw new Error(`linkgate sign failed: ${signed.stderr}`);
  console.error(`bench:verify: signed ${count} modules with linkgate sign (openssl) in ${((performance.now() - signStart) / 1000).toFixed(1)} s`);
  const signedFiles = files.map((f) => join(work, 'signed', f.slice(unsigned.length + 1)));

  // Split for openssl before timing.
  const split = join(work, 'split');
  mkdirSync(split);
  for (const [i, file] of signedFiles.entries()) {
    const b = readFileSync(file);
    const len = b.readUInt32BE(b.length - 28 - 4);
    const cmsAt = b.length - 40 - len;
    writeFileSync(join(split, `${i}.body`), b.subarray(0, cmsAt));
    writeFileSync(join(split, `${i}.p7s`), b.subarray(cmsAt, cmsAt + len));
  }

  // --- linkgate
  const t0 = performance.now();
  const lg = spawnSync('node', [cli, 'verify', '--cert', key, '--kernel-release', '6.1.192', '--json', ...signedFiles], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const linkgateMs = performance.now() - t0;
  const verdicts = JSON.parse(lg.stdout);
  const lgValid = verdicts.filter((v) => v.valid === true && v.problems.length === 0).length;
  if (lg.status !== 0 || lgValid !== count) throw new Error(`linkgate verify: exit ${lg.status}, ${lgValid}/${count} valid`);

  // --- baseline: modinfo + openssl cms -verify per module
  const t1 = performance.now();
  let baseValid = 0;
  for (const [i, file] of signedFiles.entries()) {
    const info = spawnSync(modinfo, [file], { encoding: 'utf8' });
    const ossl = spawnSync('openssl', ['cms', '-verify', '-binary', '-inform', 'DER', '-in', join(split, `${i}.p7s`), '-content', join(split, `${i}.body`), '-certfile', key, '-nointern', '-noverify', '-out', '/dev/null'], { encoding: 'utf8' });
    if (info.status === 0 && /sig_key:/.test(info.stdout) && ossl.status === 0) baseValid++;
  }
  const baselineMs = performance.now() - t1;
  if (baseValid !== count) throw new Error(`baseline: ${baseValid}/${count} valid`);

  const ratio = baselineMs / linkgateMs;
  console.log(`bench:verify  modules=${count}  key=RSA-4096 sha256`);
  console.log(`  linkgate verify (1 process, bundled CLI):     ${linkgateMs.toFixed(0).padStart(7)} ms  (${(linkgateMs / count).toFixed(2)} ms/module)`);
  console.log(`  modinfo + openssl cms -verify (per module):   ${baselineMs.toFixed(0).padStart(7)} ms  (${(baselineMs / count).toFixed(2)} ms/module)`);
  console.log(`  ratio: linkgate is ${ratio.toFixed(1)}x faster (target >= 5x) ${ratio >= 5 ? 'OK' : 'BELOW TARGET'}`);
  process.exitCode = ratio >= 5 ? 0 : 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
