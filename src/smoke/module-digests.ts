import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { UsageError } from '../core/errors.js';

/**
 * The part of `signatures.json` (src/signing/signing-manifest.ts) the module-load step needs: each
 * signed module's file name and the sha256 of the bytes that ship. Read loosely (other fields are
 * the signing code's business) but validated, since it decides a pass or a fail.
 */
const Signatures = z.object({
  modules: z.array(z.object({ file: z.string().min(1), sha256After: z.string().regex(/^[0-9a-f]{64}$/) })).min(1),
});

/** sha256 by module file name (basename), from a signing manifest. */
export async function readModuleDigests(path: string): Promise<Map<string, string>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new UsageError(`cannot read the signing manifest ${path}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${path}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = Signatures.safeParse(json);
  if (!parsed.success) {
    throw new UsageError(`${path}: not a signing manifest (expected {"modules": [{"file", "sha256After"}]})`, {
      details: parsed.error.issues.slice(0, 10).map((i) => `${i.path.map(String).join('.')}: ${i.message}`),
    });
  }
  return new Map(parsed.data.modules.map((m) => [m.file.split('/').at(-1)!, m.sha256After]));
}
