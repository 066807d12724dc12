import {
  type DcgmDiagData,
  type DcgmEntityResult,
  type DcgmTest,
  emptyDcgmData,
  nvlinkDownIn,
  readResultToken,
  worst,
} from './dcgm-diag-types.js';
import type { ProblemList } from './lines.js';

type Json = Record<string, unknown>;

/**
 * `dcgmi diag --json`. 3.x: top key "DCGM GPU Diagnostic", results[].gpu_id as a string. 4.x: top key
 * "DCGM Diagnostic", results[].entity_group/entity_id, test_summary.status, metadata{}. The schema is
 * not stable (DCGM docs), so unknown shapes become problems, and invalid JSON (elided or cut pastes)
 * is scanned for its "category"/"name"/"status" members instead of giving up.
 */
export function readDcgmJson(text: string, problems: ProblemList): DcgmDiagData {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    problems.add(jsonErrorLine(error, text), `not valid JSON (${error instanceof Error ? error.message.slice(0, 80) : 'parse error'}); read by scanning`);
    return scan(text, problems);
  }
  const data = emptyDcgmData('json');
  if (!isObject(doc)) {
    problems.add(1, 'JSON is not an object');
    return data;
  }
  const root = doc['DCGM Diagnostic'] ?? doc['DCGM GPU Diagnostic'];
  if (!isObject(root)) {
    problems.add(1, 'no "DCGM Diagnostic" or "DCGM GPU Diagnostic" key');
    return data;
  }
  const metadata = isObject(doc.metadata) ? doc.metadata : root;
  data.dcgmVersion = str(metadata.version) ?? str(root.version);
  data.driverVersion = str(metadata['Driver Version Detected']) ?? str(root['Driver Version Detected']);
  const ids = root['GPU Device IDs'];
  if (Array.isArray(ids)) data.deviceIds = ids.map(String);
  if (typeof root.runtime_error === 'string') data.errors.push(root.runtime_error);
  const categories = Array.isArray(root.test_categories) ? root.test_categories : [];
  if (categories.length === 0) problems.add(1, 'no test_categories');
  for (const category of categories.filter(isObject)) {
    for (const entry of (Array.isArray(category.tests) ? category.tests : []).filter(isObject)) {
      const test: DcgmTest = { category: str(category.category), name: str(entry.name) ?? '(unnamed)', line: 0, result: null, entities: [], warnings: [], errors: [], info: [] };
      for (const result of (Array.isArray(entry.results) ? entry.results : []).filter(isObject)) {
        const status = readResultToken(str(result.status) ?? '');
        const gpu = Number(result.gpu_id ?? result.entity_id);
        if (status) test.entities.push({ gpu: Number.isInteger(gpu) ? gpu : 'all', result: status });
        for (const warning of Array.isArray(result.warnings) ? result.warnings : []) {
          const message = typeof warning === 'string' ? warning : isObject(warning) ? str(warning.warning) : null;
          if (message) test.warnings.push(message);
        }
        if (typeof result.info === 'string') test.info.push(result.info);
        else if (Array.isArray(result.info)) test.info.push(...result.info.map(String));
      }
      const summary = isObject(entry.test_summary) ? readResultToken(str(entry.test_summary.status) ?? '') : null;
      test.result = summary ?? worst(test.entities.map((e) => e.result));
      for (const w of test.warnings) data.nvlinkDown.push(...nvlinkDownIn(w));
      data.tests.push(test);
    }
  }
  return data;
}

/** Reads category/test/status members in document order from JSON that does not parse. */
function scan(text: string, problems: ProblemList): DcgmDiagData {
  const data = emptyDcgmData('json');
  let category: string | null = null;
  let test: DcgmTest | null = null;
  let entity: number | null = null;
  const lineOf = lineCounter(text);
  const member = /"(category|name|gpu_id|entity_id|status|warning|version|Driver Version Detected)"\s*:\s*("((?:[^"\\\n]|\\.)*)"|-?\d+)/g;
  for (const match of text.matchAll(member)) {
    const key = match[1]!;
    const value = match[3] ?? match[2]!;
    const line = lineOf(match.index);
    if (key === 'category') category = value;
    else if (key === 'name') {
      test = { category, name: value, line, result: null, entities: [], warnings: [], errors: [], info: [] };
      data.tests.push(test);
      entity = null;
    } else if (key === 'gpu_id' || key === 'entity_id') entity = Number(value);
    else if (key === 'status' && test) {
      const result = readResultToken(value);
      if (!result) problems.add(line, `unknown status "${value.slice(0, 30)}"`);
      else if (entity !== null) test.entities.push({ gpu: entity, result } satisfies DcgmEntityResult);
      else test.result = result;
      entity = null;
      test.result = worst([test.result, ...test.entities.map((e) => e.result)]);
    } else if (key === 'warning' && test) {
      test.warnings.push(value);
      data.nvlinkDown.push(...nvlinkDownIn(value));
    } else if (key === 'version') data.dcgmVersion = value;
    else if (key === 'Driver Version Detected') data.driverVersion = value;
  }
  if (!text.trimEnd().endsWith('}')) problems.add(lineOf(text.length), 'JSON ends mid-document (output cut?)');
  const last = data.tests.at(-1);
  if (last && last.entities.length === 0 && last.result === null) problems.add(last.line, `${last.name}: no status (output cut?)`);
  return data;
}

function jsonErrorLine(error: unknown, text: string): number {
  const message = error instanceof Error ? error.message : '';
  const lineCol = /line (\d+)/.exec(message);
  if (lineCol?.[1]) return Number(lineCol[1]);
  const position = /position (\d+)/.exec(message);
  return position?.[1] ? lineCounter(text)(Number(position[1])) : 0;
}

/** Line numbers for increasing offsets, in one pass over the text. */
function lineCounter(text: string): (offset: number) => number {
  let line = 1;
  let next = text.indexOf('\n');
  return (offset) => {
    while (next !== -1 && next < offset) {
      line++;
      next = text.indexOf('\n', next + 1);
    }
    return line;
  };
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}
