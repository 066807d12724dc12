import { lstat, readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { messageOf } from '../../core/errors.js';
import { sha256File } from '../../kernel/file-hash.js';
import { isSafeArtifactFileName, parseSha256Sums } from '../../signing/signing-manifest.js';
import type { SlotContent } from '../slots/slot-state.js';

/** The kernel a deploy installs, read from the pipeline's artifacts directory. */
export interface Candidate extends SlotContent {
  modules: string[];
  /** Where the modules came from: the signed bundle, build-kernel's modules/ tree, or none. */
  modulesFrom: 'signatures.json' | 'modules/' | 'none';
  /** Files whose sha256 was checked against SHA256SUMS, metadata.json or signatures.json. */
  checked: number;
}

const RELEASE = /^[\w.+~-]{1,64}$/;
const IMAGE_NAMES = ['Image', 'Image.gz', 'bzImage'];

/**
 * Reads DIR as actions/kernel-pipeline leaves it — build-kernel's out-dir (Image, modules/,
 * metadata.json) and/or sign-modules' bundle (signed *.ko, signatures.json, SHA256SUMS, and the
 * Image + metadata.json it carries as extra files). Every digest the directory states is checked;
 * the signed modules win over build-kernel's unsigned tree. Never throws: problems are data.
 */
export async function readCandidate(dir: string, wantedRelease: string | null): Promise<{ ok: true; candidate: Candidate } | { ok: false; problems: string[] }> {
  const problems: string[] = [];
  const info = await lstat(dir).catch(() => null);
  if (!info?.isDirectory()) return { ok: false, problems: [`${dir}: not a directory (give the artifacts directory of actions/kernel-pipeline: Image, metadata.json, signed modules)`] };
  let checked = 0;

  const metadata = await readJson(join(dir, 'metadata.json'));
  if (metadata.kind === 'bad') problems.push(`metadata.json: ${metadata.message}`);
  const meta = metadata.kind === 'ok' ? metadata.value : null;
  const lg = objectAt(meta, 'linkgate');
  const status = stringAt(lg, 'status');
  if (status !== null && status !== 'pass') problems.push(`metadata.json: the build ended "${status}", not "pass": nothing to deploy`);
  const metaRelease = stringAt(lg, 'kernel_release') ?? stringAt(objectAt(meta, 'source'), 'kernelrelease');
  if (wantedRelease !== null && metaRelease !== null && wantedRelease !== metaRelease) {
    problems.push(`kernel release ${wantedRelease} was asked for, but metadata.json says the build is ${metaRelease}`);
  }
  const release = wantedRelease ?? metaRelease;
  if (release === null) problems.push('no kernel release: metadata.json has none; give it (--kernel-release / input kernel-release)');
  else if (!RELEASE.test(release)) problems.push(`kernel release ${JSON.stringify(release.slice(0, 80))} is not a kernel release (letters, digits, . _ - + ~)`);

  // --- the kernel image ---
  const kernelArtifact = (Array.isArray(lg?.artifacts) ? lg.artifacts : []).find((a): a is { path: string; sha256?: unknown } => isObject(a) && a.kind === 'kernel' && typeof a.path === 'string');
  const names = [...(kernelArtifact && isSafeArtifactFileName(kernelArtifact.path) ? [kernelArtifact.path, basename(kernelArtifact.path)] : []), ...IMAGE_NAMES];
  let image: string | null = null;
  for (const name of names) {
    if (await isRegularFile(join(dir, name))) {
      image = join(dir, name);
      break;
    }
  }
  if (!image) problems.push(`no kernel image (${[...new Set(names)].join(', ')}) as a regular file in ${dir}`);
  else if (kernelArtifact && typeof kernelArtifact.sha256 === 'string') {
    checked++;
    if ((await sha256File(image)) !== kernelArtifact.sha256) problems.push(`${basename(image)}: sha256 differs from metadata.json (a different or damaged image)`);
  }

  // --- SHA256SUMS, when the signed bundle is here ---
  const sums = await readFile(join(dir, 'SHA256SUMS'), 'utf8').catch(() => null);
  if (sums !== null) {
    const parsed = parseSha256Sums(sums);
    problems.push(...parsed.problems.map((p) => `SHA256SUMS ${p}`));
    for (const entry of parsed.entries) {
      const file = join(dir, entry.name);
      if (!isSafeArtifactFileName(entry.name)) problems.push(`SHA256SUMS names ${JSON.stringify(entry.name.slice(0, 80))}: not a file inside the directory`);
      else if (!(await isRegularFile(file))) problems.push(`SHA256SUMS lists ${entry.name}, which is missing (or not a regular file)`);
      else {
        checked++;
        if ((await sha256File(file)) !== entry.sha256) problems.push(`${entry.name}: sha256 differs from SHA256SUMS (damaged or altered)`);
      }
    }
  }

  // --- modules: the signed bundle, else build-kernel's tree ---
  const modules: string[] = [];
  let modulesFrom: Candidate['modulesFrom'] = 'none';
  const signatures = await readJson(join(dir, 'signatures.json'));
  if (signatures.kind === 'bad') problems.push(`signatures.json: ${signatures.message}`);
  if (signatures.kind === 'ok') {
    modulesFrom = 'signatures.json';
    const records = Array.isArray(signatures.value.modules) ? signatures.value.modules : null;
    if (!records) problems.push('signatures.json: no "modules" list');
    for (const record of records ?? []) {
      const file = isObject(record) && typeof record.file === 'string' ? record.file : null;
      if (file === null || !isSafeArtifactFileName(file) || file.includes('/')) {
        problems.push(`signatures.json: module entry ${JSON.stringify(file ?? record)?.slice(0, 80)} is not a file name in the directory`);
        continue;
      }
      const path = join(dir, file);
      if (!(await isRegularFile(path))) problems.push(`signatures.json lists ${file}, which is missing (or not a regular file)`);
      else if (typeof record.sha256After === 'string' && (checked++, (await sha256File(path)) !== record.sha256After)) problems.push(`${file}: sha256 differs from signatures.json (not the bytes that were signed)`);
      else modules.push(path);
    }
  } else if (await isDirectory(join(dir, 'modules'))) {
    modulesFrom = 'modules/';
    modules.push(...(await findModules(join(dir, 'modules'))));
  }
  const seen = new Map<string, string>();
  for (const module of modules) {
    const name = basename(module);
    if (seen.has(name)) problems.push(`two modules named ${name} (${seen.get(name)} and ${module}): module names must be unique`);
    seen.set(name, module);
  }

  if (problems.length > 0 || !image || release === null) return { ok: false, problems };
  return { ok: true, candidate: { release, image, modules, modulesFrom, checked } };
}

type JsonRead = { kind: 'missing' } | { kind: 'bad'; message: string } | { kind: 'ok'; value: Record<string, unknown> };

async function readJson(path: string): Promise<JsonRead> {
  const info = await lstat(path).catch(() => null);
  if (!info) return { kind: 'missing' };
  if (!info.isFile()) return { kind: 'bad', message: 'not a regular file' };
  if (info.size > 32 * 1024 * 1024) return { kind: 'bad', message: `${info.size} bytes: too large for a metadata file` };
  try {
    const value: unknown = JSON.parse(await readFile(path, 'utf8'));
    return isObject(value) ? { kind: 'ok', value } : { kind: 'bad', message: 'not a JSON object' };
  } catch (error) {
    return { kind: 'bad', message: `not JSON (${messageOf(error).slice(0, 120)})` };
  }
}

async function findModules(root: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (dir: string, depth: number): Promise<void> => {
    if (depth > 12) return;
    for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
      const path = join(dir, entry.name);
      // Symlinks (lib/modules/R/build, source) are never followed: they point into the build tree.
      if (entry.isDirectory()) await walk(path, depth + 1);
      else if (entry.isFile() && entry.name.endsWith('.ko')) found.push(path);
    }
  };
  await walk(root, 0);
  return found.sort();
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const objectAt = (v: Record<string, unknown> | null | undefined, key: string): Record<string, unknown> | null => (v && isObject(v[key]) ? (v[key] as Record<string, unknown>) : null);
const stringAt = (v: Record<string, unknown> | null, key: string): string | null => (v && typeof v[key] === 'string' ? (v[key] as string) : null);
const isRegularFile = async (path: string): Promise<boolean> => (await lstat(path).catch(() => null))?.isFile() ?? false;
const isDirectory = async (path: string): Promise<boolean> => (await lstat(path).catch(() => null))?.isDirectory() ?? false;
