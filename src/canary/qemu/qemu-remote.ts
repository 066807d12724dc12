import { readFile } from 'node:fs/promises';
import type { Logger } from '../../core/logger.js';
import { connectSsh } from '../../remote/connect.js';
import type { SshTarget } from '../../remote/ssh-target.js';
import type { RemoteHost } from '../../remote/transport.js';
import type { QemuCanaryNode } from './qemu-node.js';

/**
 * The QEMU canary through the same RemoteHost port as any canary: connectSsh with the host key that
 * was generated into the initramfs (pinned, never trust-on-first-use) and the client key made with it.
 * The port is read at each connect, because a reboot may have had to move it.
 */
export async function qemuConnector(
  node: QemuCanaryNode,
  keys: { hostKey: string; clientKeyPath: string },
  logger: Logger,
): Promise<() => Promise<RemoteHost>> {
  const privateKey = await readFile(keys.clientKeyPath);
  return () => {
    const port = node.sshPort;
    if (port === undefined) return Promise.reject(new Error(`${node.name}: not booted`));
    const target: SshTarget = {
      name: node.name,
      host: '127.0.0.1',
      port,
      user: 'root',
      hostKeys: [keys.hostKey],
      hostKeyPolicy: 'pinned',
      privateKey,
    };
    // One quick attempt per call: reboot-and-wait polls, so retries here would only hide its timing.
    return connectSsh(target, { logger, connectTimeoutMs: 5_000, keepaliveIntervalMs: 2_000, retry: { attempts: 1 } });
  };
}
