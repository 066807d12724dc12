import { readFileSync } from 'node:fs';
import { fixture } from '../helpers/paths.js';

/** The text of a real capture copied into fixtures/real/ (see fixtures/real/SOURCES.md). */
export function real(name: string): string {
  return readFileSync(fixture('real', name), 'utf8');
}
