/**
 * One line for a whole fleet: hosts with the same outcome are grouped, and numbered names are
 * folded into ranges, e.g. `canary-[01-07]: ok; canary-08: timeout`. Pure.
 * Groups appear in the order of their first host (natural order); names that share a prefix and a
 * digit width fold together (`rack1-[01-03,05]`); other names are listed as they are.
 */
export function summarizeOutcomes(outcomes: readonly { name: string; outcome: string }[]): string {
  const groups = new Map<string, string[]>();
  for (const { name, outcome } of [...outcomes].sort((a, b) => naturalCompare(a.name, b.name))) {
    const names = groups.get(outcome) ?? [];
    names.push(name);
    groups.set(outcome, names);
  }
  return [...groups].map(([outcome, names]) => `${foldNames(names)}: ${outcome}`).join('; ');
}

/** Folds numbered names into bracketed ranges; keeps first-seen order of the prefixes. */
export function foldNames(names: readonly string[]): string {
  const buckets = new Map<string, { prefix: string; width: number; numbers: number[] }>();
  const parts: (string | { key: string })[] = [];
  for (const name of [...new Set(names)]) {
    const match = /^(.*?)(\d+)$/.exec(name);
    if (!match) {
      parts.push(name);
      continue;
    }
    const [, prefix = '', digits = ''] = match;
    const key = `${prefix}\0${digits.length}`;
    let bucket = buckets.get(key);
    if (!bucket) {
      bucket = { prefix, width: digits.length, numbers: [] };
      buckets.set(key, bucket);
      parts.push({ key });
    }
    bucket.numbers.push(Number(digits));
  }
  return parts
    .map((part) => {
      if (typeof part === 'string') return part;
      const { prefix, width, numbers } = buckets.get(part.key)!;
      const pad = (n: number): string => String(n).padStart(width, '0');
      if (numbers.length === 1) return `${prefix}${pad(numbers[0]!)}`;
      return `${prefix}[${ranges([...numbers].sort((a, b) => a - b)).map(([lo, hi]) => (lo === hi ? pad(lo) : `${pad(lo)}-${pad(hi)}`)).join(',')}]`;
    })
    .join(',');
}

function ranges(sorted: number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const n of sorted) {
    const last = out[out.length - 1];
    if (last && n === last[1] + 1) last[1] = n;
    else if (!last || n !== last[1]) out.push([n, n]);
  }
  return out;
}

function naturalCompare(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
