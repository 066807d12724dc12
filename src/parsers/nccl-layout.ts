/**
 * Column layout of an nccl-tests `*_perf` table. Read from the column header when there is one
 * (`size count type redop [root] time algbw busbw #wrong|error time algbw busbw #wrong|error`),
 * otherwise guessed from a row's width (copies often keep only the tail of the table).
 */
export interface BlockColumns {
  time: number;
  algbw: number;
  busbw: number;
  /** `#wrong` (count) or older `error` (max error) column; -1 when absent. */
  wrong: number;
}

export interface NcclLayout {
  width: number;
  size: number;
  count: number;
  type: number;
  redop: number;
  root: number;
  outOfPlace: BlockColumns;
  inPlace: BlockColumns | null;
}

/** From the header tokens, e.g. ['size','count','type','redop','root','time','algbw','busbw','#wrong', ...]. */
export function layoutFromHeader(tokens: readonly string[]): NcclLayout | null {
  const at = (name: string, from = 0): number => tokens.indexOf(name, from);
  const size = at('size');
  const count = at('count');
  const type = at('type');
  const firstTime = at('time');
  if (size !== 0 || count < 0 || type < 0 || firstTime < 0) return null;
  const block = (time: number): BlockColumns | null => {
    const algbw = at('algbw', time);
    const busbw = at('busbw', time);
    if (algbw < 0 || busbw < 0) return null;
    const next = tokens[busbw + 1];
    return { time, algbw, busbw, wrong: next === '#wrong' || next === 'error' ? busbw + 1 : -1 };
  };
  const outOfPlace = block(firstTime);
  if (!outOfPlace) return null;
  const secondTime = at('time', firstTime + 1);
  const inPlace = secondTime < 0 ? null : block(secondTime);
  return { width: tokens.length, size, count, type, redop: at('redop'), root: at('root'), outOfPlace, inPlace };
}

/** Without a header: 3 to 5 leading columns (size count type [redop [root]]), then 1 or 2 blocks of 4. */
export function layoutFromRow(tokens: readonly string[]): NcclLayout | null {
  for (const blocks of [2, 1]) {
    const lead = tokens.length - 4 * blocks;
    if (lead < 3 || lead > 5) continue;
    const hasRedop = lead >= 4 && !isNumeric(tokens[3]);
    if (lead >= 4 && !hasRedop) continue;
    const block = (start: number): BlockColumns => ({ time: start, algbw: start + 1, busbw: start + 2, wrong: start + 3 });
    return {
      width: tokens.length,
      size: 0,
      count: 1,
      type: 2,
      redop: hasRedop ? 3 : -1,
      root: lead === 5 ? 4 : -1,
      outOfPlace: block(lead),
      inPlace: blocks === 2 ? block(lead + 4) : null,
    };
  }
  return null;
}

function isNumeric(token: string | undefined): boolean {
  return token !== undefined && /^-?\d/.test(token);
}
