import type { Logger } from '../../core/logger.js';
import type { CanaryResult } from '../../core/results.js';
import type { RemoteHost } from '../../remote/transport.js';
import { SuiteConfig } from '../../smoke/config.js';
import { runCanary } from '../../smoke/suite.js';
import { runSignatureEnforcement } from '../signature/enforcement-step.js';
import { signatureCases, type SignatureFiles } from '../signature/test-modules.js';

export const QEMU_SIG_DIR = '/tmp/linkgate-sig';

/**
 * The smoke suite on the QEMU canary, through the same RemoteHost port and the same suite code as any
 * canary. The signature proof runs first (a module already loaded would answer "File exists"); then
 * preflight (release, boot id, sig_enforce), module-load of the linkgate-signed module, and topology,
 * which has no GPU to look at and says so ("skip: no NVIDIA GPU").
 */
export async function smokeQemuCanary(options: {
  connect: () => Promise<RemoteHost>;
  name: string;
  port: number;
  expectedRelease: string;
  files: SignatureFiles;
  moduleName: string;
  outDir: string;
  signal: AbortSignal;
  logger: Logger;
  /** sha256 per module file name from the signing bundle: module-load compares the node's copy. */
  moduleDigests?: ReadonlyMap<string, string> | null;
}): Promise<CanaryResult> {
  const remote = await options.connect();
  try {
    await remote.exec(['mkdir', '-p', QEMU_SIG_DIR]);
    const cases = signatureCases(QEMU_SIG_DIR, options.moduleName);
    for (const c of cases) await remote.put(options.files[c.name], c.remotePath, { mode: 0o644 });
    const signature = await runSignatureEnforcement({ host: remote, canary: options.name, cases, outDir: options.outDir, signal: options.signal });
    options.logger.info(`${options.name}: module-signature: ${signature.status}${signature.reason ? ` (${signature.reason})` : ''}`);
    // The module deploy: into the release's module tree, indexed, so modprobe/modinfo find it by name.
    const extra = `/lib/modules/${options.expectedRelease}/extra`;
    await remote.exec(['mkdir', '-p', extra]);
    await remote.put(options.files.signed, `${extra}/${options.moduleName}.ko`, { mode: 0o644 });
    const depmod = await remote.exec(['depmod', options.expectedRelease], { timeoutMs: 30_000 });
    if (depmod.exitCode !== 0) options.logger.warn(`${options.name}: depmod failed: ${depmod.stderr.trim()}`);
    const config = SuiteConfig.parse({
      steps: ['preflight', 'module-load', 'topology'],
      expectedKernelRelease: options.expectedRelease,
      driver: { module: options.moduleName, load: 'modprobe' },
      preflight: { requireIommu: false, requireSigEnforce: true, minFreeDiskMB: 1 },
    });
    const result = await runCanary({
      name: options.name,
      host: `127.0.0.1:${options.port}`,
      labels: { kind: 'qemu-riscv64' },
      control: false,
      config,
      remote,
      outDir: options.outDir,
      signal: options.signal,
      logger: options.logger,
      moduleDigests: options.moduleDigests ?? null,
    });
    return { ...result, steps: [signature, ...result.steps] };
  } finally {
    await remote.close().catch(() => undefined);
  }
}
