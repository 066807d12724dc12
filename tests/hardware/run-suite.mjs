// Runs the linkgate smoke suite against one real canary node and saves a capture bundle.
//
//   npm run test:hardware -- --host 10.20.0.11 --key ~/.ssh/canary_ed25519 --host-key SHA256:... \
//     [--user root] [--port 22] [--gpus 8 --nvlinks-per-pair 18 --link-speed 26.562] \
//     [--steps preflight,module-load,topology,peer-bandwidth,training-step,fabric,dcgm-diag] [--out DIR]
//
// The host key is always pinned (get it with `ssh-keyscan -t ed25519 HOST | ssh-keygen -lf -`).
// The bundle replays with `linkgate smoke --virtual DIR`; commit it under fixtures/ only with the
// node owner's consent and say so in fixtures/SOURCES.md.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    host: { type: 'string' },
    port: { type: 'string', default: '22' },
    user: { type: 'string', default: 'root' },
    key: { type: 'string' },
    'host-key': { type: 'string' },
    gpus: { type: 'string' },
    'nvlinks-per-pair': { type: 'string' },
    'link-speed': { type: 'string' },
    steps: { type: 'string', default: 'preflight,module-load,topology,peer-bandwidth,training-step,fabric,dcgm-diag' },
    out: { type: 'string' },
  },
});
if (!values.host || !values.key || !values['host-key']) {
  console.error('usage: npm run test:hardware -- --host HOST --key PRIVATE_KEY --host-key SHA256:... [--user U] [--port P] [--gpus N --nvlinks-per-pair N --link-speed GBs] [--steps a,b] [--out DIR]');
  process.exit(2);
}
const root = new URL('../..', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'linkgate-hw-'));
try {
  execFileSync('node', [join(root, 'scripts/bundle.mjs'), '--outdir', join(work, 'dist')], { stdio: 'inherit' });
  const expected = values.gpus
    ? `    expected: { gpus: ${Number(values.gpus)}${values['nvlinks-per-pair'] ? `, nvlinksPerPair: ${Number(values['nvlinks-per-pair'])}` : ''}${values['link-speed'] ? `, linkSpeedGBs: ${Number(values['link-speed'])}` : ''} }\n`
    : '';
  const manifest = join(work, 'linkgate.yaml');
  writeFileSync(
    manifest,
    `version: 1\ncanaries:\n  - name: hw-node\n    host: ${JSON.stringify(values.host)}\n    port: ${Number(values.port)}\n    user: ${JSON.stringify(values.user)}\n` +
      `    identity: { file: ${JSON.stringify(resolve(values.key))} }\n    hostKeys: [${JSON.stringify(values['host-key'])}]\n${expected}` +
      `smoke:\n  steps: [${values.steps.split(',').map((s) => s.trim()).join(', ')}]\n`,
  );
  const out = resolve(values.out ?? `capture-${values.host}-${new Date().toISOString().slice(0, 10)}`);
  const run = spawnSync('node', [join(work, 'dist/cli.js'), 'capture', '--manifest', manifest, '--canary', 'hw-node', '--out', out], { stdio: 'inherit' });
  console.error(`capture bundle: ${out} (replay: linkgate smoke --virtual ${out})`);
  process.exitCode = run.status ?? 3;
} finally {
  rmSync(work, { recursive: true, force: true });
}
