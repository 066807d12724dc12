import { readFile } from 'node:fs/promises';

/**
 * The scripts the suite runs on a node live in tests/hardware/ (DESIGN.md). From source this file is
 * src/smoke/, from a bundle dist/ or dist/chunks/: look upwards for the repository's tests/hardware.
 */
const CANDIDATES = ['../../tests/hardware/', '../tests/hardware/', '../../../tests/hardware/'];

export async function hardwareScript(name: string): Promise<string | null> {
  if (!/^[a-z0-9_]+\.py$/.test(name)) return null;
  for (const dir of CANDIDATES) {
    try {
      return await readFile(new URL(`${dir}${name}`, import.meta.url), 'utf8');
    } catch {
      // try the next layout
    }
  }
  return null;
}
