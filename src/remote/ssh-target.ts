import { readFile, stat } from 'node:fs/promises';
import { UsageError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import type { Canary } from '../manifest/schema/canary.js';

/** What connectSsh needs: the manifest's canary connection fields plus the resolved private key. */
export type SshTarget = Pick<Canary, 'name' | 'host' | 'port' | 'user' | 'hostKeys' | 'hostKeyPolicy' | 'jump'> & {
  /** OpenSSH or PEM private key text, unencrypted; held in memory only, never written to disk. */
  privateKey: string | Buffer;
};

export const DEFAULT_KEY_ENV = 'SSH_PRIVATE_KEY';

/**
 * Resolves the canary's identity (a SecretRef; default: $SSH_PRIVATE_KEY) and masks it in logs.
 * ssh2 takes the key as a buffer, so no key file is ever written; a key *file* the user points at
 * must be private (0600 or stricter), as OpenSSH demands.
 */
export async function sshTargetFromCanary(
  canary: Canary,
  io: { env: NodeJS.ProcessEnv; logger: Logger },
): Promise<SshTarget> {
  const ref = canary.identity ?? { env: DEFAULT_KEY_ENV };
  let privateKey: string;
  if (ref.env !== undefined) {
    const value = io.env[ref.env];
    if (!value || value.trim() === '') {
      throw new UsageError(`canary ${canary.name}: the private key variable ${ref.env} is not set or empty`);
    }
    privateKey = value;
  } else {
    const file = ref.file!;
    let mode: number;
    try {
      mode = (await stat(file)).mode;
    } catch (error) {
      throw new UsageError(`canary ${canary.name}: cannot read private key file ${file}`, { cause: error });
    }
    if ((mode & 0o077) !== 0) {
      throw new UsageError(
        `canary ${canary.name}: private key file ${file} has permissions ${(mode & 0o777).toString(8).padStart(4, '0')}; it must not be readable by group or others (chmod 600)`,
      );
    }
    privateKey = await readFile(file, 'utf8');
  }
  maskKey(privateKey, io.logger);
  return {
    name: canary.name,
    host: canary.host,
    port: canary.port,
    user: canary.user,
    hostKeys: canary.hostKeys,
    hostKeyPolicy: canary.hostKeyPolicy,
    jump: canary.jump,
    privateKey: privateKey.endsWith('\n') ? privateKey : `${privateKey}\n`,
  };
}

/** Masks the whole key and each of its lines: loggers redact substrings, and errors quote lines. */
export function maskKey(key: string, logger: Logger): void {
  logger.mask(key.trim());
  for (const line of key.split(/\r?\n/)) {
    if (line.trim() !== '' && !line.startsWith('-----')) logger.mask(line.trim());
  }
}
