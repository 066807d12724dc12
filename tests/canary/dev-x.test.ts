import { it } from 'vitest';
import { kernelTree } from '../helpers/kernel-tree.js';
import { bootCanary } from './helpers/qemu.js';
it('x', async () => {
  const tree = await kernelTree();
  const { canary } = await bootCanary(tree);
  try {
    const host = await canary.connect();
    for (const f of ['s384', 's512', 'u']) {
      await host.put(`/tmp/cl/ld/${f}.ko`, `/tmp/${f}.ko`, { mode: 0o644 });
      const r = await host.exec(['insmod', `/tmp/${f}.ko`]);
      console.log(f, r.exitCode, r.stderr);
    }
    console.log((await host.exec(['sh', '-c', 'dmesg | tail -4; cat /proc/sys/kernel/modprobe; ls -la /sbin/modprobe; cat /proc/crypto | grep -A8 pkcs1pad'])).stdout);
    await host.close();
  } finally { await canary.close(); }
}, 300000);
