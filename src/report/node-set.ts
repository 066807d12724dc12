/**
 * Folds host names into ClusterShell-style node sets: canary-01 … canary-07 → `canary-[01-07]`.
 * Names are grouped by prefix and digit width; names without a numeric suffix stay as they are.
 */
export function foldNames(names: readonly string[]): string {
  const groups = new Map<string, { prefix: string; width: number; numbers: number[]; suffix: string }>();
  const plain: string[] = [];
  for (const name of [...new Set(names)]) {
    const m = /^(.*?)(\d+)([^\d]*)$/.exec(name);
    if (!m || m[2]!.length > 9) {
      plain.push(name);
      continue;
    }
    const key = `${m[1]}\u0000${m[2]!.length}\u0000${m[3]}`;
    const group = groups.get(key) ?? { prefix: m[1]!, width: m[2]!.length, numbers: [], suffix: m[3]! };
    group.numbers.push(Number(m[2]));
    groups.set(key, group);
  }
  const parts: string[] = [];
  for (const g of groups.values()) {
    const nums = [...g.numbers].sort((a, b) => a - b);
    if (nums.length === 1) {
      parts.push(`${g.prefix}${String(nums[0]).padStart(g.width, '0')}${g.suffix}`);
      continue;
    }
    const ranges: string[] = [];
    for (let i = 0; i < nums.length; ) {
      let j = i;
      while (j + 1 < nums.length && nums[j + 1] === nums[j]! + 1) j++;
      const pad = (n: number): string => String(n).padStart(g.width, '0');
      ranges.push(i === j ? pad(nums[i]!) : `${pad(nums[i]!)}-${pad(nums[j]!)}`);
      i = j + 1;
    }
    parts.push(`${g.prefix}[${ranges.join(',')}]${g.suffix}`);
  }
  return [...parts, ...plain.sort()].join(',');
}
