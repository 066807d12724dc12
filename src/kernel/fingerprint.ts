import { sha256Text } from './file-hash.js';

/**
 * The build fingerprint: one hash of everything that decides the build's output — source identity,
 * the patch series, the base config and fragments, targets, modules and the exact toolchain. Equal
 * fingerprints mean the build can be skipped. Bump FINGERPRINT_SCHEMA when the build steps change.
 */
export const FINGERPRINT_SCHEMA = 1;

export interface FingerprintInputs {
  schema: number;
  arch: string;
  crossCompile: string;
  /** git: url@commit; tarball: sha256; local: the tree's git HEAD (or null: not pinned, never skipped). */
  source: string | null;
  patches: string[];
  base: string;
  fragments: { sha256: string; policy: string }[];
  targets: string[];
  modules: { name: string; sha256: string }[];
  /** `<prefix>gcc --version`, first line. */
  toolchain: string;
}

export function fingerprintOf(inputs: FingerprintInputs): string {
  return `sha256:${sha256Text(canonicalJson(inputs))}`;
}

/** JSON with sorted keys, so the hash does not depend on property order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
