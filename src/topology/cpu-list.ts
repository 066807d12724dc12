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
