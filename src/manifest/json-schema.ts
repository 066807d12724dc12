import { z } from 'zod';
import { Manifest } from './schema/index.js';

/** The JSON Schema of linkgate.yaml, for editor completion (yaml-language-server). */
export function manifestJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Manifest, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  return {
    ...schema,
    $id: 'https://linkgate.dev/schema/linkgate.schema.json',
    title: 'linkgate platform manifest',
    description: 'linkgate.yaml: kernel, modules, signing, canary fleet, smoke suite and gate policy.',
  };
}
