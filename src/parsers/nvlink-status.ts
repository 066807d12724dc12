import { neverThrows } from './guard.js';
import { describeEmpty, refuseBinary, isNvmlFailureLine, nvmlFailure, ProblemList, splitLines } from './lines.js';
import { isElision, parseSmiGpuHeader } from './smi-gpu-header.js';
import type { ParseResult } from './types.js';

export interface NvlinkLink {
  link: number;
  active: boolean;
  /** Per-link rate as printed (A100 25, H100 26.562, B200/GB200 53.125); null when inactive. */
  speedGBs: number | null;
}

export interface NvlinkStatusGpu {
  index: number;
  name: string;
  uuid: string | null;
  links: NvlinkLink[];
  activeLinks: number;
  /** Sum of the active links' printed rates (raw, ~1/0.9412 above the advertised aggregate). */
  totalGBs: number;
}

export interface NvlinkStatusData {
  gpus: NvlinkStatusGpu[];
}

/** Parses `nvidia-smi nvlink -s` / `nvlink --status`. */
export const parseNvlinkStatus = neverThrows(readNvlinkStatus, (): NvlinkStatusData => ({ gpus: [] }));

function readNvlinkStatus(text: string): ParseResult<NvlinkStatusData> {
  const problems = new ProblemList();
  const lines = splitLines(text, problems);
  const gpus: NvlinkStatusGpu[] = [];
  if (refuseBinary(text, problems)) return { data: { gpus }, problems: problems.toArray(), ok: false };
  let current: NvlinkStatusGpu | null = null;
  let unreadable = 0;
  for (const line of lines) {
    const trimmed = line.text.trim();
    if (trimmed === '') continue;
    const header = parseSmiGpuHeader(trimmed);
    if (header) {
      current = { ...header, links: [], activeLinks: 0, totalGBs: 0 };
      gpus.push(current);
      continue;
    }
    const link = /^Link (\d+):\s*(.*)$/.exec(trimmed);
    if (link?.[1] && link[2] !== undefined) {
      if (!current) {
        problems.add(line.no, 'link line before any "GPU N:" header');
        continue;
      }
      const parsed = readLinkState(link[2]);
      if (!parsed) {
        if (unreadable++ === 0) problems.add(line.no, `GPU ${current.index} link ${link[1]}: unreadable state "${link[2].slice(0, 40)}"`);
        continue;
      }
      current.links.push({ link: Number(link[1]), ...parsed });
      continue;
    }
    if (isNvmlFailureLine(trimmed)) continue; // reported below when nothing else was read
    if (isElision(trimmed)) problems.add(line.no, 'lines elided ("[...]"): links missing from the output');
    else if (/nvlink|nvidia-smi|^\S+[@:].*[#$]/i.test(trimmed) && gpus.length === 0) continue; // the command line or prompt
    else problems.add(line.no, `unexpected line: "${trimmed.slice(0, 60)}"`);
  }
  for (const gpu of gpus) {
    gpu.activeLinks = gpu.links.filter((l) => l.active).length;
    gpu.totalGBs = round(gpu.links.reduce((sum, l) => sum + (l.speedGBs ?? 0), 0));
    const expected = Math.max(...gpus.map((g) => g.links.length));
    if (gpu.links.length < expected) {
      problems.add(0, `GPU ${gpu.index} lists ${gpu.links.length} links, another GPU lists ${expected} (output cut?)`);
    }
    if (gpu.links.length === 0) problems.add(0, `GPU ${gpu.index} lists no links (no NVLink, or output cut)`);
  }
  if (unreadable > 1) problems.add(0, `${unreadable - 1} more link lines unreadable (is this \`nvlink -s\` output?)`);
  if (gpus.length === 0) {
    const nvml = nvmlFailure(lines);
    problems.add(nvml?.line ?? 0, nvml ? `nvidia-smi failed: ${nvml.message}` : `${describeEmpty(text)}: no "GPU N:" header`);
  }
    // GPUs without any link line are a real answer (no NVLink); GPUs whose link lines were all unreadable are not.
  const ok = gpus.length > 0 && (gpus.some((g) => g.links.length > 0) || unreadable === 0);
  return { data: { gpus }, problems: problems.toArray(), ok };
}

function readLinkState(text: string): { active: boolean; speedGBs: number | null } | null {
  if (/^<?inactive>?$/i.test(text.trim())) return { active: false, speedGBs: null };
  const speed = /^(?:Speed\s*)?(\d+(?:\.\d+)?)\s*GB\/s$/i.exec(text.trim());
  if (speed?.[1]) return { active: true, speedGBs: Number(speed[1]) };
  return null;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
