// Shared by the benchmarks: bundle the linkgate client and the test harness with esbuild the way
// scripts/bundle.mjs builds dist/ (native addons external, so ssh2 runs its pure-JS path).
import { build } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const root = new URL('..', import.meta.url).pathname;

export async function bundle() {
  const outdir = mkdtempSync(join(tmpdir(), 'linkgate-bench-'));
  await build({
    entryPoints: { client: join(root, 'bench/bench-client.ts'), sshd: join(root, 'tests/helpers/sshd.ts') },
    outdir,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outExtension: { '.js': '.mjs' },
    external: ['cpu-features', '*.node'],
    banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
    define: { __dirname: 'import.meta.dirname', __filename: 'import.meta.filename' },
    logLevel: 'error',
  });
  return { outdir, client: join(outdir, 'client.mjs'), harness: await import(join(outdir, 'sshd.mjs')) };
}

export function fmt(ms) {
  return `${(ms / 1000).toFixed(2)} s`;
}
