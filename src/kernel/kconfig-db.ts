import { type Expr, parseExpr } from './kconfig-expr.js';

/**
 * Reads the Kconfig language far enough to explain an audit: where each symbol is defined, which
 * `depends on` / `if` / menu conditions hide it, whether it has a prompt, and which `select` /
 * `imply` lines set it. Pure: files come through `read` (relative to srctree); never throws.
 */

export interface KconfigCond {
  origin: 'depends on' | 'if' | 'menu depends on' | 'visible if' | 'choice depends on' | 'prompt if';
  expr: Expr;
  text: string;
  file: string;
  line: number;
}

export interface KconfigSymbolDef {
  name: string;
  file: string;
  line: number;
  type: string | null;
  hasPrompt: boolean;
  /** Conditions from enclosing `if` blocks, menus and choices, outermost first. */
  enclosing: KconfigCond[];
  depends: KconfigCond[];
  promptIf: KconfigCond[];
  /** Set for members of a `choice ... endchoice` block. */
  choice: number | null;
}

export interface KconfigSelect {
  kind: 'select' | 'imply';
  by: string;
  target: string;
  cond: KconfigCond | null;
  file: string;
  line: number;
}

export interface KconfigDb {
  defs: Map<string, KconfigSymbolDef[]>;
  /** target symbol → the select/imply lines naming it. */
  selectedBy: Map<string, KconfigSelect[]>;
  choiceMembers: Map<number, string[]>;
  files: number;
  /** Files that could not be read or sources that could not be resolved; explanations may be partial. */
  notes: string[];
}

export type KconfigReader = (relPath: string) => string | null;

const MAX_FILES = 10_000;
const MAX_DEPTH = 64;

interface Block {
  kind: 'if' | 'menu' | 'choice';
  conds: KconfigCond[];
  choice: number | null;
}

type Current = { kind: 'config'; def: KconfigSymbolDef } | { kind: 'menu' | 'choice'; block: Block } | { kind: 'other' } | null;

/** Parses the tree from `Kconfig` (or `root`), following `source` lines with `$(SRCARCH)` expanded. */
export function readKconfigTree(read: KconfigReader, vars: Readonly<Record<string, string>>, root = 'Kconfig'): KconfigDb {
  const db: KconfigDb = { defs: new Map(), selectedBy: new Map(), choiceMembers: new Map(), files: 0, notes: [] };
  const stack: Block[] = [];
  let nextChoice = 1;

  const parseFile = (file: string, depth: number, optional: boolean): void => {
    if (db.files >= MAX_FILES || depth > MAX_DEPTH) {
      db.notes.push(`${file}: not read (more than ${MAX_FILES} files or ${MAX_DEPTH} nested sources)`);
      return;
    }
    const text = read(file);
    if (text === null) {
      if (!optional) db.notes.push(`${file}: cannot read`);
      return;
    }
    db.files++;
    let current: Current = null;
    let help: { indent: number | null } | null = null;
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const lineNo = i + 1;
      let raw = lines[i]!;
      if (help) {
        if (raw.trim() === '') continue;
        const indent = indentOf(raw);
        // A line at column 0 always ends help text (the next keyword follows an empty help).
        if (help.indent === null && indent > 0) {
          help.indent = indent;
          continue;
        }
        if (help.indent !== null && indent >= help.indent) continue;
        help = null;
      }
      while (raw.endsWith('\\') && i + 1 < lines.length) raw = raw.slice(0, -1) + ' ' + lines[++i]!;
      const line = stripComment(raw).trim();
      if (line === '') continue;
      const [keyword = '', rest = ''] = splitFirst(line);
      const cond = (origin: KconfigCond['origin'], text: string): KconfigCond => ({ origin, expr: parseExpr(text), text, file, line: lineNo });
      switch (keyword) {
        case 'config':
        case 'menuconfig': {
          const def: KconfigSymbolDef = {
            name: rest.trim(),
            file,
            line: lineNo,
            type: null,
            hasPrompt: false,
            enclosing: stack.flatMap((b) => b.conds),
            depends: [],
            promptIf: [],
            choice: [...stack].reverse().find((b) => b.kind === 'choice')?.choice ?? null,
          };
          push(db.defs, def.name, def);
          if (def.choice !== null) push(db.choiceMembers, def.choice, def.name);
          current = { kind: 'config', def };
          break;
        }
        case 'choice': {
          const block: Block = { kind: 'choice', conds: [], choice: nextChoice++ };
          stack.push(block);
          current = { kind: 'choice', block };
          break;
        }
        case 'menu': {
          const block: Block = { kind: 'menu', conds: [], choice: null };
          stack.push(block);
          current = { kind: 'menu', block };
          break;
        }
        case 'if':
          stack.push({ kind: 'if', conds: [cond('if', rest)], choice: null });
          current = null;
          break;
        case 'endif':
        case 'endmenu':
        case 'endchoice':
          popBlock(stack, keyword === 'endif' ? 'if' : keyword === 'endmenu' ? 'menu' : 'choice', file, lineNo, db.notes);
          current = null;
          break;
        case 'comment':
        case 'mainmenu':
          current = { kind: 'other' };
          break;
        case 'source':
        case 'rsource':
        case 'osource':
        case 'orsource': {
          const target = expandPath(unquote(rest.trim()), vars);
          if (target === null) {
            db.notes.push(`${file}:${lineNo}: cannot expand ${rest.trim()}`);
            break;
          }
          const relative = keyword === 'rsource' || keyword === 'orsource';
          parseFile(relative ? joinPath(dirOf(file), target) : target, depth + 1, keyword.startsWith('o'));
          current = null;
          break;
        }
        case 'help':
        case '---help---':
          help = { indent: null };
          break;
        default:
          attribute(current, keyword, rest, cond, db, file, lineNo);
      }
    }
  };

  parseFile(root, 0, false);
  if (stack.length > 0) db.notes.push(`${stack.length} if/menu/choice block(s) never closed`);
  return db;
}

function attribute(
  current: Current,
  keyword: string,
  rest: string,
  cond: (origin: KconfigCond['origin'], text: string) => KconfigCond,
  db: KconfigDb,
  file: string,
  line: number,
): void {
  if (!current || current.kind === 'other') return;
  if (keyword === 'depends' && rest.startsWith('on')) {
    const text = rest.slice(2).trim();
    if (current.kind === 'config') current.def.depends.push(cond('depends on', text));
    else current.block.conds.push(cond(current.kind === 'menu' ? 'menu depends on' : 'choice depends on', text));
    return;
  }
  if (keyword === 'visible' && rest.startsWith('if') && current.kind === 'menu') {
    current.block.conds.push(cond('visible if', rest.slice(2).trim()));
    return;
  }
  if (current.kind !== 'config') return;
  const def = current.def;
  if (keyword === 'select' || keyword === 'imply') {
    const [target = '', tail = ''] = splitFirst(rest);
    const ifText = tail.startsWith('if') ? tail.slice(2).trim() : null;
    const select: KconfigSelect = { kind: keyword, by: def.name, target, cond: ifText ? cond('if', ifText) : null, file, line };
    push(db.selectedBy, target, select);
    return;
  }
  if (['bool', 'boolean', 'tristate', 'string', 'int', 'hex', 'prompt', 'def_bool', 'def_tristate'].includes(keyword)) {
    if (keyword !== 'prompt') def.type = keyword.replace(/^def_/, '').replace('boolean', 'bool');
    if (keyword.startsWith('def_')) return;
    const prompt = /^("(?:[^"\\]|\\.)*"|'[^']*')\s*(?:if\s+(.*))?$/.exec(rest.trim());
    if (prompt) {
      def.hasPrompt = true;
      if (prompt[2]) def.promptIf.push(cond('prompt if', prompt[2]));
    }
  }
}

function popBlock(stack: Block[], kind: Block['kind'], file: string, line: number, notes: string[]): void {
  const top = stack[stack.length - 1];
  if (!top || top.kind !== kind) {
    notes.push(`${file}:${line}: end${kind} without a matching ${kind}`);
    return;
  }
  stack.pop();
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function indentOf(line: string): number {
  let col = 0;
  for (const ch of line) {
    if (ch === ' ') col++;
    else if (ch === '\t') col = (Math.floor(col / 8) + 1) * 8;
    else break;
  }
  return col;
}

function stripComment(line: string): string {
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '#') return line.slice(0, i);
  }
  return line;
}

function splitFirst(text: string): [string, string] {
  const match = /^(\S+)\s*(.*)$/.exec(text);
  return match ? [match[1]!, match[2]!] : [text, ''];
}

function unquote(text: string): string {
  return /^".*"$|^'.*'$/.test(text) ? text.slice(1, -1) : text;
}

function expandPath(path: string, vars: Readonly<Record<string, string>>): string | null {
  let unknown = false;
  const out = path.replace(/\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g, (_, name: string) => {
    const value = vars[name];
    if (value === undefined) unknown = true;
    return value ?? '';
  });
  return unknown || out.includes('$(') ? null : out;
}

function dirOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

function joinPath(dir: string, rel: string): string {
  return dir ? `${dir}/${rel}` : rel;
}
