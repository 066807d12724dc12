// npm run bench:transfer — SFTP push of 200 MB: linkgate put (bundled, pure-JS ssh2) vs OpenSSH scp
// on loopback, in the same run; then an unchanged re-push. Targets (issue 5): throughput >= 0.9x
// scp; unchanged re-push <= 5% of the first push. Needs root and sshd.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundle, fmt } from './common.mjs';

const MB = Number(process.env.BENCH_MB ?? 200);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const { outdir, client, harness } = await bundle();
const lab = await harness.createSshLab();
const work = mkdtempSync(join(tmpdir(), 'linkgate-bench-transfer-'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
let sshd;
try {
  sshd = await harness.startSshd(lab);
  const local = join(work, 'payload.bin');
  execFileSync('sh', ['-c', `head -c ${MB}M /dev/urandom > "$1"`, 'sh', local]);
  const knownHosts = join(work, 'known_hosts');
  execFileSync('sh', ['-c', `printf '%s\\n' "$1" > "$2"`, 'sh', `[127.0.0.1]:${sshd.port} ${lab.hostKey.publicKey}`, knownHosts]);
  const home = execFileSync('sh', ['-c', `getent passwd ${lab.user} | cut -d: -f6`], { encoding: 'utf8' }).trim();
  const clean = () => execFileSync('sh', ['-c', 'rm -f "$1"/bench-*.bin; rm -rf "$1"/.cache/linkgate/put', 'sh', home]);

  const scp = [];
  for (let i = 0; i < RUNS; i++) {
    clean();
    const t0 = performance.now();
    const r = spawnSync('scp', ['-q', '-i', lab.clientKey.privatePath, '-o', `UserKnownHostsFile=${knownHosts}`, '-o', 'StrictHostKeyChecking=yes', '-o', 'BatchMode=yes', '-P', String(sshd.port), local, `${lab.user}@127.0.0.1:bench-scp.bin`]);
    if (r.status !== 0) throw new Error(`scp failed: ${r.stderr}`);
    scp.push(performance.now() - t0);
  }
  const lg = [];
  for (let i = 0; i < RUNS; i++) {
    clean();
    const job = { kind: 'put', target: lab.target('bench', sshd), local, remote: 'bench-lg.bin', times: 2 };
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [client], { env: { ...process.env, BENCH_JOB: JSON.stringify(job) }, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`linkgate put failed: ${r.stderr}`);
    const out = JSON.parse(r.stdout.trim().split('\n').pop());
    lg.push({ wall: performance.now() - t0, ...out });
  }
  // A fresh process re-pushing the unchanged file: hashes the local file again (no in-process memo).
  const fresh = [];
  for (let i = 0; i < RUNS; i++) {
    const job = { kind: 'put', target: lab.target('bench', sshd), local, remote: 'bench-lg.bin', times: 1 };
    const r = spawnSync(process.execPath, [client], { env: { ...process.env, BENCH_JOB: JSON.stringify(job) }, encoding: 'utf8' });
    const out = JSON.parse(r.stdout.trim().split('\n').pop());
    if (!out.timings[0].skipped) throw new Error('unchanged re-push was not skipped');
    fresh.push(out.timings[0].ms);
  }
  const scpMs = median(scp);
  const firstPut = median(lg.map((r) => r.timings[0].ms));
  const firstE2E = median(lg.map((r) => r.wall));
  const rePut = median(lg.map((r) => r.timings[1].ms));
  const rePutFresh = median(fresh);
  const mibps = (ms) => `${((MB * 1024 * 1024) / (1024 * 1024) / (ms / 1000)).toFixed(0)} MiB/s`;
  console.log(`\nbench:transfer — ${MB} MiB to loopback sshd (internal-sftp), median of ${RUNS}, 2-core machine; linkgate bundled without native addons`);
  console.log(`scp (end to end, incl. connect)            ${fmt(scpMs)}  ${mibps(scpMs)}`);
  console.log(`linkgate put (end to end: node, connect)   ${fmt(firstE2E)}  ${mibps(firstE2E)}  -> ${(scpMs / firstE2E).toFixed(2)}x scp throughput`);
  console.log(`linkgate put (transfer incl. sha256 check) ${fmt(firstPut)}  ${mibps(firstPut)}  -> ${(scpMs / firstPut).toFixed(2)}x scp throughput`);
  console.log(`unchanged re-push, same process            ${fmt(rePut)}  = ${((rePut / firstPut) * 100).toFixed(1)}% of the first push (target <= 5%)`);
  console.log(`unchanged re-push, fresh process           ${fmt(rePutFresh)}  = ${((rePutFresh / firstPut) * 100).toFixed(1)}% of the first push (re-hashes ${MB} MiB locally)`);
} finally {
  await sshd?.stop();
  await lab.cleanup();
  rmSync(work, { recursive: true, force: true });
  rmSync(outdir, { recursive: true, force: true });
}
