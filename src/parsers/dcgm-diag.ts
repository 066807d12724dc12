import { neverThrows } from './guard.js';
import { readDcgmJson } from './dcgm-diag-json.js';
import {
  type DcgmDiagData,
  type DcgmEntityResult,
  type DcgmTest,
  emptyDcgmData,
  nvlinkDownIn,
  readResultToken,
  worst,
} from './dcgm-diag-types.js';
import { describeEmpty, type Line, ProblemList, refuseBinary, splitLines } from './lines.js';
import { isElision } from './smi-gpu-header.js';
import type { ParseResult } from './types.js';

export type { DcgmDiagData, DcgmResult, DcgmTest } from './dcgm-diag-types.js';

/** dcgmi wraps the result column at this many characters, mid-word ("Restar" / "t DCGM"). */
const WRAP = 45;

/** Parses `dcgmi diag -r N` as a table (DCGM 2.x-4.x) or its `--json`/`-j` document (3.x and 4.x keys). */
export const parseDcgmDiag = neverThrows(readDcgmDiag, () => emptyDcgmData('table'));

function readDcgmDiag(text: string): ParseResult<DcgmDiagData> {
  const problems = new ProblemList();
  const lines = splitLines(text, problems);
  if (refuseBinary(text, problems)) return { data: emptyDcgmData('table'), problems: problems.toArray(), ok: false };
  const first = lines.find((l) => l.text.trim() !== '');
  if (first?.text.trim().startsWith('{')) return finish(readDcgmJson(text, problems), problems);
  return finish(readTable(lines, problems, text), problems);
}

function finish(data: DcgmDiagData, problems: ProblemList): ParseResult<DcgmDiagData> {
  data.overall = worst(data.tests.map((t) => t.result));
  const ok = data.tests.length > 0 || data.dcgmVersion !== null;
  return { data, problems: problems.toArray(), ok };
}

type Message = { test: DcgmTest; kind: 'warnings' | 'errors' | 'info'; pieces: string[] };

function readTable(lines: readonly Line[], problems: ProblemList, text: string): DcgmDiagData {
  const data = emptyDcgmData('table');
  let category: string | null = null;
  let test: DcgmTest | null = null;
  let message: Message | null = null;
  let inTable = false;
  let sawRow = false;
  let lastTableLine = 0;
  const flush = (): void => {
    if (!message) return;
    const joined = message.pieces.map((p, i) => (i < message!.pieces.length - 1 ? p.padEnd(WRAP) : p)).join('').trim();
    message.test[message.kind].push(joined);
    data.nvlinkDown.push(...nvlinkDownIn(joined));
    message = null;
  };
  for (const line of lines) {
    const trimmed = line.text.trim();
    if (trimmed === '') continue;
    const section = /^[|+]-{3,}\s+([A-Za-z][A-Za-z ]*?)\s+-+\+/.exec(trimmed);
    if (section?.[1]) {
      flush();
      category = section[1];
      inTable = true;
      lastTableLine = line.no;
      continue;
    }
    if (/^\+[=+]+\+$/.test(trimmed)) continue; // under the header row
    if (/^\+[-+]+\+$/.test(trimmed)) {
      flush();
      // The same border opens a table (above its header) and closes it (after its rows).
      inTable = !sawRow;
      sawRow = false;
      lastTableLine = line.no;
      continue;
    }
    if (trimmed.startsWith('|')) {
      if (!inTable && !sawRow && data.tests.length === 0 && !test) {
        problems.add(line.no, 'output starts inside the table (cut at the start?)');
      }
      inTable = true;
      sawRow = true;
      lastTableLine = line.no;
      const row = splitRow(line.text);
      if (!row.closed) problems.add(line.no, 'table row has no closing "|" (output cut?)');
      if (row.name === 'Diagnostic' && row.value.trim() === 'Result') {
        category = null;
        continue;
      }
      if (category === 'Metadata' && row.name !== '') {
        readMetadata(data, row.name, row.value.trim());
        continue;
      }
      if (row.name === '') {
        const entities = readEntities(row.value);
        if (message) message.pieces.push(row.value);
        else if (test && entities) addEntities(test, entities);
        else if (!test) {
          // The tail of a message whose row was cut off above: keep its text on a placeholder test.
          test = orphan(category, line.no, data);
          message = { test, kind: 'warnings', pieces: [row.value] };
        } else problems.add(line.no, `continuation row with nothing to continue: "${row.value.trim().slice(0, 50)}"`);
        continue;
      }
      flush();
      if (/^(Warning|Error|Info)$/.test(row.name)) {
        if (!test) {
          problems.add(line.no, `${row.name} row before any test (output cut at the start?)`);
          test = orphan(category, line.no, data);
        }
        const kind = row.name === 'Warning' ? 'warnings' : row.name === 'Error' ? 'errors' : 'info';
        message = { test, kind, pieces: [row.value] };
        continue;
      }
      test = { category, name: row.name, line: line.no, result: null, entities: [], warnings: [], errors: [], info: [] };
      data.tests.push(test);
      const entities = readEntities(row.value);
      if (entities) addEntities(test, entities);
      else if (row.closed) problems.add(line.no, `${row.name}: unreadable result "${row.value.trim().slice(0, 50)}"`);
      else problems.add(line.no, `${row.name}: result missing (output cut?)`);
      continue;
    }
    flush();
    if (isElision(trimmed)) problems.add(line.no, 'lines elided ("..."): the rest of the table is missing');
    else if (/^(Error|ERROR)\b/.test(trimmed)) data.errors.push(trimmed);
  }
  flush();
  if (sawRow) problems.add(lastTableLine, 'the table is not closed by a bottom border (output cut?)');
  if (data.tests.length === 0 && data.dcgmVersion === null) {
    problems.add(0, data.errors[0] ? `dcgmi: ${data.errors[0]}` : `${describeEmpty(text)}: no dcgmi diag table`);
  }
  return data;
}

/** A test whose own row was cut off: it holds the messages printed under it. */
function orphan(category: string | null, line: number, data: DcgmDiagData): DcgmTest {
  const test: DcgmTest = { category, name: '(cut off)', line, result: null, entities: [], warnings: [], errors: [], info: [] };
  data.tests.push(test);
  return test;
}

interface Row {
  name: string;
  /** The right cell as printed, without its leading space and closing "|": the raw wrapped piece. */
  value: string;
  closed: boolean;
}

function splitRow(text: string): Row {
  const start = text.indexOf('|');
  const middle = text.indexOf('|', start + 1);
  if (middle < 0) return { name: text.slice(start + 1).trim(), value: '', closed: false };
  let value = text.slice(middle + 1).replace(/\s+$/, '');
  const closed = value.endsWith('|');
  if (closed) value = value.slice(0, -1);
  if (value.startsWith(' ')) value = value.slice(1);
  return { name: text.slice(start + 1, middle).trim(), value: value.slice(0, WRAP), closed };
}

function readMetadata(data: DcgmDiagData, name: string, value: string): void {
  if (name === 'DCGM Version') data.dcgmVersion = value;
  else if (name === 'Driver Version Detected') data.driverVersion = value;
  else if (/Device IDs Detected$/.test(name)) data.deviceIds = value.split(',').map((v) => v.trim()).filter((v) => v !== '');
}

/** `Pass`, `Pass - All`, `Fail - GPU: 0`, `Pass - GPUs: 1, 2, 3` (3.x) or `GPU0: Pass` (4.x). */
function readEntities(cell: string): DcgmEntityResult[] | null {
  const text = cell.trim();
  const v3 = /^(Pass|Fail|Warn|Skip|Not Run)(?:\s*-\s*(?:(All)|GPUs?:\s*([\d,\s]+)))?$/i.exec(text);
  if (v3?.[1]) {
    const result = readResultToken(v3[1])!;
    if (v3[3]) return v3[3].split(',').map((id) => id.trim()).filter((id) => id !== '').map((id) => ({ gpu: Number(id), result }));
    return [{ gpu: 'all', result }];
  }
  const v4 = /^GPU\s*(\d+)\s*:\s*(Pass|Fail|Warn|Skip|Not Run)$/i.exec(text);
  if (v4?.[1] && v4[2]) return [{ gpu: Number(v4[1]), result: readResultToken(v4[2])! }];
  return null;
}

function addEntities(test: DcgmTest, entities: DcgmEntityResult[]): void {
  test.entities.push(...entities);
  test.result = worst(test.entities.map((e) => e.result));
}
