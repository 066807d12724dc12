import { it, expect } from 'vitest';
import { readBundle } from '../../src/smoke/bundle/format.js';
import { startVirtualCanary } from '../../src/smoke/virtual/server.js';
import { connectSsh } from '../../src/remote/connect.js';
import { MemoryLogger } from '../../src/core/logger.js';
import { readExecRequest } from '../../src/smoke/virtual/command-words.js';
import { buildRemoteCommand } from '../../src/remote/remote-command.js';

it('debug', async () => {
  console.log(readExecRequest(buildRemoteCommand({ argv: ['uname', '-r'], timeoutMs: 1000 }).command));
  const bundle = await readBundle('fixtures/scenarios/h100-nv18-healthy');
  const vc = await startVirtualCanary(bundle);
  const remote = await connectSsh({ name: 'x', host: vc.host, port: vc.port, user: vc.user, hostKeys: [vc.hostPublicKey], hostKeyPolicy: 'pinned', privateKey: vc.clientPrivateKey }, { logger: new MemoryLogger() });
  const r = await remote.exec(['uname', '-r'], { timeoutMs: 5000 });
  console.log(r, vc.served);
  const r2 = await remote.exec(['echo', 'hi'], { timeoutMs: 5000 });
  console.log(r2, vc.served);
  await remote.close(); await vc.close();
  expect(1).toBe(1);
});
