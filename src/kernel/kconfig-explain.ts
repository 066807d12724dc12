import type { KconfigCond, KconfigDb, KconfigSelect, KconfigSymbolDef } from './kconfig-db.js';
import { conjuncts, evaluate, type Expr, formatExpr, type SymbolValues, symbolsOf, tristateOf } from './kconfig-expr.js';

/**
 * Why a requested option did not hold: the `depends on` / `if` / menu lines that hide it and the
 * `select` lines that force it, each with the values of the symbols involved (`PCI [=y]`) and the
 * Kconfig file and line. Pure.
 */
export function explainOption(
  name: string,
  requested: string,
  actual: string | null,
  db: KconfigDb,
  values: SymbolValues,
): string {
  const defs = db.defs.get(name);
  if (!defs || defs.length === 0) {
    return `no Kconfig file of this tree and architecture defines ${name} (misspelled, another architecture's option, or not in this kernel version)`;
  }
  const parts: string[] = [];
  // Strings and numbers are compared as values, not as tristates: only visibility can be explained.
  const tristate = /^[ymn]$/.test(requested) && (actual === null || /^[ymn]$/.test(actual));
  const want = !tristate ? 1 : requested === 'n' ? 0 : requested === 'm' ? 1 : 2;
  const got = actual === null ? 0 : tristate ? tristateOf(actual) : 1;

  if (actual === null || got < want) {
    // Too low or invisible: blame the unmet conditions.
    const needed = actual === null ? 1 : want;
    const unmet = defs.flatMap((def) => unmetConditions(def, needed, values));
    if (unmet.length > 0) parts.push(`unmet dependencies: ${unmet.map((u) => u.text).join('; ')}`);
    const hidden = unmet.flatMap((u) => u.symbols).filter((s, i, all) => all.indexOf(s) === i);
    for (const symbol of hidden.slice(0, 4)) {
      const def = db.defs.get(symbol);
      if (def && def.length > 0 && !def.some((d) => d.hasPrompt)) {
        parts.push(`${symbol} has no prompt and is only set by a select: ${selectors(db, symbol, values)}`);
      }
    }
    if (!defs.some((d) => d.hasPrompt) && want > 0) {
      parts.push(`${name} has no prompt: a fragment cannot set it, only a select can: ${selectors(db, name, values)}`);
    }
    const chosen = otherChoice(defs, db, values, name);
    if (chosen) parts.push(`member of a choice; ${chosen} [=y] was chosen instead`);
  }
  if (actual !== null && tristate && got > want) {
    const forcing = (db.selectedBy.get(name) ?? []).filter((s) => (evaluate({ kind: 'symbol', name: s.by }, values) ?? 0) > want && conditionHolds(s, values));
    if (forcing.length > 0) parts.push(`forced: ${forcing.map((s) => formatSelect(s, values)).join(', ')}`);
    else if (!defs.some((d) => d.hasPrompt)) parts.push(`${name} has no prompt: its default decides (${where(defs[0]!)})`);
  }
  if (parts.length === 0) {
    const conds = defs.flatMap((d) => [...d.enclosing, ...d.depends]).map((c) => `${c.origin} ${formatExpr(c.expr, values)} (${c.file}:${c.line})`);
    parts.push(
      `defined at ${defs.map(where).join(', ')}; every condition holds${conds.length > 0 ? ` (${conds.join('; ')})` : ''}, so the request never reached this .config (fragment not merged, or overridden later), or a range, a default or a macro condition decides`,
    );
  }
  return parts.join('; ');
}

interface Unmet {
  text: string;
  symbols: string[];
}

function unmetConditions(def: KconfigSymbolDef, needed: number, values: SymbolValues): Unmet[] {
  const out: Unmet[] = [];
  const conds: KconfigCond[] = [...def.enclosing, ...def.depends, ...def.promptIf];
  for (const cond of conds) {
    const failing = conjuncts(cond.expr).filter((term) => {
      const value = evaluate(term, values);
      return value !== null && value < needed;
    });
    if (failing.length === 0) continue;
    const shown = failing.map((term) => formatExpr(term, values, 'and')).join(' && ');
    out.push({ text: `${cond.origin} ${shown} (${cond.file}:${cond.line})`, symbols: failing.flatMap((t) => positiveSymbols(t)) });
  }
  return out;
}

/** Symbols whose being off fails the term (not the ones under a `!`). */
function positiveSymbols(term: Expr): string[] {
  if (term.kind === 'symbol') return [term.name];
  if (term.kind === 'and' || term.kind === 'or') return [...positiveSymbols(term.left), ...positiveSymbols(term.right)];
  if (term.kind === 'compare') return symbolsOf(term);
  return [];
}

function selectors(db: KconfigDb, symbol: string, values: SymbolValues): string {
  const list = db.selectedBy.get(symbol) ?? [];
  if (list.length === 0) return 'nothing selects it';
  const shown = list.slice(0, 6).map((s) => formatSelect(s, values));
  return `${shown.join(', ')}${list.length > 6 ? ` and ${list.length - 6} more` : ''}`;
}

function formatSelect(s: KconfigSelect, values: SymbolValues): string {
  const cond = s.cond ? ` if ${formatExpr(s.cond.expr, values)}` : '';
  return `${s.kind === 'imply' ? 'implied' : 'selected'} by ${s.by} [=${values.get(s.by) ?? 'n'}]${cond} (${s.file}:${s.line})`;
}

function conditionHolds(s: KconfigSelect, values: SymbolValues): boolean {
  if (!s.cond) return true;
  return (evaluate(s.cond.expr, values) ?? 2) > 0;
}

function otherChoice(defs: KconfigSymbolDef[], db: KconfigDb, values: SymbolValues, name: string): string | null {
  for (const def of defs) {
    if (def.choice === null) continue;
    const other = (db.choiceMembers.get(def.choice) ?? []).find((m) => m !== name && values.get(m) === 'y');
    if (other) return other;
  }
  return null;
}

function where(def: KconfigSymbolDef): string {
  return `${def.file}:${def.line}`;
}
