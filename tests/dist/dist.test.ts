import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.js';

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort();
}

describe('dist/', () => {
  it('is current: a fresh bundle equals the committed one', () => {
    const out = mkdtempSync(join(tmpdir(), 'linkgate-dist-'));
    execFileSync('node', ['scripts/bundle.mjs', '--outdir', out], { cwd: ROOT, stdio: 'pipe' });
    const fresh = listFiles(out);
    expect(listFiles(join(ROOT, 'dist')), 'run npm run bundle').toEqual(fresh);
    for (const file of fresh) {
      const same = readFileSync(join(out, file)).equals(readFileSync(join(ROOT, 'dist', file)));
      expect(same, `dist/${file} is stale: run npm run bundle`).toBe(true);
    }
  }, 120_000);

  it('holds no native addon', () => {
    const files = listFiles(join(ROOT, 'dist'));
    expect(files.filter((f) => f.endsWith('.node'))).toEqual([]);
    // ssh2 tries its optional crypto addon inside try/catch and falls back to pure JavaScript; that
    // one reference may stay, nothing else may load a native addon.
    const references = files.flatMap((file) =>
      [...readFileSync(join(ROOT, 'dist', file), 'utf8').matchAll(/require\(["']([^"']+\.node)["']\)/g)].map((m) => m[1]),
    );
    expect([...new Set(references)]).toEqual(references.length ? ['./crypto/build/Release/sshcrypto.node'] : []);
  });

  it('has one bundle per JavaScript action plus the CLI', () => {
    const actions = readdirSync(join(ROOT, 'actions'));
    for (const action of actions) {
      const yml = readFileSync(join(ROOT, 'actions', action, 'action.yml'), 'utf8');
      const main = /^\s+main:\s*(\S+)/m.exec(yml)?.[1];
      if (/using:\s*composite/.test(yml)) continue;
      expect(main, action).toBe(`../../dist/${action}.js`);
      expect(statSync(join(ROOT, 'dist', `${action}.js`)).isFile()).toBe(true);
    }
    expect(statSync(join(ROOT, 'dist', 'cli.js')).isFile()).toBe(true);
  });

  it('the CLI runs from a clone with no node_modules', () => {
    const clone = mkdtempSync(join(tmpdir(), 'linkgate-clone-'));
    cpSync(join(ROOT, 'dist'), join(clone, 'dist'), { recursive: true });
    cpSync(join(ROOT, 'package.json'), join(clone, 'package.json'));
    cpSync(join(ROOT, 'fixtures', 'manifests'), join(clone, 'fixtures', 'manifests'), { recursive: true });
    const help = spawnSync('node', ['dist/cli.js', '--help'], { cwd: clone, encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Commands:');
    const bad = spawnSync('node', ['dist/cli.js', 'validate', '--manifest', 'fixtures/manifests/malformed/tab-indentation.yaml'], {
      cwd: clone,
      encoding: 'utf8',
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('fixtures/manifests/malformed/tab-indentation.yaml:3:1: tab used for indentation');
    expect(relative(clone, join(clone, 'node_modules'))).toBe('node_modules');
    expect(() => statSync(join(clone, 'node_modules'))).toThrow();
  });
});
