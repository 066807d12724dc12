import { neverThrows } from './guard.js';
import { describeEmpty, refuseBinary, nvmlFailure, ProblemList, splitLines } from './lines.js';
import { isElision } from './smi-gpu-header.js';
import type { ParseResult } from './types.js';

export interface QueryGpuRow {
  line: number;
  /** Cells in column order; null for `[N/A]`, `[Not Supported]` and other bracketed non-values. */
  values: (string | null)[];
  /** Cells by canonical field name (empty when the field names are unknown: noheader without fields). */
  fields: Record<string, string | null>;
}

export interface QueryGpuGpu {
  index: number | null;
  name: string | null;
  busId: string | null;
  uuid: string | null;
  serial: string | null;
}

export interface QueryGpuData {
  /** Whether the output had a header line (`--format=csv` without `noheader`). */
  header: boolean;
  /** Canonical field names (`name`, `pci.bus_id`, `memory.total`); null when unknown. */
  columns: string[] | null;
  /** Units from the header (`MiB` from `memory.total [MiB]`), per column. */
  units: (string | null)[] | null;
  rows: QueryGpuRow[];
  gpus: QueryGpuGpu[];
}

export interface QueryGpuOptions {
  /** The `--query-gpu=` field list, for `noheader` output. */
  fields?: readonly string[];
}

/** `--query-gpu` names and the header names nvidia-smi prints for them, mapped to one name. */
const ALIASES: Readonly<Record<string, string>> = {
  gpu_name: 'name',
  gpu_bus_id: 'pci.bus_id',
  gpu_uuid: 'uuid',
  gpu_serial: 'serial',
};

const HEADER_CELL = /^([a-z][a-z0-9_.]*)(?: \[([^\]]+)\])?$/;

/**
 * Parses `nvidia-smi --query-gpu=FIELDS --format=csv[,noheader][,nounits]`. nvidia-smi separates cells
 * with ", " and never quotes; GPU names hold no commas.
 */
export const parseQueryGpu = neverThrows(readQueryGpu, (): QueryGpuData => ({ header: false, columns: null, units: null, rows: [], gpus: [] }));

function readQueryGpu(text: string, options: QueryGpuOptions = {}): ParseResult<QueryGpuData> {
  const problems = new ProblemList();
  const lines = splitLines(text, problems);
  const data: QueryGpuData = { header: false, columns: options.fields ? options.fields.map(canonical) : null, units: null, rows: [], gpus: [] };
  if (refuseBinary(text, problems)) return { data, problems: problems.toArray(), ok: false };
  let foreign = false;
  for (const line of lines) {
    const trimmed = line.text.trim();
    if (trimmed === '') continue;
    const command = /--query-gpu=(\S+)/.exec(trimmed);
    if (command?.[1]) {
      data.columns ??= command[1].split(',').filter((f) => f !== '').map(canonical);
      continue;
    }
    if (/^(\S*[#$]\s*)?nvidia-smi\b/.test(trimmed)) continue; // the command line of a pasted session
    if (isElision(trimmed)) {
      problems.add(line.no, 'lines elided ("[...]"): GPUs missing from the output');
      continue;
    }
    if (/^(GPU \d+:|Link \d+:|[|+])/.test(trimmed)) {
      // Another nvidia-smi view (nvlink, the default table) pasted where CSV was expected.
      if (!foreign) problems.add(line.no, `not --query-gpu CSV: "${trimmed.slice(0, 50)}"`);
      foreign = true;
      continue;
    }
    const cells = trimmed.split(',').map((c) => c.trim());
    if (data.rows.length === 0 && !data.header && cells.every((c) => HEADER_CELL.test(c))) {
      data.header = true;
      data.columns = cells.map((c) => canonical(HEADER_CELL.exec(c)![1]!));
      data.units = cells.map((c) => HEADER_CELL.exec(c)![2] ?? null);
      continue;
    }
    if (/Failed to initialize NVML|NVIDIA-SMI has failed|No devices were found|Field ".*" is not a valid field/.test(trimmed)) {
      problems.add(line.no, `nvidia-smi: ${trimmed.slice(0, 120)}`);
      continue;
    }
    const width = data.columns?.length ?? data.rows[0]?.values.length ?? cells.length;
    if (cells.length !== width) {
      problems.add(line.no, `${cells.length} cells where ${width} were expected${cells.length < width ? ' (output cut?)' : ''}`);
    }
    const values = cells.map((cell, i) => readValue(cell, data.units?.[i] ?? null));
    const fields: Record<string, string | null> = {};
    data.columns?.forEach((name, i) => {
      if (i < values.length) fields[name] = values[i] ?? null;
    });
    data.rows.push({ line: line.no, values, fields });
  }
  data.gpus = data.rows.map(({ fields }) => ({
    index: fields.index !== undefined && fields.index !== null && /^\d+$/.test(fields.index) ? Number(fields.index) : null,
    name: fields.name ?? null,
    busId: fields['pci.bus_id'] ?? null,
    uuid: fields.uuid ?? null,
    serial: fields.serial ?? null,
  }));
  if (data.rows.length === 0) {
    const nvml = nvmlFailure(lines);
    if (!nvml) problems.add(0, `${describeEmpty(text)}: no CSV rows`);
    else if (problems.size === 0) problems.add(nvml.line, `nvidia-smi failed: ${nvml.message}`);
  }
  return { data, problems: problems.toArray(), ok: data.rows.length > 0 };
}

function canonical(field: string): string {
  const name = field.trim();
  return ALIASES[name] ?? name;
}

/** `[N/A]`, `[Not Supported]`, `[Unknown Error]`... are not values; a unit repeated in the cell is dropped. */
function readValue(cell: string, unit: string | null): string | null {
  if (/^\[.*\]$/.test(cell) || cell === 'N/A') return null;
  if (unit && cell.endsWith(` ${unit}`)) return cell.slice(0, -unit.length - 1);
  return cell;
}
