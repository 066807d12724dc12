import type { Clock } from '../../core/clock.js';
import { messageOf } from '../../core/errors.js';
import type { RemoteHost } from '../../remote/transport.js';
import { type BootObservation, observeBoot } from './boot-control.js';

/**
 * After a reboot: wait until the node answers with a NEW boot id and the expected `uname -r`.
 * Same boot id = it never rebooted; other release = the bootloader fell back (or the install went to
 * the wrong place); no answer before the deadline = it never came back.
 */
export type RebootOutcome =
  | { ok: true; boot: BootObservation; waitedMs: number }
  | { ok: false; reason: 'timeout' | 'same-boot-id' | 'wrong-release' | 'no-boot-id'; message: string; boot: BootObservation | null; waitedMs: number };

export interface WaitOptions {
  /** Opens a fresh connection (a reboot drops the old one); throws while the node is down. */
  connect: () => Promise<RemoteHost>;
  previousBootId: string | null;
  /** null: any release (the caller verifies it). */
  expectRelease: string | null;
  timeoutMs: number;
  clock: Clock;
  pollMs?: number;
  signal?: AbortSignal;
}

export async function waitForReboot(options: WaitOptions): Promise<RebootOutcome> {
  const started = options.clock.now();
  let last: BootObservation | null = null;
  let lastError = 'no attempt yet';
  while (options.clock.now() - started < options.timeoutMs) {
    if (options.signal?.aborted) break;
    let host: RemoteHost | null = null;
    try {
      host = await options.connect();
      last = await observeBoot(host);
      const waitedMs = options.clock.now() - started;
      if (last.bootId === null) {
        return { ok: false, reason: 'no-boot-id', message: 'the node does not report a boot id (/proc/sys/kernel/random/boot_id; needs CONFIG_PROC_SYSCTL)', boot: last, waitedMs };
      }
      if (last.bootId !== options.previousBootId) {
        if (options.expectRelease === null || last.release === options.expectRelease) return { ok: true, boot: last, waitedMs };
        return {
          ok: false,
          reason: 'wrong-release',
          message: `rebooted (new boot id ${last.bootId}) into ${last.release ?? 'an unknown release'}, expected ${options.expectRelease}`,
          boot: last,
          waitedMs,
        };
      }
      lastError = `still the same boot (${last.bootId})`;
    } catch (error) {
      lastError = messageOf(error);
    } finally {
      await host?.close().catch(() => undefined);
    }
    await options.clock.sleep(options.pollMs ?? 500, options.signal).catch(() => undefined);
  }
  const waitedMs = options.clock.now() - started;
  if (last && last.bootId === options.previousBootId) {
    return { ok: false, reason: 'same-boot-id', message: `the node never rebooted (boot id still ${last.bootId})`, boot: last, waitedMs };
  }
  return { ok: false, reason: 'timeout', message: `no answer with a new boot within ${Math.round(options.timeoutMs / 1000)} s (last: ${lastError})`, boot: last, waitedMs };
}
