import { it } from 'vitest';
import { join } from 'node:path';
import { kernelTree } from '../helpers/kernel-tree.js';
import { bootCanary, signatureModules } from './helpers/qemu.js';
it('x', async () => {
  const tree = await kernelTree();
  console.log(tree);
  const { canary, dir } = await bootCanary(tree);
  try {
    const m = await signatureModules(tree, dir);
    const host = await canary.connect();
    await host.put(m.signed, '/tmp/s.ko', { mode: 0o644 });
    console.log(await host.exec(['insmod', '/tmp/s.ko']));
    console.log((await host.exec(['dmesg'])).stdout.split('\n').slice(-8).join('\n'));
    console.log((await host.exec(['uname', '-a'])).stdout);
    await host.close();
  } finally { await canary.close(); }
}, 300000);
