import { copyFile, lstat, mkdir, readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { sha256File } from './file-hash.js';
import type { Artifact } from './metadata.js';
import type { BuildPlan } from './plan.js';

/** Reads include/config/kernel.release (what `make kernelrelease` prints). */
export async function readKernelRelease(buildDir: string): Promise<string | null> {
  const text = await readFile(join(buildDir, 'include/config/kernel.release'), 'utf8').catch(() => null);
  return text?.trim() || null;
}

/** VERSION.PATCHLEVEL.SUBLEVEL from the top Makefile. */
export async function readKernelVersion(srcDir: string): Promise<string | null> {
  const text = await readFile(join(srcDir, 'Makefile'), 'utf8').catch(() => null);
  if (!text) return null;
  const field = (name: string): string | undefined => new RegExp(`^${name}\\s*=\\s*(\\S*)`, 'm').exec(text)?.[1];
  const [v, p, s, e] = ['VERSION', 'PATCHLEVEL', 'SUBLEVEL', 'EXTRAVERSION'].map(field);
  return v && p ? `${v}.${p}${s ? `.${s}` : ''}${e ?? ''}` : null;
}

/**
 * Copies Image, System.map, .config, Module.symvers (and vmlinux) into the output directory and
 * hashes everything there: those, installed modules, dtbs and external .ko files.
 */
export async function collectArtifacts(plan: BuildPlan): Promise<{ artifacts: Artifact[]; modules: { name: string; files: string[] }[] }> {
  const out = plan.outDir;
  const copies: [string, string, Artifact['kind']][] = [
    [plan.arch.imagePath, plan.arch.imageTarget, 'kernel'],
    ['System.map', 'System.map', 'system_map'],
    ['.config', 'config', 'config'],
    ['Module.symvers', 'Module.symvers', 'symvers'],
  ];
  if (plan.targets.includes('vmlinux')) copies.push(['vmlinux', 'vmlinux', 'vmlinux']);
  const artifacts: Artifact[] = [];
  const add = async (path: string, kind: Artifact['kind']): Promise<void> => {
    const info = await lstat(path);
    artifacts.push({ path: relative(out, path), kind, sha256: await sha256File(path), size: info.size });
  };
  for (const [from, to, kind] of copies) {
    const source = join(plan.buildDir, from);
    if (!(await lstat(source).catch(() => null))) continue;
    await copyFile(source, join(out, to));
    await add(join(out, to), kind);
  }
  const modules: { name: string; files: string[] }[] = [];
  for (const module of plan.modules) {
    const dir = join(out, 'external', module.name);
    await mkdir(dir, { recursive: true });
    const files: string[] = [];
    for (const ko of await findFiles(module.buildPath, (name) => name.endsWith('.ko'))) {
      const target = join(dir, relative(module.buildPath, ko).replaceAll('/', '_'));
      await copyFile(ko, target);
      await add(target, 'external');
      files.push(relative(out, target));
    }
    modules.push({ name: module.name, files });
  }
  for (const file of await findFiles(join(out, 'modules'), () => true)) await add(file, 'modules');
  for (const file of await findFiles(join(out, 'dtbs'), () => true)) await add(file, 'dtbs');
  return { artifacts, modules };
}

/** Regular files under dir (symlinks such as lib/modules/R/build are skipped), sorted. */
async function findFiles(dir: string, keep: (name: string) => boolean): Promise<string[]> {
  const found: string[] = [];
  const walk = async (d: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile() && keep(entry.name)) found.push(path);
    }
  };
  await walk(dir);
  return found.sort();
}

export async function artifactFor(out: string, path: string, kind: Artifact['kind']): Promise<Artifact> {
  const info = await lstat(path);
  return { path: relative(out, path), kind, sha256: await sha256File(path), size: info.size };
}
