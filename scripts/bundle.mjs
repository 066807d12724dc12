// Bundles the CLI and every JavaScript action into dist/ with esbuild.
// Usage: node scripts/bundle.mjs [--outdir DIR]   (tests bundle into a temp dir and diff with dist/)
import { build } from 'esbuild';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { outdir: { type: 'string', default: 'dist' } } });
const root = new URL('..', import.meta.url).pathname;
const outdir = values.outdir;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const entries = { cli: join(root, 'src/cli.ts') };
for (const file of readdirSync(join(root, 'src/actions/entries')).sort()) {
  if (file.endsWith('.ts')) entries[basename(file, '.ts')] = join(root, 'src/actions/entries', file);
}

rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: entries,
  outdir,
  bundle: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // ssh2 tries two native addons inside try/catch and falls back to pure JavaScript; keep them out
  // so the bundles run on riscv64 runners.
  external: ['cpu-features', '*.node'],
  // Bundled CommonJS dependencies call require() and use __dirname; ESM has neither.
  banner: { js: "import { createRequire as __linkgateRequire } from 'node:module'; const require = __linkgateRequire(import.meta.url);" },
  define: {
    __dirname: 'import.meta.dirname',
    __filename: 'import.meta.filename',
    __LINKGATE_VERSION__: JSON.stringify(pkg.version),
  },
  legalComments: 'none',
  logLevel: 'warning',
  metafile: false,
});
console.error(`bundled ${Object.keys(entries).length} entry points into ${outdir}/`);
