import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { UsageError } from '../core/errors.js';
import { GatePolicy } from '../manifest/schema/gate.js';

/**
 * `--policy FILE`: a YAML or JSON file holding the gate policy itself, or a whole linkgate.yaml
 * (its `gate:` section is used). No file: the defaults. Any problem is a UsageError (exit 2).
 */
export async function loadPolicy(file: string | undefined): Promise<GatePolicy> {
  if (!file) return GatePolicy.parse({});
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read policy ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  if (text.length > 1024 * 1024) throw new UsageError(`policy ${file} is larger than 1 MiB`);
  let data: unknown;
  try {
    data = parse(text, { maxAliasCount: 100 }) ?? {};
  } catch (error) {
    throw new UsageError(`policy ${file} is not valid YAML/JSON: ${(error as Error).message.split('\n')[0]}`);
  }
  const isManifest = typeof data === 'object' && data !== null && 'version' in data && 'canaries' in data;
  const section = isManifest ? ((data as { gate?: unknown }).gate ?? {}) : data;
  const parsed = GatePolicy.safeParse(section);
  if (parsed.success) return parsed.data;
  throw new UsageError(`policy ${file}: ${parsed.error.issues.length} problem(s)`, {
    details: parsed.error.issues.map((i) => `${isManifest ? 'gate.' : ''}${i.path.map(String).join('.') || '(root)'}: ${i.message}`),
  });
}
