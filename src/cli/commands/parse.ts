import { notAvailable } from './not-available.js';

export const parseCommand = notAvailable({
  name: 'parse',
  summary: 'Parse a GPU or kernel tool output',
  usage: `linkgate parse KIND FILE [--json]

KIND: topo, nvlink-status, nvlink-errors, query-gpu, nvbandwidth, p2p, nccl, dmesg, lsmod, modinfo, dcgm-diag
FILE may be - for stdin.`,
  options: {},
  positionals: [2, 2],
});
