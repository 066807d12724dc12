import { ProblemList } from '../../parsers/lines.js';
import type { ParseResult } from '../../parsers/types.js';

/**
 * Reads device-tree source as `dtc -I dtb -O dts` prints it: one node header or property per line.
 * Only what a check needs is kept: every node's path and its properties (raw text, plus the string
 * list for string-valued ones such as `compatible`). Pure; never throws.
 */
export interface DtProperty {
  /** The value text between `=` and `;` ('' for a boolean property). */
  raw: string;
  /** For quoted-string values ("a\0b", "c"): the strings; null for cells, bytes or booleans. */
  strings: string[] | null;
}

export interface DtNode {
  path: string;
  labels: string[];
  properties: Record<string, DtProperty>;
}

export interface DtTree {
  nodes: Record<string, DtNode>;
}

const MAX_NODES = 100_000;
const MAX_STATEMENT_CHARS = 1024 * 1024;

export function parseDts(text: string): ParseResult<DtTree> {
  const problems = new ProblemList();
  const nodes: Record<string, DtNode> = Object.create(null) as Record<string, DtNode>;
  const stack: DtNode[] = [];
  let count = 0;
  let pending = '';
  let pendingLine = 0;
  let sawRoot = false;

  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const no = i + 1;
    let line = (lines[i] ?? '').replace(/\/\/.*$/, '').replace(/\/\*.*?\*\//g, '').trim();
    if (line === '') continue;
    if (pending) {
      line = `${pending} ${line}`;
    } else pendingLine = no;
    if (line.length > MAX_STATEMENT_CHARS) {
      problems.add(pendingLine, 'statement longer than 1 MiB skipped');
      pending = '';
      continue;
    }
    if (/^\/(dts-v1|plugin)\/;$/.test(line) || /^\/memreserve\//.test(line)) {
      pending = '';
      continue;
    }
    const header = /^((?:[A-Za-z_][\w]*:\s*)*)(\/|[A-Za-z0-9,._+@-]+|&[A-Za-z_]\w*|&\{[^}]*\})\s*\{$/.exec(line);
    if (header) {
      pending = '';
      const labels = (header[1] ?? '').split(':').map((l) => l.trim()).filter(Boolean);
      const name = header[2] ?? '';
      let path: string;
      if (name === '/') {
        if (stack.length > 0) problems.add(no, 'root node "/" nested inside another node');
        path = '/';
        sawRoot = true;
      } else if (name.startsWith('&')) {
        // An overlay-style reference at top level; kept under its reference name.
        path = name;
      } else {
        const parent = stack[stack.length - 1];
        if (!parent) {
          problems.add(no, `node "${name}" outside the root node`);
          path = `/${name}`;
        } else path = parent.path === '/' ? `/${name}` : `${parent.path}/${name}`;
      }
      if (++count > MAX_NODES) {
        problems.add(no, `more than ${MAX_NODES} nodes; the rest is not read`);
        break;
      }
      const node: DtNode = nodes[path] ?? { path, labels: [], properties: Object.create(null) as Record<string, DtProperty> };
      node.labels.push(...labels);
      nodes[path] = node;
      stack.push(node);
      continue;
    }
    if (line === '};') {
      pending = '';
      if (!stack.pop()) problems.add(no, 'unbalanced "};"');
      continue;
    }
    if (!line.endsWith(';')) {
      // A value split over lines (hand-written sources); join with the next line.
      pending = line;
      continue;
    }
    pending = '';
    const property = /^([A-Za-z0-9,._+?#-]+)\s*(?:=\s*(.*))?;$/s.exec(line);
    const node = stack[stack.length - 1];
    if (!property || !node) {
      problems.add(pendingLine, `cannot read ${JSON.stringify(line.slice(0, 60))}`);
      continue;
    }
    const raw = (property[2] ?? '').trim();
    node.properties[property[1] ?? ''] = { raw, strings: readStrings(raw) };
  }
  if (pending) problems.add(pendingLine, 'statement not terminated by ";" at the end of the input');
  if (stack.length > 0) problems.add(0, `input ends inside node ${stack[stack.length - 1]?.path ?? '?'} (truncated?)`);
  if (!sawRoot && Object.keys(nodes).length === 0) problems.add(0, 'no device-tree nodes found');
  return { data: { nodes }, problems: problems.toArray(), ok: Object.keys(nodes).length > 0 };
}

/** `"a\0b", "c"` → ['a', 'b', 'c']; null when the value is not only quoted strings. */
function readStrings(raw: string): string[] | null {
  if (!raw.startsWith('"')) return null;
  const out: string[] = [];
  let i = 0;
  while (i < raw.length) {
    if (raw[i] !== '"') return null;
    let current = '';
    i++;
    for (; i < raw.length && raw[i] !== '"'; i++) {
      if (raw[i] === '\\' && i + 1 < raw.length) {
        const next = raw[++i];
        if (next === '0') {
          out.push(current);
          current = '';
        } else current += next === 'n' ? '\n' : next === 't' ? '\t' : (next ?? '');
      } else current += raw[i];
    }
    if (raw[i] !== '"') return null;
    out.push(current);
    i++;
    const rest = /^\s*(,\s*)?/.exec(raw.slice(i))?.[0] ?? '';
    i += rest.length;
    if (i < raw.length && !rest.includes(',')) return null;
  }
  return out;
}
