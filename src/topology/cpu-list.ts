/** `0-23,48-71` → [[0, 23], [48, 71]]; null when the text is not a CPU list. */
export function parseCpuList(text: string): [number, number][] | null {
  if (!/^\d+(-\d+)?(,\d+(-\d+)?)*$/.test(text)) return null;
  const ranges = text.split(',').map((part): [number, number] => {
    const [lo, hi] = part.split('-').map(Number);
    return [lo!, hi ?? lo!];
  });
  // "240-25" is what a cut paste leaves of "240-255".
  return ranges.every(([lo, hi]) => hi >= lo) ? ranges : null;
}

function size(ranges: readonly [number, number][]): number {
  return ranges.reduce((sum, [lo, hi]) => sum + (hi - lo + 1), 0);
}

function format(ranges: readonly [number, number][]): string {
  return ranges.map(([lo, hi]) => (lo === hi ? `${lo}` : `${lo}-${hi}`)).join(',');
}

/**
 * Slurm's `Cores=` counts cores, not hardware threads. Linux numbers the first thread of every core
 * before their SMT siblings, so nvidia-smi prints a GPU's affinity as two equally sized halves
 * (`0-23,48-71`); the first half then names the cores. Any other list is passed through as printed.
 */
export function slurmCores(cpuAffinity: string | null): string | null {
  if (!cpuAffinity) return null;
  const ranges = parseCpuList(cpuAffinity);
  if (!ranges) return null;
  if (ranges.length === 2 && size([ranges[0]!]) === size([ranges[1]!]) && ranges[1]![0] > ranges[0]![1] + 1) {
    return format([ranges[0]!]);
  }
  return format(ranges);
}

/**
 * Slurm numbers cores logically: socket 0's cores first, then socket 1's (what `lstopo -l` calls L#),
 * whatever the OS numbering (`0,2,4,...` on interleaved hosts). When the GPUs' affinity groups (each
 * a NUMA node's CPUs) are each one contiguous range of first threads, the host numbers linearly and
 * the OS ids are the logical ids. When they are interleaved but disjoint and cover 0..N-1 without
 * gaps, each OS CPU's logical index is its group's offset plus its rank in the group. Otherwise the
 * mapping is unknown: null, and the caller leaves `Cores=` out rather than guess.
 */
export function logicalCores(affinities: readonly (string | null)[]): Map<string, string> | null {
  const groups = new Map<string, number[]>();
  for (const affinity of affinities) {
    if (affinity === null) return null;
    const first = slurmCores(affinity);
    const ranges = first === null ? null : parseCpuList(first);
    if (!ranges) return null;
    groups.set(affinity, ranges.flatMap(([lo, hi]) => Array.from({ length: hi - lo + 1 }, (_, i) => lo + i)));
  }
  // Linear numbering (each group one contiguous range of first threads): OS ids are the logical ids.
  const contiguous = [...groups.values()].every((cpus) => cpus.every((cpu, i) => cpu === cpus[0]! + i));
  if (contiguous) return new Map([...groups.entries()].map(([affinity, cpus]) => [affinity, format([[cpus[0]!, cpus.at(-1)!]])]));
  const ordered = [...groups.entries()].sort((a, b) => Math.min(...a[1]) - Math.min(...b[1]));
  const all = ordered.flatMap(([, cpus]) => cpus);
  if (new Set(all).size !== all.length || all.some((cpu) => cpu >= all.length)) return null;
  const out = new Map<string, string>();
  let offset = 0;
  for (const [affinity, cpus] of ordered) {
    out.set(affinity, format([[offset, offset + cpus.length - 1]]));
    offset += cpus.length;
  }
  return out;
}
