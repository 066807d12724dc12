import { randomBytes } from 'node:crypto';
import type { Clock } from '../core/clock.js';
import { InfraError, messageOf } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import type { RemoteHost } from './transport.js';

/**
 * An exclusive lease per canary, kept ON the canary, so two workflows (other repositories, re-runs,
 * a human with the CLI) never test one node at once. The lease file holds token, owner, run URL and
 * expiry; it is read and written only under a `mkdir` guard (atomic on every POSIX filesystem, no
 * flock needed). Expiry uses the canary's own clock, so runner clock skew does not matter. A lease
 * whose holder vanished (runner killed, job cancelled hard) expires after its TTL; a live holder
 * renews it. The default directory is in the login user's home, so a lease survives the reboots
 * that a kernel test performs.
 */
const LEASE_SCRIPT = [
  'op=$1 dir=$2 name=$3 token=$4 owner=$5 url=$6 ttl=$7',
  'mkdir -p "$dir" || exit 3',
  'g="$dir/$name.guard" f="$dir/$name.lease" i=0',
  // A guard still there after ~10 s belongs to a holder that died inside these few lines.
  'until mkdir "$g" 2>/dev/null; do i=$((i+1)); if [ "$i" -ge 200 ]; then rmdir "$g" 2>/dev/null; i=0; fi; sleep 0.05 2>/dev/null || sleep 1; done',
  `trap 'rmdir "$g" 2>/dev/null' EXIT`,
  'now=$(date +%s) ht= hx=0 ho= hu=',
  'if [ -f "$f" ]; then while IFS="=" read -r k v; do case $k in token) ht=$v;; expires) hx=$v;; owner) ho=$v;; url) hu=$v;; esac; done < "$f"; fi',
  'case $op in',
  'acquire|renew)',
  '  if [ -n "$ht" ] && [ "$ht" != "$token" ] && [ "$hx" -gt "$now" ]; then printf "state=busy\\nexpires=%s\\nnow=%s\\nowner=%s\\nurl=%s\\n" "$hx" "$now" "$ho" "$hu"; exit 0; fi',
  '  if [ "$op" = renew ] && [ "$ht" != "$token" ]; then printf "state=lost\\nnow=%s\\n" "$now"; exit 0; fi',
  '  printf "token=%s\\nowner=%s\\nurl=%s\\nexpires=%s\\nacquired=%s\\n" "$token" "$owner" "$url" "$((now+ttl))" "$now" > "$f.tmp" && mv -f "$f.tmp" "$f" || exit 3',
  '  s=; if [ -n "$ht" ] && [ "$ht" != "$token" ]; then s=$ho; fi',
  '  printf "state=held\\nexpires=%s\\nnow=%s\\nstale=%s\\n" "$((now+ttl))" "$now" "$s";;',
  'release)',
  '  if [ "$ht" = "$token" ]; then rm -f "$f"; echo state=released; else echo state=not-held; fi;;',
  '*) exit 2;;',
  'esac',
].join('\n');

export interface LeaseOptions {
  canary: string;
  /** Who holds it, e.g. `owner/repo run 123 attempt 1`. */
  owner: string;
  runUrl: string | null;
  ttlMs?: number;
  /** Give up waiting for a busy canary after this long (an infrastructure error). */
  waitMs?: number;
  pollMs?: number;
  /** Remote directory (relative to the login user's home unless absolute). */
  dir?: string;
  clock: Clock;
  logger: Logger;
  signal?: AbortSignal;
}

export interface Lease {
  canary: string;
  token: string;
  /** How long this run waited for the canary, for the report (CanaryResult.leaseWaitMs). */
  waitedMs: number;
  /** Remote epoch seconds. */
  expiresAt: number;
  renew(): Promise<void>;
  release(): Promise<void>;
}

/** The canary stayed leased by another holder for longer than `waitMs`: an infrastructure error. */
export class LeaseBusyError extends InfraError {}

export const DEFAULT_LEASE_DIR = '.linkgate/leases';
export const DEFAULT_LEASE_TTL_MS = 30 * 60_000;

type Reply = Record<string, string>;

async function call(host: RemoteHost, op: string, options: LeaseOptions, token: string): Promise<Reply> {
  const clean = (text: string): string => text.replace(/[\r\n]/g, ' ');
  const ttl = Math.max(1, Math.ceil((options.ttlMs ?? DEFAULT_LEASE_TTL_MS) / 1000));
  const result = await host.exec(
    ['sh', '-c', LEASE_SCRIPT, 'linkgate-lease', op, options.dir ?? DEFAULT_LEASE_DIR, options.canary, token, clean(options.owner), clean(options.runUrl ?? ''), String(ttl)],
    { timeoutMs: 60_000 },
  );
  if (result.exitCode !== 0) {
    throw new InfraError(`${options.canary}: lease ${op} failed on the canary (exit ${result.exitCode ?? result.signal}): ${result.stderr.trim()}`);
  }
  return Object.fromEntries(result.stdout.split('\n').flatMap((line) => (line.includes('=') ? [[line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]] : [])));
}

/** Waits (polling) until the canary's lease is ours; aborting the signal stops the wait. */
export async function acquireLease(host: RemoteHost, options: LeaseOptions): Promise<Lease> {
  if (!/^[a-z0-9][a-z0-9._-]{0,62}$/.test(options.canary)) throw new InfraError(`lease: invalid canary name ${JSON.stringify(options.canary)}`);
  const token = randomBytes(12).toString('hex');
  const started = options.clock.now();
  let busySince: number | null = null;
  const waitMs = options.waitMs ?? 60 * 60_000;
  let announced = '';
  for (;;) {
    if (options.signal?.aborted) throw options.signal.reason;
    const reply = await call(host, 'acquire', options, token);
    if (reply.state === 'held') {
      if (reply.stale) options.logger.warn(`${options.canary}: took over an expired lease of ${reply.stale}`);
      const waitedMs = busySince === null ? 0 : options.clock.now() - busySince;
      options.logger.info(`${options.canary}: lease acquired${waitedMs > 0 ? ` after waiting ${Math.round(waitedMs / 1000)} s` : ''}`);
      let expiresAt = Number(reply.expires);
      return {
        canary: options.canary,
        token,
        waitedMs,
        get expiresAt() {
          return expiresAt;
        },
        renew: async () => {
          const renewed = await call(host, 'renew', options, token);
          if (renewed.state !== 'held') throw new InfraError(`${options.canary}: lease lost (${renewed.state}${renewed.owner ? `, now held by ${renewed.owner}` : ''})`);
          expiresAt = Number(renewed.expires);
        },
        release: async () => {
          await call(host, 'release', options, token);
          options.logger.info(`${options.canary}: lease released`);
        },
      };
    }
    if (reply.state !== 'busy') throw new InfraError(`${options.canary}: unexpected lease reply ${JSON.stringify(reply)}`);
    busySince ??= options.clock.now();
    const holder = `${reply.owner || 'unknown'}${reply.url ? ` (${reply.url})` : ''}`;
    if (holder !== announced) {
      options.logger.info(`${options.canary}: busy, leased by ${holder} for another ${Number(reply.expires) - Number(reply.now)} s; waiting`);
      announced = holder;
    }
    const waited = options.clock.now() - started;
    if (waited >= waitMs) {
      throw new LeaseBusyError(`${options.canary}: still leased by ${holder} after waiting ${Math.round(waited / 1000)} s`);
    }
    await options.clock.sleep(Math.min(options.pollMs ?? 10_000, waitMs - waited), options.signal);
  }
}

/**
 * Holds the lease while `fn` runs: renewed every third of its TTL, released in `finally`, so also
 * when `fn` fails or the run is cancelled (SIGTERM aborts the signal, `fn` unwinds, we release).
 */
export async function withLease<T>(host: RemoteHost, options: LeaseOptions, fn: (lease: Lease) => Promise<T>): Promise<T> {
  const lease = await acquireLease(host, options);
  const every = Math.max(1000, Math.floor((options.ttlMs ?? DEFAULT_LEASE_TTL_MS) / 3));
  const timer = setInterval(() => {
    lease.renew().catch((error: unknown) => options.logger.warn(`${options.canary}: lease renewal failed: ${messageOf(error)}`));
  }, every);
  try {
    return await fn(lease);
  } finally {
    clearInterval(timer);
    await lease.release().catch((error: unknown) => options.logger.warn(`${options.canary}: lease release failed (it expires by itself): ${messageOf(error)}`));
  }
}
