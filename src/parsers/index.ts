import { parseDcgmDiag } from './dcgm-diag.js';
import { parseDmesg } from './dmesg.js';
import { parseLsmod } from './lsmod.js';
import { parseModinfo } from './modinfo.js';
import { parseModprobe } from './modprobe.js';
import { parseNccl } from './nccl.js';
import { parseNvbandwidth } from './nvbandwidth.js';
import { parseNvlinkErrors } from './nvlink-errors.js';
import { parseNvlinkStatus } from './nvlink-status.js';
import { parseP2p } from './p2p.js';
import { parseQueryGpu } from './query-gpu.js';
import { parseSmiQuery } from './smi-query.js';
import { parseTopo } from './topo.js';
import type { Parser } from './types.js';

/** Every KIND `linkgate parse` accepts (issue 6), in the order its help lists them. */
export const PARSER_KINDS = [
  'topo',
  'nvlink-status',
  'nvlink-errors',
  'query-gpu',
  'nvbandwidth',
  'p2p',
  'nccl',
  'dmesg',
  'lsmod',
  'modinfo',
  'dcgm-diag',
  // Beyond issue 6's list: `nvidia-smi -q` (ECC, remapped rows, fabric) and modprobe/insmod errors.
  'smi-query',
  'modprobe',
] as const;

export type ParserKind = (typeof PARSER_KINDS)[number];

export function isParserKind(value: string): value is ParserKind {
  return (PARSER_KINDS as readonly string[]).includes(value);
}

/** The registry behind `linkgate parse KIND`: every kind has its parser. */
export const PARSERS: Record<ParserKind, Parser<unknown>> = {
  // --- nvidia-smi family + DCGM -------------------------------------------------------------
  topo: parseTopo,
  'nvlink-status': parseNvlinkStatus,
  'nvlink-errors': parseNvlinkErrors,
  'query-gpu': parseQueryGpu,
  'dcgm-diag': parseDcgmDiag,
  'smi-query': parseSmiQuery,
  // --- kernel and benchmark outputs ----------------------------------------------------------
  nvbandwidth: parseNvbandwidth,
  p2p: parseP2p,
  nccl: parseNccl,
  dmesg: parseDmesg,
  lsmod: parseLsmod,
  modinfo: parseModinfo,
  modprobe: parseModprobe,
};
