// Bundled by bench/qemu-boot.mjs. Boot-to-first-command of the QEMU canary: linkgate's launcher
// (console marker + SSH banner, then one pinned ssh2 exec) against what a user would otherwise
// script: start QEMU and retry `ssh … true` until it answers.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ProcessRunner } from '../src/core/command-runner.js';
import { MemoryLogger } from '../src/core/logger.js';
import { fetchGuestDebs } from '../src/canary/guest/fetch-debs.js';
import { buildGuestInitramfs } from '../src/canary/guest/initramfs.js';
import { freeLoopbackPort } from '../src/canary/qemu/free-port.js';
import { qemuBootArgv } from '../src/canary/qemu/qemu-argv.js';
import { QemuMachine } from '../src/canary/qemu/qemu-machine.js';
import { connectSsh } from '../src/remote/connect.js';

const root = process.argv[2] ?? process.cwd();
const runs = Number(process.argv[3] ?? 5);
const image = join(root, '.cache', 'kernel-tree', 'out', 'Image');
if (!existsSync(image)) {
  console.error(`no kernel at ${image}: run the canary tests once (they build it)`);
  process.exit(2);
}
const runner = new ProcessRunner();
const logger = new MemoryLogger();
const dir = await mkdtemp(join(tmpdir(), 'linkgate-bench-'));
try {
  const debs = await fetchGuestDebs({ cacheDir: join(root, '.cache', 'guest-debs'), runner, logger });
  const initrd = await buildGuestInitramfs({ debs: debs.files, workDir: dir, runner });
  const key = await readFile(initrd.clientKeyPath);
  const ours: number[] = [];
  const naive: number[] = [];
  for (let i = 0; i < runs; i++) {
    // linkgate
    let t = Date.now();
    const machine = await QemuMachine.boot({ spec: { kernel: image, initrd: initrd.path }, runner, logger, consoleLog: join(dir, `console-${i}.log`) });
    const host = await connectSsh(
      { name: 'bench', host: '127.0.0.1', port: machine.facts.sshPort, user: 'root', hostKeys: [initrd.hostKey], hostKeyPolicy: 'pinned', privateKey: key },
      { logger, retry: { attempts: 1 } },
    );
    await host.exec(['true']);
    ours.push(Date.now() - t);
    await host.close();
    await machine.stop();

    // the shell way: qemu in the background, `ssh true` until it works
    const port = await freeLoopbackPort();
    t = Date.now();
    const qemu = spawn(qemuBootArgv({ kernel: image, initrd: initrd.path, sshPort: port })[0]!, qemuBootArgv({ kernel: image, initrd: initrd.path, sshPort: port }).slice(1), { stdio: 'ignore' });
    for (;;) {
      const r = spawnSync('ssh', ['-p', String(port), '-i', initrd.clientKeyPath, '-o', 'BatchMode=yes', '-o', 'StrictHostKeyChecking=no', '-o', 'UserKnownHostsFile=/dev/null', '-o', 'ConnectTimeout=2', '-o', 'LogLevel=ERROR', 'root@127.0.0.1', 'true']);
      if (r.status === 0) break;
      if (Date.now() - t > 60_000) throw new Error('ssh loop never succeeded');
      spawnSync('sleep', ['0.2']);
    }
    naive.push(Date.now() - t);
    qemu.kill('SIGKILL');
  }
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log(`QEMU canary: boot → first command over SSH, ${runs} runs each`);
  console.log(`  linkgate (marker + banner + pinned ssh2 exec): median ${median(ours)} ms  [${ours.join(', ')}]`);
  console.log(`  shell loop (qemu & + ssh true every 0.2 s):     median ${median(naive)} ms  [${naive.join(', ')}]`);
  console.log(`  ratio shell/linkgate: ${(median(naive) / median(ours)).toFixed(2)}x`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
