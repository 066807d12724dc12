/**
 * Kconfig dependency expressions (`depends on A && (B || !C)`, `X = "y"`, `$(cc-option,...)`):
 * parsed into a small tree and evaluated in tristate logic against a .config. Never throws:
 * an expression it cannot read evaluates as "unknown" and is shown, never blamed.
 */

export type Tristate = 0 | 1 | 2; // n, m, y

export type Expr =
  | { kind: 'symbol'; name: string }
  | { kind: 'const'; value: string }
  | { kind: 'unknown'; text: string }
  | { kind: 'not'; arg: Expr }
  | { kind: 'and' | 'or'; left: Expr; right: Expr }
  | { kind: 'compare'; op: '=' | '!=' | '<' | '>' | '<=' | '>='; left: Expr; right: Expr };

/** Symbol name (without CONFIG_) → value as written in .config (`y`, `m`, `n`, `"str"`, `123`). */
export type SymbolValues = ReadonlyMap<string, string>;

const TOKEN = /\s*(\$\((?:[^()]|\([^()]*\))*\)|&&|\|\||!=|<=|>=|[!()=<>]|"(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_.+-]+)/y;

export function parseExpr(text: string): Expr {
  const tokens: string[] = [];
  let end = 0;
  TOKEN.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = TOKEN.exec(text)) !== null) {
    tokens.push(match[1]!);
    end = TOKEN.lastIndex;
  }
  // A failed sticky match resets lastIndex, hence `end`.
  if (text.slice(end).trim() !== '') return { kind: 'unknown', text: text.trim() };
  let pos = 0;
  const peek = (): string | undefined => tokens[pos];
  const primary = (): Expr | null => {
    const token = tokens[pos++];
    if (token === undefined) return null;
    if (token === '!') {
      const arg = primary();
      return arg && { kind: 'not', arg };
    }
    if (token === '(') {
      const inner = or();
      if (tokens[pos++] !== ')') return null;
      return inner;
    }
    if (token.startsWith('$(')) return { kind: 'unknown', text: token };
    const left = atom(token);
    const op = peek();
    if (op === '=' || op === '!=' || op === '<' || op === '>' || op === '<=' || op === '>=') {
      pos++;
      const next = tokens[pos++];
      if (next === undefined) return null;
      return { kind: 'compare', op, left, right: atom(next) };
    }
    return left;
  };
  const and = (): Expr | null => {
    let left = primary();
    while (left && peek() === '&&') {
      pos++;
      const right = primary();
      left = right && { kind: 'and', left, right };
    }
    return left;
  };
  const or = (): Expr | null => {
    let left = and();
    while (left && peek() === '||') {
      pos++;
      const right = and();
      left = right && { kind: 'or', left, right };
    }
    return left;
  };
  const tree = or();
  if (!tree || pos !== tokens.length) return { kind: 'unknown', text: text.trim() };
  return tree;
}

function atom(token: string): Expr {
  if (token.startsWith('"') || token.startsWith("'")) return { kind: 'const', value: token.slice(1, -1) };
  if (token === 'y' || token === 'm' || token === 'n') return { kind: 'const', value: token };
  if (/^-?(0x[0-9a-fA-F]+|[0-9]+)$/.test(token)) return { kind: 'const', value: token };
  if (token.startsWith('$(')) return { kind: 'unknown', text: token };
  return { kind: 'symbol', name: token };
}

/** A symbol's tristate: absent and non-tristate values count as n, like Kconfig does. */
export function tristateOf(value: string | undefined): Tristate {
  if (value === 'y') return 2;
  if (value === 'm') return 1;
  return 0;
}

/** Evaluates to a tristate; `null` when an unknown part (a macro) decides the outcome. */
export function evaluate(expr: Expr, values: SymbolValues): Tristate | null {
  switch (expr.kind) {
    case 'symbol':
      return tristateOf(values.get(expr.name));
    case 'const':
      return tristateOf(expr.value);
    case 'unknown':
      return null;
    case 'not': {
      const arg = evaluate(expr.arg, values);
      return arg === null ? null : ((2 - arg) as Tristate);
    }
    case 'and': {
      const l = evaluate(expr.left, values);
      const r = evaluate(expr.right, values);
      if (l === 0 || r === 0) return 0;
      if (l === null || r === null) return null;
      return Math.min(l, r) as Tristate;
    }
    case 'or': {
      const l = evaluate(expr.left, values);
      const r = evaluate(expr.right, values);
      if (l === 2 || r === 2) return 2;
      if (l === null || r === null) return null;
      return Math.max(l, r) as Tristate;
    }
    case 'compare':
      return compare(expr, values);
  }
}

function compare(expr: Extract<Expr, { kind: 'compare' }>, values: SymbolValues): Tristate | null {
  const side = (e: Expr): string | null => {
    if (e.kind === 'const') return e.value;
    if (e.kind === 'symbol') return unquote(values.get(e.name) ?? 'n');
    return null;
  };
  const l = side(expr.left);
  const r = side(expr.right);
  if (l === null || r === null) return null;
  const numeric = /^-?(0x[0-9a-fA-F]+|[0-9]+)$/;
  const cmp = numeric.test(l) && numeric.test(r) ? Number(l) - Number(r) : l < r ? -1 : l > r ? 1 : 0;
  const result =
    expr.op === '=' ? cmp === 0 : expr.op === '!=' ? cmp !== 0 : expr.op === '<' ? cmp < 0 : expr.op === '>' ? cmp > 0 : expr.op === '<=' ? cmp <= 0 : cmp >= 0;
  return result ? 2 : 0;
}

function unquote(value: string): string {
  return value.startsWith('"') && value.endsWith('"') && value.length >= 2 ? value.slice(1, -1) : value;
}

/** The top-level `&&` terms: each one is a separate reason an option can be hidden. */
export function conjuncts(expr: Expr): Expr[] {
  return expr.kind === 'and' ? [...conjuncts(expr.left), ...conjuncts(expr.right)] : [expr];
}

/** Every symbol an expression mentions, in order, once. */
export function symbolsOf(expr: Expr): string[] {
  const out: string[] = [];
  const walk = (e: Expr): void => {
    if (e.kind === 'symbol' && !out.includes(e.name)) out.push(e.name);
    else if (e.kind === 'not') walk(e.arg);
    else if (e.kind === 'and' || e.kind === 'or' || e.kind === 'compare') {
      walk(e.left);
      walk(e.right);
    }
  };
  walk(expr);
  return out;
}

/** Writes an expression back, menuconfig style: every symbol followed by its value, `PCI [=y]`. */
export function formatExpr(expr: Expr, values: SymbolValues, parent?: Expr['kind']): string {
  switch (expr.kind) {
    case 'symbol':
      return `${expr.name} [=${values.get(expr.name) ?? 'n'}]`;
    case 'const':
      return /^[ymn]$|^-?(0x[0-9a-fA-F]+|[0-9]+)$/.test(expr.value) ? expr.value : JSON.stringify(expr.value);
    case 'unknown':
      return expr.text;
    case 'not':
      return `!${formatExpr(expr.arg, values, 'not')}`;
    case 'compare':
      return `${formatExpr(expr.left, values, 'compare')} ${expr.op} ${formatExpr(expr.right, values, 'compare')}`;
    case 'and':
    case 'or': {
      const op = expr.kind === 'and' ? '&&' : '||';
      const text = `${formatExpr(expr.left, values, expr.kind)} ${op} ${formatExpr(expr.right, values, expr.kind)}`;
      const needsParens = parent === 'not' || parent === 'compare' || (parent === 'and' && expr.kind === 'or');
      return needsParens ? `(${text})` : text;
    }
  }
}
