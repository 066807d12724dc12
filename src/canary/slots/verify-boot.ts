import type { RemoteHost } from '../../remote/transport.js';

/**
 * What must hold on a node after a rollback (the known-good build) or before a promote (the new
 * build): the kernel release, the driver version and the driver module loaded. A null field is not
 * checked (the QEMU canary has no GPU driver; a baseline without a driver version).
 */
export interface Expectation {
  /** `uname -r` the node must report. */
  release: string;
  /** `/sys/module/<module>/version`; null: any. */
  driverVersion: string | null;
  /** Listed in `/proc/modules`; null: no driver module is checked (and so no driver version). */
  module: string | null;
}

/** What was found, field by field, so a failed verification says exactly what is wrong. */
export interface Verification {
  release: { expected: string; actual: string | null; ok: boolean };
  driverVersion: { expected: string | null; actual: string | null; ok: boolean };
  module: { expected: string | null; loaded: boolean | null; ok: boolean };
  ok: boolean;
}

/** Reads the three facts over the RemoteHost port (argv commands, no shell). Never throws on bad output. */
export async function verifyNode(host: RemoteHost, expect: Expectation, timeoutMs = 30_000): Promise<Verification> {
  const read = async (argv: string[]): Promise<string | null> => {
    const r = await host.exec(argv, { timeoutMs, maxOutputBytes: 1024 * 1024 });
    return r.exitCode === 0 ? r.stdout.trim() : null;
  };
  const release = await read(['uname', '-r']);
  let loaded: boolean | null = null;
  let driver: string | null = null;
  if (expect.module !== null) {
    // /proc/modules lists dashes as underscores; the manifest may name either spelling.
    const name = expect.module.replaceAll('-', '_');
    const modules = (await read(['cat', '/proc/modules'])) ?? '';
    loaded = modules.split('\n').some((line) => line.split(' ')[0] === name);
    driver = await read(['cat', `/sys/module/${name}/version`]);
  }
  const releaseOk = release === expect.release;
  const driverOk = expect.module === null || expect.driverVersion === null || driver === expect.driverVersion;
  const moduleOk = expect.module === null || loaded === true;
  return {
    release: { expected: expect.release, actual: release, ok: releaseOk },
    driverVersion: { expected: expect.module === null ? null : expect.driverVersion, actual: driver, ok: driverOk },
    module: { expected: expect.module, loaded, ok: moduleOk },
    ok: releaseOk && driverOk && moduleOk,
  };
}

/** `ok uname -r 6.1.0 (expected 6.1.0); WRONG driver 580.82.07 (expected 570.172.08); ok module nvidia loaded` */
export function describeVerification(v: Verification): string {
  const part = (ok: boolean, text: string): string => `${ok ? 'ok' : 'WRONG'} ${text}`;
  const parts = [part(v.release.ok, `uname -r ${v.release.actual ?? 'unreadable'} (expected ${v.release.expected})`)];
  if (v.module.expected !== null) {
    parts.push(part(v.driverVersion.ok, `driver ${v.driverVersion.actual ?? 'not loaded'}${v.driverVersion.expected ? ` (expected ${v.driverVersion.expected})` : ''}`));
    parts.push(part(v.module.ok, `module ${v.module.expected} ${v.module.loaded ? 'loaded' : 'not loaded'}`));
  }
  return parts.join('; ');
}

/** `uname -r = 6.1.0, driver 570.172.08, module nvidia loaded` */
export function describeExpectation(e: Expectation): string {
  if (e.module === null) return `uname -r = ${e.release}`;
  return `uname -r = ${e.release}, driver ${e.driverVersion ?? '(any version)'}, module ${e.module} loaded`;
}
