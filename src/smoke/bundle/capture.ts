import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CanaryResult } from '../../core/results.js';
import { VERSION } from '../../core/version.js';
import type { SuiteConfig } from '../config.js';
import type { RawCommandRecord } from '../recorder.js';
import { rawPath } from '../results-dir.js';
import { BUNDLE_FORMAT, type BundleCommand, type BundleMeta, META_FILE } from './format.js';

/**
 * Turns one canary's smoke run (results + raw/) into a capture bundle: every `node`-class command
 * that answered is kept with its exact bytes and exit status; `host`-class commands (clock, disk,
 * boot id) are left out, so a replay runs them for real. Commands that never answered (timeout,
 * lost connection) are left out too: a replay must not invent an answer.
 */
export async function writeBundleFromRun(options: {
  resultsDir: string;
  canary: CanaryResult;
  config: SuiteConfig;
  bundleDir: string;
  description?: string;
}): Promise<BundleMeta> {
  const { resultsDir, canary, bundleDir } = options;
  const commands: BundleCommand[] = [];
  const used = new Set<string>();
  for (const step of canary.steps) {
    for (const name of step.raw.filter((n) => n.endsWith('.json'))) {
      const record = JSON.parse(await readFile(rawPath(resultsDir, name), 'utf8')) as RawCommandRecord;
      if (record.class !== 'node' || record.state !== 'done' || (record.exitCode === null && record.signal === null)) continue;
      // The label may hold node output (e.g. a netdev name): only the sanitized form reaches a path.
      const safe = record.label.replace(/[^A-Za-z0-9_.-]+/g, '_');
      let label = safe;
      for (let n = 2; used.has(`${step.name}/${label}`); n++) label = `${safe}-${n}`;
      used.add(`${step.name}/${label}`);
      await mkdir(join(bundleDir, step.name), { recursive: true });
      const base = name.replace(/\.json$/, '');
      const stdout = `${step.name}/${label}.stdout`;
      const stderr = `${step.name}/${label}.stderr`;
      await copyFile(rawPath(resultsDir, `${base}.stdout`), join(bundleDir, stdout));
      await copyFile(rawPath(resultsDir, `${base}.stderr`), join(bundleDir, stderr));
      commands.push({
        step: step.name,
        label,
        argv: [...record.argv],
        stdout,
        stderr,
        exitCode: record.exitCode,
        signal: record.exitCode === null ? (record.signal?.replace(/^SIG/, '') ?? null) : null,
        durationMs: record.durationMs,
        replayDelayMs: 0,
      });
    }
  }
  const meta: BundleMeta = {
    format: BUNDLE_FORMAT,
    version: 1,
    name: canary.name,
    description: options.description ?? `captured from ${canary.host} by linkgate capture`,
    capturedAt: new Date().toISOString(),
    tool: { name: 'linkgate', version: VERSION },
    node: {
      host: canary.host,
      kernelRelease: canary.facts.kernelRelease,
      driverVersion: canary.facts.driverVersion,
      labels: canary.labels,
      control: canary.control,
    },
    suite: options.config,
    commands,
  };
  await mkdir(bundleDir, { recursive: true });
  await writeFile(join(bundleDir, META_FILE), `${JSON.stringify(meta, null, 2)}\n`);
  return meta;
}
