import { readFile, stat } from 'node:fs/promises';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import type { z } from 'zod';
import { UsageError } from '../core/errors.js';
import { Manifest } from './schema/index.js';

/** One problem in a manifest, printed as `file:line:column: path: message`. */
export interface ManifestProblem {
  file: string;
  line: number;
  column: number;
  /** `canaries[2].hostKeys`, or '' for the document itself. */
  path: string;
  message: string;
}

export type ManifestParse = { ok: true; manifest: Manifest } | { ok: false; problems: ManifestProblem[] };

/** Manifests are small; a larger file is a mistake or an attack, refused before parsing. */
export const MAX_MANIFEST_BYTES = 1024 * 1024;
/** YAML aliases expand on load; the cap stops billion-laughs documents. */
const MAX_ALIAS_COUNT = 100;

export function formatProblem(p: ManifestProblem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.path ? `${p.path}: ` : ''}${p.message}`;
}

/** Parse and validate manifest text. Never throws: every problem is reported, with its position. */
export function parseManifest(text: string, file: string): ManifestParse {
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_MANIFEST_BYTES) {
    return fail([{ file, line: 1, column: 1, path: '', message: `manifest is ${bytes} bytes; the limit is ${MAX_MANIFEST_BYTES}` }]);
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  const at = (offset: number): { line: number; column: number } => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };

  const syntax = doc.errors.map((error) => ({
    file,
    ...at(error.pos[0]),
    path: '',
    message: yamlMessage(error.code, error.message),
  }));
  if (syntax.length > 0) return fail(syntax);

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const message =
      error instanceof ReferenceError && /alias/i.test(error.message)
        ? `too many alias expansions (limit ${MAX_ALIAS_COUNT}): refusing a YAML alias bomb`
        : `cannot read the document: ${(error as Error).message}`;
    return fail([{ file, line: 1, column: 1, path: '', message }]);
  }
  if (data === null || data === undefined) {
    return fail([{ file, line: 1, column: 1, path: '', message: 'the manifest is empty; expected a mapping with "version: 1"' }]);
  }

  const result = Manifest.safeParse(data);
  if (result.success) return { ok: true, manifest: result.data };
  return fail(result.error.issues.flatMap((issue) => problemsForIssue(issue, doc, file, at)));
}

/** Read a manifest file; a missing or unreadable file is a user error (exit 2). */
export async function loadManifest(file: string): Promise<ManifestParse> {
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (error) {
    throw new UsageError(`cannot read manifest ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  if (size > MAX_MANIFEST_BYTES) {
    return fail([{ file, line: 1, column: 1, path: '', message: `manifest is ${size} bytes; the limit is ${MAX_MANIFEST_BYTES}` }]);
  }
  return parseManifest(await readFile(file, 'utf8'), file);
}

/**
 * Load or throw a UsageError listing every problem: for commands that need a valid manifest.
 * `label` names the file in the message as the user wrote it (`path` may have been resolved).
 */
export async function requireManifest(path: string, label = path): Promise<Manifest> {
  const parsed = await loadManifest(path);
  if (parsed.ok) return parsed.manifest;
  throw new UsageError(`${label}: invalid manifest (${parsed.problems.length} problem(s))`, {
    details: parsed.problems.map(formatProblem),
  });
}

function fail(problems: ManifestProblem[]): ManifestParse {
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  return { ok: false, problems };
}

function problemsForIssue(
  issue: z.core.$ZodIssue,
  doc: Document,
  file: string,
  at: (offset: number) => { line: number; column: number },
): ManifestProblem[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const keyNode = findKeyNode(doc, path, key);
      return {
        file,
        ...at(keyNode?.range?.[0] ?? 0),
        path: formatPath([...path, key]),
        message: `unknown key "${key}"${suggest(key, doc, path)}`,
      };
    });
  }
  const { node, missing } = deepestNode(doc, path);
  const absent = missing && (issue.code === 'invalid_type' || issue.code === 'invalid_value');
  const message = absent ? 'is required' : issue.code === 'invalid_type' && issue.expected === 'string' && typeof valueAt(doc, path) === 'number' ? `${issue.message} (quote it: YAML reads unquoted digits as a number)` : issue.message;
  return [{ file, ...at(node?.range?.[0] ?? 0), path: formatPath(path), message }];
}

/** The node at `path`, or the deepest ancestor that exists (for a missing key, its parent map). */
function deepestNode(doc: Document, path: (string | number)[]): { node: YamlNode | null; missing: boolean } {
  let node = doc.contents as YamlNode | null;
  for (const segment of path) {
    const next = isMap(node) || isSeq(node) ? (node.get(segment, true) as YamlNode | undefined) : undefined;
    if (next === undefined || next === null) return { node, missing: true };
    node = next;
  }
  return { node, missing: false };
}

function valueAt(doc: Document, path: (string | number)[]): unknown {
  const { node, missing } = deepestNode(doc, path);
  return !missing && isScalar(node) ? node.value : undefined;
}

function findKeyNode(doc: Document, path: (string | number)[], key: string): YamlNode | null {
  const { node } = deepestNode(doc, path);
  if (!isMap(node)) return node;
  for (const pair of node.items) {
    if (isScalar(pair.key) && pair.key.value === key) return pair.key;
  }
  return node;
}

/** `canaries[2].hostKeys` */
export function formatPath(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function suggest(key: string, doc: Document, path: (string | number)[]): string {
  const known = knownKeysAt(path);
  const close = known.find((k) => editDistance(k, key) <= 2);
  return close ? `; did you mean "${close}"?` : '';
  // doc is kept in the signature for future context-aware hints.
  void doc;
}

function knownKeysAt(path: (string | number)[]): string[] {
  let schema: unknown = Manifest;
  for (const segment of path) {
    schema = childSchema(schema, segment);
    if (!schema) return [];
  }
  const shape = objectShape(schema);
  return shape ? Object.keys(shape) : [];
}

function unwrap(schema: unknown): unknown {
  let s = schema as { _zod?: { def?: Record<string, unknown> } } | undefined;
  for (let i = 0; i < 10 && s?._zod?.def; i++) {
    const def = s._zod.def;
    if ('innerType' in def) s = def.innerType as typeof s;
    else if (def.type === 'pipe' && 'in' in def) s = def.in as typeof s;
    else break;
  }
  return s;
}

function objectShape(schema: unknown): Record<string, unknown> | null {
  const s = unwrap(schema) as { _zod?: { def?: { type?: string; shape?: Record<string, unknown> } } };
  return s?._zod?.def?.type === 'object' ? (s._zod.def.shape ?? null) : null;
}

function childSchema(schema: unknown, segment: string | number): unknown {
  const s = unwrap(schema) as { _zod?: { def?: { type?: string; element?: unknown } } };
  if (typeof segment === 'number') return s?._zod?.def?.type === 'array' ? s._zod.def.element : null;
  return objectShape(s)?.[segment] ?? null;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = current;
    }
  }
  return row[b.length]!;
}

function yamlMessage(code: string, message: string): string {
  // The yaml library's messages carry their own "at line X, column Y" tail; we print the position ourselves.
  const plain = message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '').trim();
  switch (code) {
    case 'DUPLICATE_KEY':
      return `duplicate key: ${plain}`;
    case 'TAB_AS_INDENT':
      return `tab used for indentation; YAML indents with spaces (${plain})`;
    default:
      return `YAML syntax error: ${plain}`;
  }
}
