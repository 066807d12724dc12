import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readSettings } from '../../src/actions/inputs.js';
import { UsageError } from '../../src/core/errors.js';

const saved = { ...process.env };
afterEach(() => {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
  Object.assign(process.env, saved);
});

const Settings = z.object({ manifest: z.string(), dryRun: z.boolean().default(false), modules: z.array(z.string()).default([]) });
const specs = { manifest: { required: true }, 'dry-run': { kind: 'boolean' as const }, modules: { kind: 'list' as const } };

describe('readSettings', () => {
  it('reads declared inputs into one typed object', () => {
    process.env.INPUT_MANIFEST = 'linkgate.yaml';
    process.env['INPUT_DRY-RUN'] = 'true';
    process.env.INPUT_MODULES = 'a.ko\n\n  b.ko  \n';
    expect(readSettings(specs, Settings)).toEqual({ manifest: 'linkgate.yaml', dryRun: true, modules: ['a.ko', 'b.ko'] });
  });

  it('reports every bad input once, then fails as a usage error', () => {
    process.env['INPUT_DRY-RUN'] = 'yes please';
    let error: unknown;
    try {
      readSettings(specs, Settings);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UsageError);
    const details = (error as UsageError).details;
    expect(details).toHaveLength(2);
    expect(details[0]).toMatch(/^input manifest: Input required and not supplied: manifest/);
    expect(details[1]).toMatch(/^input dry-run: .*YAML 1\.2/);
  });
});
