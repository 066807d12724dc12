// A tiny CLI-like client for lease.test.ts: bundled with esbuild the way dist/ is (native addons
// external), it connects, takes the lease, runs a command that never ends, and must release the
// lease and kill the remote command when it receives SIGTERM.
import { systemClock } from '../../src/core/clock.js';
import { StreamLogger } from '../../src/core/logger.js';
import { connectSsh } from '../../src/remote/connect.js';
import { withLease } from '../../src/remote/lease.js';

const { target, canary, marker, dir } = JSON.parse(process.env.LEASE_HOLDER ?? '{}');
const logger = new StreamLogger((text) => process.stderr.write(text));
const controller = new AbortController();
process.on('SIGTERM', () => controller.abort(new Error('SIGTERM')));
const host = await connectSsh(target, { logger, signal: controller.signal });
try {
  await withLease(host, { canary, owner: `holder ${process.pid}`, runUrl: 'https://ci.example/run/1', dir, clock: systemClock, logger, signal: controller.signal }, async () => {
    process.stderr.write('LEASED\n');
    const result = await host.exec(['sh', '-c', `sleep 300; : ${marker}`], { signal: controller.signal });
    process.stderr.write(`RESULT cancelled=${result.cancelled}\n`);
  });
} finally {
  await host.close();
}
process.exit(controller.signal.aborted ? 3 : 0);
