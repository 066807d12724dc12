import { connect } from 'node:net';

/**
 * Waits until an SSH server answers on host:port with its `SSH-2.0-…` banner. QEMU's user-mode network
 * accepts the TCP connection before the guest listens, so a bare connect proves nothing; and an ssh
 * attempt made too early can stall for its whole ConnectTimeout. A banner is proof, and costs no auth.
 */
export async function waitForSshBanner(
  host: string,
  port: number,
  options: { deadline: number; attemptMs?: number; isAlive?: () => boolean; signal?: AbortSignal },
): Promise<string> {
  let lastError = 'no attempt made';
  while (Date.now() < options.deadline) {
    if (options.signal?.aborted) throw new Error('cancelled while waiting for the SSH banner');
    if (options.isAlive && !options.isAlive()) throw new Error('the machine stopped while waiting for the SSH banner');
    const attemptMs = Math.min(options.attemptMs ?? 1000, Math.max(50, options.deadline - Date.now()));
    try {
      return await readBanner(host, port, attemptMs);
    } catch (error) {
      lastError = (error as Error).message;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  throw new Error(`no SSH banner on ${host}:${port} before the deadline (last: ${lastError})`);
}

function readBanner(host: string, port: number, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port });
    let text = '';
    const done = (error: Error | null, banner?: string): void => {
      clearTimeout(timer);
      socket.destroy();
      if (error) reject(error);
      else resolve(banner ?? '');
    };
    const timer = setTimeout(() => done(new Error(`no banner within ${timeoutMs} ms`)), timeoutMs);
    socket.on('data', (chunk: Buffer) => {
      text += chunk.toString('latin1');
      const line = text.split('\n').find((l) => l.startsWith('SSH-'));
      if (line) done(null, line.trim());
      else if (text.length > 8192) done(new Error('not an SSH server (no banner in 8 KiB)'));
    });
    socket.on('error', (error) => done(error));
    socket.on('close', () => done(new Error('connection closed before a banner')));
  });
}
