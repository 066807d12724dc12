import type { HostState } from '../core/results.js';
import { messageOf } from '../core/errors.js';

export type FailureState = Exclude<HostState, 'ok' | 'failed'>;

export interface ClassifiedError {
  state: FailureState;
  /** Connect/handshake failures that may pass on a second try. Never used for commands. */
  retryable: boolean;
  message: string;
}

const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTDOWN', 'ECONNABORTED']);

/**
 * Maps an ssh2 connection error to the per-host state. ssh2 tags its errors with `level`:
 * client-socket (TCP), client-timeout (readyTimeout or keepalive), handshake (host key, algorithms),
 * client-authentication (our key refused) and protocol (e.g. "Connection lost before handshake",
 * which is also what sshd's MaxStartups throttling looks like, so it is retried).
 */
export function classifySshError(error: unknown, where: string): ClassifiedError {
  const level = (error as { level?: unknown })?.level;
  const code = (error as { code?: unknown })?.code;
  const text = messageOf(error);
  switch (level) {
    case 'client-authentication':
      return { state: 'auth-failed', retryable: false, message: `${where}: the server refused our key (${text})` };
    case 'client-timeout':
      return /keepalive/i.test(text)
        ? { state: 'unreachable', retryable: false, message: `${where}: connection lost (no answer to keepalives)` }
        : { state: 'timeout', retryable: true, message: `${where}: no SSH handshake before the connect timeout` };
    case 'handshake':
      if (/Host denied/i.test(text)) return { state: 'auth-failed', retryable: false, message: `${where}: host key not pinned (${text})` };
      return { state: 'unreachable', retryable: false, message: `${where}: SSH handshake failed (${text})` };
    case 'protocol':
      return { state: 'unreachable', retryable: true, message: `${where}: ${text}` };
    case 'client-socket':
      return { state: 'unreachable', retryable: true, message: `${where}: ${typeof code === 'string' ? code : text}` };
  }
  if (typeof code === 'string' && UNREACHABLE_CODES.has(code)) {
    return { state: 'unreachable', retryable: true, message: `${where}: ${code}` };
  }
  return { state: 'unreachable', retryable: false, message: `${where}: ${text}` };
}
