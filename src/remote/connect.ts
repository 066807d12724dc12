import { Client, type ConnectConfig } from 'ssh2';
import type { Duplex } from 'node:stream';
import { systemClock, type Clock } from '../core/clock.js';
import type { Logger } from '../core/logger.js';
import { checkHostKey, knownHostsLine } from './host-key-check.js';
import { DEFAULT_CONNECT_RETRY, withRetries, type RetryPolicy } from './retry-policy.js';
import { SshRemoteHost } from './ssh-remote-host.js';
import { classifySshError } from './ssh-errors.js';
import type { SshTarget } from './ssh-target.js';
import { RemoteError, type RemoteHost } from './transport.js';

export interface ConnectOptions {
  logger: Logger;
  clock?: Clock;
  /** Per attempt: TCP connect + SSH handshake + authentication (default 15 s). */
  connectTimeoutMs?: number;
  /** SSH keepalives: the connection counts as lost after `keepaliveCountMax` unanswered ones. */
  keepaliveIntervalMs?: number;
  keepaliveCountMax?: number;
  retry?: Partial<RetryPolicy>;
  signal?: AbortSignal;
  random?: () => number;
}

export const DEFAULT_CONNECT_TIMEOUT_MS = 15_000;
export const DEFAULT_KEEPALIVE_INTERVAL_MS = 5_000;
export const DEFAULT_KEEPALIVE_COUNT_MAX = 3;

interface Hop {
  label: string;
  host: string;
  port: number;
  user: string;
  hostKeys: readonly string[];
  acceptNew: boolean;
}

/**
 * Opens one pinned SSH connection (through the jump host when the target has one). Connect and
 * handshake failures are retried with backoff; authentication and host-key refusals are not.
 * Failures throw RemoteError with the host state (unreachable | timeout | auth-failed).
 */
export async function connectSsh(target: SshTarget, options: ConnectOptions): Promise<RemoteHost> {
  const policy = { ...DEFAULT_CONNECT_RETRY, ...options.retry };
  const clock = options.clock ?? systemClock;
  try {
    return await withRetries(
      async () => {
        const jump = target.jump
          ? await openClient(target, { label: `${target.name} jump host ${target.jump.host}`, ...target.jump, acceptNew: false }, options)
          : undefined;
        try {
          const sock = jump ? await forward(jump, target) : undefined;
          const client = await openClient(
            target,
            { label: target.name, host: target.host, port: target.port, user: target.user, hostKeys: target.hostKeys, acceptNew: target.hostKeyPolicy === 'insecure-accept-new' },
            options,
            sock,
          );
          return new SshRemoteHost(target.name, client, jump, options.logger);
        } catch (error) {
          jump?.end();
          throw error;
        }
      },
      (error) => error instanceof AttemptError && error.retryable,
      {
        policy,
        clock,
        signal: options.signal,
        random: options.random,
        onRetry: (error, n, delay) => options.logger.warn(`${target.name}: ${(error as Error).message}; retry ${n}/${policy.attempts - 1} in ${delay} ms`),
      },
    );
  } catch (error) {
    if (error instanceof AttemptError) throw new RemoteError(error.state, error.message, { cause: error.cause });
    throw error;
  }
}

class AttemptError extends Error {
  constructor(
    readonly state: RemoteError['state'],
    message: string,
    readonly retryable: boolean,
    cause: unknown,
  ) {
    super(message, { cause });
  }
}

function openClient(target: SshTarget, hop: Hop, options: ConnectOptions, sock?: Duplex): Promise<Client> {
  const where = `${hop.label} (${hop.user}@${hop.host}:${hop.port})`;
  return new Promise<Client>((resolve, reject) => {
    const client = new Client();
    let refusal: string | undefined;
    let done = false;
    const fail = (error: unknown): void => {
      if (done) return;
      done = true;
      options.signal?.removeEventListener('abort', onAbort);
      client.destroy();
      if (options.signal?.aborted) return reject(options.signal.reason);
      const classified = classifySshError(error, where);
      const message = refusal ? `${where}: ${refusal}` : classified.message;
      reject(new AttemptError(classified.state, message, classified.retryable, error));
    };
    const onAbort = (): void => fail(new Error('cancelled'));
    options.signal?.addEventListener('abort', onAbort, { once: true });
    client.once('ready', () => {
      if (done) return;
      done = true;
      options.signal?.removeEventListener('abort', onAbort);
      resolve(client);
    });
    client.on('error', fail);
    client.once('close', () => fail(Object.assign(new Error('Connection closed before the session was ready'), { level: 'protocol' })));
    const config: ConnectConfig = {
      host: hop.host,
      port: hop.port,
      username: hop.user,
      privateKey: target.privateKey,
      sock: sock as ConnectConfig['sock'],
      readyTimeout: options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
      keepaliveInterval: options.keepaliveIntervalMs ?? DEFAULT_KEEPALIVE_INTERVAL_MS,
      keepaliveCountMax: options.keepaliveCountMax ?? DEFAULT_KEEPALIVE_COUNT_MAX,
      // ssh2 accepts any host key unless a verifier is set: this one is always set.
      hostVerifier: (key: Buffer) => {
        if (hop.acceptNew && hop.hostKeys.length === 0) {
          options.logger.warn(
            `INSECURE: ${where}: hostKeyPolicy insecure-accept-new trusted an unpinned host key, so this connection is open to a man in the middle. Pin it: hostKeys: ["${knownHostsLine(hop.host, hop.port, key)}"]`,
          );
          return true;
        }
        const decision = checkHostKey(hop.hostKeys, key, hop.host, hop.port);
        if (!decision.ok) refusal = decision.reason;
        else options.logger.debug(`${where}: host key pinned by ${decision.via}`);
        return decision.ok;
      },
    };
    try {
      client.connect(config);
      // Trap: ssh2 leaves Nagle on. Small SSH packets (exec requests, SFTP stat, window adjusts) then
      // wait for delayed ACKs: measured ~45 ms per SFTP round trip and ~100 ms per exec on loopback.
      client.setNoDelay(true);
    } catch (error) {
      // ssh2 throws synchronously for an unreadable private key: a configuration problem.
      done = true;
      options.signal?.removeEventListener('abort', onAbort);
      reject(new AttemptError('auth-failed', `${where}: cannot use the private key (${(error as Error).message})`, false, error));
    }
  });
}

function forward(jump: Client, target: SshTarget): Promise<Duplex> {
  return new Promise((resolve, reject) => {
    jump.forwardOut('127.0.0.1', 0, target.host, target.port, (error, stream) => {
      if (error) {
        return reject(
          new AttemptError('unreachable', `${target.name}: the jump host could not reach ${target.host}:${target.port} (${error.message})`, true, error),
        );
      }
      resolve(stream);
    });
  });
}
