import { createServer } from 'node:net';

/**
 * A loopback port nobody listens on right now (the kernel picks it). Never a fixed port: the lab lost
 * an hour to a forward on 2222 that another sshd already held. Another process can still take it before
 * QEMU binds it; the launcher then sees "Could not set up host forwarding rule" and tries a new port.
 */
export function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error('no port assigned'))));
    });
  });
}
