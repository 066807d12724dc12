import { neverThrows } from './guard.js';
import { describeEmpty, refuseBinary, nvmlFailure, ProblemList, splitLines } from './lines.js';
import { isElision } from './smi-gpu-header.js';
import type { ParseResult } from './types.js';

/** One indented section of `nvidia-smi -q`: `Key : Value` lines and nested sections. */
export interface SmiSection {
  title: string;
  line: number;
  values: Record<string, string>;
  sections: SmiSection[];
}

export interface SmiEcc {
  /** `ECC Mode / Current` (`Enabled`/`Disabled`); null when absent. */
  mode: string | null;
  /** Every numeric counter by path (`SRAM Uncorrectable`, `Double Bit/Total`). */
  volatile: Record<string, number>;
  aggregate: Record<string, number>;
  volatileUncorrectable: number | null;
  aggregateUncorrectable: number | null;
  aggregateCorrectable: number | null;
}

export interface SmiRemappedRows {
  correctable: number | null;
  uncorrectable: number | null;
  /** A remap waits for a GPU reset (Xid 63 follows). */
  pending: boolean | null;
  failure: boolean | null;
}

export interface SmiFabric {
  state: string | null;
  status: string | null;
  clusterUuid: string | null;
  cliqueId: string | null;
}

export interface SmiGpu {
  /** From the `GPU 00000000:10:1C.0` line; null in a fragment without it. */
  busId: string | null;
  line: number;
  productName: string | null;
  uuid: string | null;
  serial: string | null;
  ecc: SmiEcc | null;
  retiredPages: Record<string, string> | null;
  remappedRows: SmiRemappedRows | null;
  fabric: SmiFabric | null;
  /** The GPU's whole tree, for fields not lifted above. */
  sections: SmiSection[];
  values: Record<string, string>;
}

export interface SmiQueryData {
  driverVersion: string | null;
  cudaVersion: string | null;
  attachedGpus: number | null;
  gpus: SmiGpu[];
}

/** Parses `nvidia-smi -q` (also `-q -d ECC,...` and grep'd fragments of it). */
export const parseSmiQuery = neverThrows(readSmiQuery, (): SmiQueryData => ({ driverVersion: null, cudaVersion: null, attachedGpus: null, gpus: [] }));

function readSmiQuery(text: string): ParseResult<SmiQueryData> {
  const problems = new ProblemList();
  const lines = splitLines(text, problems);
  if (refuseBinary(text, problems)) {
    return { data: { driverVersion: null, cudaVersion: null, attachedGpus: null, gpus: [] }, problems: problems.toArray(), ok: false };
  }
  const root: SmiSection = { title: '', line: 0, values: {}, sections: [] };
  const gpuRoots: { busId: string | null; node: SmiSection }[] = [];
  const stack: { indent: number; node: SmiSection }[] = [{ indent: -1, node: root }];
  for (const line of lines) {
    if (line.text.trim() === '') continue;
    const indent = line.text.length - line.text.trimStart().length;
    const trimmed = line.text.trim();
    if (isElision(trimmed)) {
      problems.add(line.no, 'lines elided ("[...]"): fields missing from the output');
      continue;
    }
    if (/^(\S*[#$]\s*)?nvidia-smi\b/.test(trimmed) || /^=+\s*NVSMI LOG\s*=+$/.test(trimmed)) continue;
    while (stack.length > 1 && stack.at(-1)!.indent >= indent) stack.pop();
    const gpu = /^GPU ([0-9A-Fa-f]{4,8}:[0-9A-Fa-f]{2}:[0-9A-Fa-f]{2}\.[0-7])$/.exec(trimmed);
    if (gpu?.[1]) {
      const node: SmiSection = { title: trimmed, line: line.no, values: {}, sections: [] };
      gpuRoots.push({ busId: gpu[1], node });
      stack.length = 1;
      stack.push({ indent, node });
      continue;
    }
    const pair = /^([^:]*?\S)\s*:\s?(.*)$/.exec(trimmed);
    if (pair?.[1] !== undefined && pair[2] !== undefined && !/^[A-Za-z].*\S\s{2,}\S/.test(pair[1])) {
      stack.at(-1)!.node.values[pair[1]] = pair[2].trim();
      continue;
    }
    if (/^[A-Za-z][\w /().,-]*$/.test(trimmed) && trimmed.length <= 80) {
      const node: SmiSection = { title: trimmed, line: line.no, values: {}, sections: [] };
      stack.at(-1)!.node.sections.push(node);
      stack.push({ indent, node });
      continue;
    }
    problems.add(line.no, `unexpected line: "${trimmed.slice(0, 60)}"`);
  }
  // A fragment (`nvidia-smi -q | grep -A3 Fabric`) has GPU sections but no GPU line: one anonymous GPU.
  // Titles alone are not -q output (any line of words reads as a title): it needs a `Field : value`.
  if (gpuRoots.length === 0 && (root.sections.length > 0 || 'Product Name' in root.values) && hasFields(root)) {
    gpuRoots.push({ busId: null, node: root });
  }
  const data: SmiQueryData = {
    driverVersion: root.values['Driver Version'] ?? null,
    cudaVersion: root.values['CUDA Version'] ?? null,
    attachedGpus: /^\d+$/.test(root.values['Attached GPUs'] ?? '') ? Number(root.values['Attached GPUs']) : null,
    gpus: gpuRoots.map(({ busId, node }) => readGpu(busId, node)),
  };
  if (data.attachedGpus !== null && data.gpus.length > 0 && data.gpus.length < data.attachedGpus) {
    problems.add(0, `${data.attachedGpus} GPUs attached but ${data.gpus.length} listed (output cut or elided?)`);
  }
  const ok = data.gpus.length > 0 || data.driverVersion !== null;
  if (!ok) {
    const nvml = nvmlFailure(lines);
    problems.add(nvml?.line ?? 0, nvml ? `nvidia-smi failed: ${nvml.message}` : `${describeEmpty(text)}: no nvidia-smi -q fields`);
  }
  return { data, problems: problems.toArray(), ok };
}

/** Whether a section or any below it holds a field (iterative: nesting is as deep as the indentation). */
function hasFields(section: SmiSection): boolean {
  const pending = [section];
  for (let next = pending.pop(); next; next = pending.pop()) {
    if (Object.keys(next.values).length > 0) return true;
    pending.push(...next.sections);
  }
  return false;
}

function readGpu(busId: string | null, node: SmiSection): SmiGpu {
  const ecc = section(node, 'ECC Errors');
  const eccMode = section(node, 'ECC Mode');
  const remap = section(node, 'Remapped Rows');
  const fabric = section(node, 'Fabric');
  const retired = section(node, 'Retired Pages');
  return {
    busId,
    line: node.line,
    productName: node.values['Product Name'] ?? null,
    uuid: node.values['GPU UUID'] ?? null,
    serial: node.values['Serial Number'] ?? null,
    ecc: ecc || eccMode ? readEcc(ecc, eccMode) : null,
    retiredPages: retired ? { ...retired.values } : null,
    remappedRows: remap
      ? {
          correctable: count(remap.values['Correctable Error']),
          uncorrectable: count(remap.values['Uncorrectable Error']),
          pending: yesNo(remap.values['Pending']),
          failure: yesNo(remap.values['Remapping Failure Occurred']),
        }
      : null,
    fabric: fabric
      ? {
          state: na(fabric.values['State']),
          status: na(fabric.values['Status']),
          clusterUuid: na(fabric.values['ClusterUUID'] ?? fabric.values['Cluster UUID']),
          cliqueId: na(fabric.values['CliqueId'] ?? fabric.values['Clique ID']),
        }
      : null,
    sections: node.sections,
    values: node.values,
  };
}

function readEcc(ecc: SmiSection | undefined, mode: SmiSection | undefined): SmiEcc {
  const volatile = counters(ecc ? section(ecc, 'Volatile') : undefined);
  const aggregate = counters(ecc ? section(ecc, 'Aggregate') : undefined);
  return {
    mode: na(mode?.values['Current']),
    volatile,
    aggregate,
    volatileUncorrectable: total(volatile, 'Double Bit/Total', /uncorrectable/i),
    aggregateUncorrectable: total(aggregate, 'Double Bit/Total', /uncorrectable/i),
    aggregateCorrectable: total(aggregate, 'Single Bit/Total', /(^|[^n])correctable/i),
  };
}

/** Numeric counters of a section and its subsections, keyed by path. */
function counters(node: SmiSection | undefined, prefix = ''): Record<string, number> {
  const out: Record<string, number> = {};
  if (!node) return out;
  for (const [key, value] of Object.entries(node.values)) {
    const n = count(value);
    if (n !== null) out[prefix + key] = n;
  }
  for (const child of node.sections) Object.assign(out, counters(child, `${prefix}${child.title}/`));
  return out;
}

/** Pre-Ampere drivers print `Single Bit`/`Double Bit` with a `Total`; later ones per-memory counters. */
function total(values: Record<string, number>, legacyTotal: string, pattern: RegExp): number | null {
  if (legacyTotal in values) return values[legacyTotal]!;
  const keys = Object.keys(values).filter((k) => pattern.test(k) && !/threshold/i.test(k));
  return keys.length === 0 ? null : keys.reduce((sum, k) => sum + values[k]!, 0);
}

function section(node: SmiSection, title: string): SmiSection | undefined {
  return node.sections.find((s) => s.title.toLowerCase() === title.toLowerCase());
}

function count(value: string | undefined): number | null {
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : null;
}

function yesNo(value: string | undefined): boolean | null {
  if (value === undefined) return null;
  if (/^yes$/i.test(value)) return true;
  if (/^no$/i.test(value)) return false;
  return null;
}

function na(value: string | undefined): string | null {
  return value === undefined || value === '' || value === 'N/A' ? null : value;
}
