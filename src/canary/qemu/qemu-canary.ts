import { mkdir, rm } from 'node:fs/promises';
import type { CommandRunner } from '../../core/command-runner.js';
import type { Logger } from '../../core/logger.js';
import type { RemoteHost } from '../../remote/transport.js';
import { fetchGuestDebs } from '../guest/fetch-debs.js';
import { buildGuestInitramfs, type GuestInitramfs } from '../guest/initramfs.js';
import type { SlotContent } from '../slots/slot-state.js';
import { QemuCanaryNode, type BootRecord } from './qemu-node.js';
import { qemuConnector } from './qemu-remote.js';

export interface QemuCanaryOptions {
  name: string;
  /** Where the guest's Debian packages are cached between runs (e.g. `.cache/guest-debs`). */
  cacheDir: string;
  /** This run's folder: initramfs, console logs, slot state; the client key is removed on close. */
  workDir: string;
  knownGood: SlotContent;
  runner: CommandRunner;
  logger: Logger;
  readyTimeoutMs?: number;
  /** Files baked into the initramfs: [guest path, local path]. */
  extra?: readonly [string, string][];
  signal?: AbortSignal;
}

export interface QemuCanary {
  node: QemuCanaryNode;
  initrd: GuestInitramfs;
  firstBoot: BootRecord;
  /** A fresh pinned SSH connection to the current boot. */
  connect: () => Promise<RemoteHost>;
  close(): Promise<void>;
}

/** Fetch (cached) → initramfs with fresh keys → first boot of the known-good slot → ready for SSH. */
export async function startQemuCanary(options: QemuCanaryOptions): Promise<QemuCanary> {
  await mkdir(options.workDir, { recursive: true });
  const debs = await fetchGuestDebs({ cacheDir: options.cacheDir, runner: options.runner, logger: options.logger, signal: options.signal });
  const initrd = await buildGuestInitramfs({
    debs: debs.files,
    workDir: options.workDir,
    runner: options.runner,
    hostname: options.name,
    extra: options.extra,
    signal: options.signal,
  });
  options.logger.info(`${options.name}: initramfs ${(initrd.bytes / 1024 / 1024).toFixed(1)} MiB, host key ${initrd.hostKeyFingerprint} (pinned)`);
  const node = new QemuCanaryNode({
    name: options.name,
    initrd: initrd.path,
    knownGood: options.knownGood,
    runner: options.runner,
    logger: options.logger,
    workDir: options.workDir,
    readyTimeoutMs: options.readyTimeoutMs,
  });
  const close = async (): Promise<void> => {
    await node.stop();
    // The client key, and the initramfs that carries the guest's private host key, die with the run.
    await rm(initrd.clientKeyPath, { force: true });
    await rm(initrd.path, { force: true });
  };
  try {
    const firstBoot = await node.start();
    const connect = await qemuConnector(node, initrd, options.logger);
    return { node, initrd, firstBoot, connect, close };
  } catch (error) {
    await close();
    throw error;
  }
}

