// npm run bench:qemu-boot [-- RUNS]: bundles bench/qemu-boot-entry.ts with esbuild into a temp dir and runs it.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = mkdtempSync(join(tmpdir(), 'linkgate-bench-build-'));
try {
  await build({
    entryPoints: [join(root, 'bench', 'qemu-boot-entry.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: join(out, 'bench.mjs'),
    external: ['cpu-features', '*.node'],
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    define: { __dirname: 'import.meta.dirname', __filename: 'import.meta.filename' },
    logLevel: 'error',
  });
  const r = spawnSync(process.execPath, [join(out, 'bench.mjs'), root, process.argv[2] ?? '5'], { stdio: 'inherit' });
  process.exitCode = r.status ?? 1;
} finally {
  rmSync(out, { recursive: true, force: true });
}
