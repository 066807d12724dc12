import { fileURLToPath } from 'node:url';

/** The repository root, for tests that read fixtures or run dist/. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const fixture = (...parts: string[]): string => [ROOT.replace(/\/$/, ''), 'fixtures', ...parts].join('/');
