import { ProcessRunner } from '../../../src/core/command-runner.js';
import { MemoryLogger } from '../../../src/core/logger.js';
import { fetchGuestDebs, type GuestDebs } from '../../../src/canary/guest/fetch-debs.js';
import { ROOT } from '../../helpers/paths.js';

/** The guest's trixie riscv64 debs, fetched once into .cache/guest-debs and shared by every test. */
export function guestDebs(): Promise<GuestDebs> {
  return fetchGuestDebs({ cacheDir: `${ROOT}.cache/guest-debs`, runner: new ProcessRunner(), logger: new MemoryLogger() });
}
