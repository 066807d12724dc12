import type { Client, SFTPWrapper } from 'ssh2';
import type { Logger } from '../core/logger.js';
import { getFile, putFile, type PutOptions } from './sftp-transfer.js';
import { needsSerialChannels } from './server-quirks.js';
import { execOverSsh } from './ssh-exec.js';
import { classifySshError } from './ssh-errors.js';
import { RemoteError, type RemoteExecOptions, type RemoteExecResult, type RemoteHost } from './transport.js';

/** A RemoteHost over one ssh2 connection, reused for every step (and every SFTP transfer). */
export class SshRemoteHost implements RemoteHost {
  #lost: Error | undefined;
  #closing = false;
  #listeners = new Set<() => void>();
  #sftp: Promise<SFTPWrapper> | undefined;
  /** The tail of the one-at-a-time queue, for servers that cannot take concurrent channels. */
  #serial: Promise<unknown> | null | undefined;

  constructor(
    readonly name: string,
    private readonly client: Client,
    private readonly jump: Client | undefined,
    private readonly logger: Logger,
  ) {
    client.on('error', (error) => {
      this.#lost ??= new Error(classifySshError(error, name).message);
    });
    client.on('close', () => {
      this.#lost ??= new Error(this.#closing ? 'connection closed by us' : 'connection closed by the server');
      if (!this.#closing) logger.debug(`${name}: connection closed: ${this.#lost.message}`);
      for (const listener of [...this.#listeners]) listener();
    });
  }

  /** The connection-level error once the connection is gone; undefined while it is up. */
  get lost(): Error | undefined {
    return this.#lost;
  }

  exec(argv: readonly string[], options: RemoteExecOptions = {}): Promise<RemoteExecResult> {
    // ssh2 keeps the server's software version in a private field; it is known once connected.
    this.#serial ??= needsSerialChannels((this.client as unknown as { _remoteVer?: string })._remoteVer) ? Promise.resolve() : null;
    if (this.#serial === null) return this.#exec(argv, options);
    const run = this.#serial.then(() => this.#exec(argv, options));
    this.#serial = run.catch(() => undefined);
    return run;
  }

  #exec(argv: readonly string[], options: RemoteExecOptions): Promise<RemoteExecResult> {
    return execOverSsh(this.client, argv, options, {
      name: this.name,
      lost: () => this.#lost,
      onLost: (listener) => {
        this.#listeners.add(listener);
        return () => this.#listeners.delete(listener);
      },
    });
  }

  put(localPath: string, remotePath: string, options: PutOptions = {}): Promise<{ skipped: boolean; sha256: string }> {
    return putFile(this, localPath, remotePath, options);
  }

  get(remotePath: string, localPath: string): Promise<void> {
    return getFile(this, remotePath, localPath);
  }

  /** One SFTP session per connection, opened on first use. */
  sftp(): Promise<SFTPWrapper> {
    if (this.#lost) return Promise.reject(new RemoteError('unreachable', `${this.name}: connection lost (${this.#lost.message})`));
    this.#sftp ??= new Promise<SFTPWrapper>((resolve, reject) => {
      this.client.sftp((error, sftp) => {
        if (error) {
          this.#sftp = undefined;
          return reject(new RemoteError('unreachable', `${this.name}: cannot start SFTP (${error.message})`, { cause: error }));
        }
        resolve(sftp);
      });
    });
    return this.#sftp;
  }

  async close(): Promise<void> {
    this.#closing = true;
    if (this.#lost) {
      this.jump?.end();
      return;
    }
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        this.client.destroy();
        resolve();
      }, 2000);
      this.client.once('close', () => {
        clearTimeout(timer);
        resolve();
      });
      this.client.end();
    });
    this.jump?.end();
    this.logger.debug(`${this.name}: connection closed`);
  }
}
