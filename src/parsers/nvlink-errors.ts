import { neverThrows } from './guard.js';
import { describeEmpty, refuseBinary, isNvmlFailureLine, nvmlFailure, ProblemList, splitLines } from './lines.js';
import { isElision, parseSmiGpuHeader } from './smi-gpu-header.js';
import type { ParseResult } from './types.js';

export interface NvlinkErrorLink {
  link: number;
  /** Counter name as printed (`Replay Errors`, `Recovery Errors`, `CRC Errors`, ...) → value; null for N/A. */
  counters: Record<string, number | null>;
}

export interface NvlinkErrorsGpu {
  index: number;
  name: string;
  uuid: string | null;
  links: NvlinkErrorLink[];
  /** Sum of every counter over every link (N/A counts as 0). */
  totals: Record<string, number>;
}

export interface NvlinkErrorsData {
  gpus: NvlinkErrorsGpu[];
  /** Sum over all GPUs, links and counters: the number a gate compares with 0 or a baseline. */
  totalErrors: number;
}

/**
 * Parses `nvidia-smi nvlink -e` (`--errorcounters`): per GPU, lines `Link N: <Counter>: <value>`, one
 * counter per line. Counter names differ by generation, so they are kept as printed.
 */
export const parseNvlinkErrors = neverThrows(readNvlinkErrors, (): NvlinkErrorsData => ({ gpus: [], totalErrors: 0 }));

function readNvlinkErrors(text: string): ParseResult<NvlinkErrorsData> {
  const problems = new ProblemList();
  const lines = splitLines(text, problems);
  const gpus: NvlinkErrorsGpu[] = [];
  if (refuseBinary(text, problems)) return { data: { gpus, totalErrors: 0 }, problems: problems.toArray(), ok: false };
  let current: NvlinkErrorsGpu | null = null;
  let sawStatus = false;
  for (const line of lines) {
    const trimmed = line.text.trim();
    if (trimmed === '') continue;
    const header = parseSmiGpuHeader(trimmed);
    if (header) {
      current = { ...header, links: [], totals: {} };
      gpus.push(current);
      continue;
    }
    const counter = /^Link (\d+):\s*([A-Za-z][A-Za-z0-9 ._-]*?)\s*:\s*(\S+)$/.exec(trimmed);
    if (counter?.[1] && counter[2] && counter[3]) {
      if (!current) {
        problems.add(line.no, 'counter line before any "GPU N:" header');
        continue;
      }
      const value = readCount(counter[3]);
      if (value === undefined) {
        problems.add(line.no, `GPU ${current.index} link ${counter[1]} ${counter[2]}: unreadable value "${counter[3].slice(0, 30)}"`);
        continue;
      }
      const number = Number(counter[1]);
      let link = current.links.find((l) => l.link === number);
      if (!link) {
        link = { link: number, counters: {} };
        current.links.push(link);
      }
      link.counters[counter[2]] = value;
      current.totals[counter[2]] = (current.totals[counter[2]] ?? 0) + (value ?? 0);
      continue;
    }
    if (isNvmlFailureLine(trimmed)) continue; // reported below when nothing else was read
    if (isElision(trimmed)) problems.add(line.no, 'lines elided ("[...]"): links missing from the output');
    else if (gpus.length === 0 && /nvidia-smi/.test(trimmed)) continue;
    else if (/^Link \d+:\s*(<?inactive>?|[\d.]+\s*GB\/s)$/i.test(trimmed)) {
      if (!sawStatus) problems.add(line.no, 'link speeds: this is `nvlink -s` output, not `nvlink -e`');
      sawStatus = true;
    }
    else problems.add(line.no, `unexpected line: "${trimmed.slice(0, 60)}"`);
  }
  let totalErrors = 0;
  for (const gpu of gpus) {
    for (const value of Object.values(gpu.totals)) totalErrors += value;
    const counts = new Set(gpu.links.map((l) => Object.keys(l.counters).length));
    if (counts.size > 1) problems.add(0, `GPU ${gpu.index}: links list different numbers of counters (output cut?)`);
  }
  if (gpus.length === 0) {
    const nvml = nvmlFailure(lines);
    problems.add(nvml?.line ?? 0, nvml ? `nvidia-smi failed: ${nvml.message}` : `${describeEmpty(text)}: no "GPU N:" header`);
  }
  const ok = gpus.some((g) => g.links.length > 0);
  if (gpus.length > 0 && !ok) problems.add(0, 'no error counters found');
  return { data: { gpus, totalErrors }, problems: problems.toArray(), ok };
}

/** A counter value: an integer, or N/A (null); undefined when unreadable. */
function readCount(text: string): number | null | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  if (/^(N\/A|\[N\/A\])$/i.test(text)) return null;
  return undefined;
}
