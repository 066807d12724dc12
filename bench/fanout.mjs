// npm run bench:fanout — a 4-command suite on 16, 32 and 64 hosts: linkgate vs parallel-ssh vs
// ansible, in the same run, against real OpenSSH sshd instances on loopback (one per "host").
// Targets (issue 5): linkgate <= 0.5x parallel-ssh wall time at 64 hosts; overhead over the slowest
// host's own time <= 1 s; client memory <= 200 MB at 64 hosts. Needs root, sshd, pssh, ansible.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundle, fmt } from './common.mjs';

const SIZES = (process.env.BENCH_SIZES ?? '16,32,64').split(',').map(Number);
const SUITE = [
  { name: 'kernel', argv: ['uname', '-r'] },
  { name: 'settle', argv: ['sleep', '1'] },
  { name: 'cpuinfo', argv: ['cat', '/proc/cpuinfo'] },
  { name: 'hash', argv: ['sh', '-c', 'head -c 1000000 /dev/urandom | sha256sum'] },
];
const shellLine = (argv) => argv.map((a) => (/^[\w./=-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');

const { outdir, client, harness } = await bundle();
const lab = await harness.createSshLab();
const work = mkdtempSync(join(tmpdir(), 'linkgate-bench-fanout-'));
const servers = [];
const time = (fn) => {
  const t0 = performance.now();
  const out = fn();
  return { ms: performance.now() - t0, out };
};

try {
  for (let i = 0; i < Math.max(...SIZES); i++) servers.push(await harness.startSshd(lab));
  const knownHosts = join(work, 'known_hosts');
  writeFileSync(knownHosts, servers.map((s) => `[127.0.0.1]:${s.port} ${lab.hostKey.publicKey}`).join('\n') + '\n');
  const sshOpts = ['-i', lab.clientKey.privatePath, '-o', `UserKnownHostsFile=${knownHosts}`, '-o', 'StrictHostKeyChecking=yes', '-o', 'BatchMode=yes', '-o', 'IdentitiesOnly=yes'];

  // The hosts' own time: the suite run directly as the login user, no SSH.
  const own = time(() => {
    for (const step of SUITE) execFileSync('runuser', ['-u', lab.user, '--', ...step.argv], { stdio: 'ignore' });
  }).ms;

  const rows = [];
  for (const n of SIZES) {
    const hosts = servers.slice(0, n);
    // linkgate (bundled, child process so its peak RSS is its own)
    const job = { kind: 'fanout', concurrency: n, steps: SUITE.map((s) => ({ ...s, timeoutMs: 60_000 })), targets: hosts.map((s, i) => lab.target(`h${String(i + 1).padStart(2, '0')}`, s)) };
    const lg = time(() => spawnSync(process.execPath, [client], { env: { ...process.env, BENCH_JOB: JSON.stringify(job) }, encoding: 'utf8' }));
    const lgOut = JSON.parse(lg.out.stdout.trim().split('\n').pop());

    // parallel-ssh: one invocation per step (per-step results, like linkgate's)
    const hostsFile = join(work, `hosts-${n}`);
    writeFileSync(hostsFile, hosts.map((s) => `${lab.user}@127.0.0.1:${s.port}`).join('\n') + '\n');
    let psshOk = true;
    const pssh = time(() => {
      for (const step of SUITE) {
        const r = spawnSync('parallel-ssh', ['-h', hostsFile, '-p', String(n), '-t', '60', '-x', sshOpts.join(' '), shellLine(step.argv)], { encoding: 'utf8' });
        if (r.status !== 0) psshOk = false;
      }
    });

    // ansible: one play, four raw tasks (no Python module transfer), forks = n
    const inventory = join(work, `inventory-${n}.ini`);
    writeFileSync(
      inventory,
      '[fleet]\n' +
        hosts.map((s, i) => `h${i + 1} ansible_host=127.0.0.1 ansible_port=${s.port}`).join('\n') +
        `\n[fleet:vars]\nansible_user=${lab.user}\nansible_ssh_private_key_file=${lab.clientKey.privatePath}\nansible_ssh_common_args='-o UserKnownHostsFile=${knownHosts} -o StrictHostKeyChecking=yes'\n`,
    );
    const playbook = join(work, 'suite.yml');
    writeFileSync(playbook, `- hosts: fleet\n  gather_facts: false\n  tasks:\n${SUITE.map((s) => `    - name: ${s.name}\n      raw: ${JSON.stringify(shellLine(s.argv))}\n`).join('')}`);
    const ansible = time(() =>
      spawnSync('ansible-playbook', ['-i', inventory, '-f', String(n), playbook], {
        encoding: 'utf8',
        env: { ...process.env, ANSIBLE_SSH_CONTROL_PATH_DIR: join(work, 'cp'), ANSIBLE_LOCAL_TEMP: join(work, 'tmp'), ANSIBLE_NOCOLOR: '1' },
      }),
    );
    rows.push({ n, lg: lg.ms, lgOut, pssh: pssh.ms, psshOk, ansible: ansible.ms, ansibleOk: ansible.out.status === 0 });
  }

  console.log(`\nbench:fanout — 4-command suite (${SUITE.map((s) => s.name).join(', ')}), loopback sshd per host, 2-core machine`);
  console.log(`hosts' own time for the suite (run locally, no SSH): ${fmt(own)}\n`);
  console.log('hosts | linkgate wall | parallel-ssh | ansible | linkgate/pssh | linkgate/ansible | overhead vs own | linkgate peak RSS | outcome');
  for (const r of rows) {
    console.log(
      [
        String(r.n).padStart(5),
        fmt(r.lg).padStart(13),
        `${fmt(r.pssh)}${r.psshOk ? '' : ' (errors)'}`.padStart(12),
        `${fmt(r.ansible)}${r.ansibleOk ? '' : ' (errors)'}`.padStart(7),
        `${(r.lg / r.pssh).toFixed(2)}x`.padStart(13),
        `${(r.lg / r.ansible).toFixed(2)}x`.padStart(16),
        fmt(r.lg - own).padStart(15),
        `${(r.lgOut.maxRssKB / 1024).toFixed(0)} MB`.padStart(17),
        r.lgOut.summary,
      ].join(' | '),
    );
  }
  const at64 = rows.find((r) => r.n === 64);
  if (at64) {
    console.log(`\ntargets at 64 hosts: wall ratio ${(at64.lg / at64.pssh).toFixed(2)}x (<= 0.5x: ${at64.lg / at64.pssh <= 0.5 ? 'met' : 'MISSED'}), ` +
      `overhead ${fmt(at64.lg - own)} (<= 1 s: ${at64.lg - own <= 1000 ? 'met' : 'MISSED'}), ` +
      `peak RSS ${(at64.lgOut.maxRssKB / 1024).toFixed(0)} MB (<= 200 MB: ${at64.lgOut.maxRssKB / 1024 <= 200 ? 'met' : 'MISSED'})`);
  }
} finally {
  for (const s of servers) await s.stop();
  await lab.cleanup();
  rmSync(work, { recursive: true, force: true });
  rmSync(outdir, { recursive: true, force: true });
}
