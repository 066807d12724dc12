import { readFileSync } from 'node:fs';
import { parseDmesg } from '../../src/parsers/dmesg.js';
import { parseNvlinkStatus } from '../../src/parsers/nvlink-status.js';
import { parseTopo } from '../../src/parsers/topo.js';
import type { ParseResult } from '../../src/parsers/types.js';
import { fixture } from '../helpers/paths.js';

/** Step data exactly as the smoke suite stores it: the real parsers over real (or derived) captures. */
function parsed<T>(parser: (text: string) => ParseResult<T>, ...path: string[]): T {
  const result = parser(readFileSync(fixture(...path), 'utf8'));
  if (!result.ok) throw new Error(`fixture ${path.join('/')} did not parse: ${JSON.stringify(result.problems)}`);
  return result.data;
}

export const realData = {
  /** 2× H100 PCIe joined by NVLink bridges: NV12, 12 of 18 links active per GPU (the healthy state of this board). */
  topoNv12: () => parsed(parseTopo, 'real', 'nvidia-smi-topo-m-2xH100-PCIe-NV12-bridge-indented.txt'),
  nvlinkHealthy: () => parsed(parseNvlinkStatus, 'real', 'nvidia-smi-nvlink-s-2xH100-PCIe-bridge-12of18-inactive.txt'),
  nvlinkDegraded: () => parsed(parseNvlinkStatus, 'derived', 'nvidia-smi-nvlink-s-2xH100-PCIe-bridge-GPU0-links2-3-down.txt'),
  dmesgXid74: () => parsed(parseDmesg, 'real', 'dmesg-xid74-nvlink-fatal-link14-documented-format-nvsentinel.txt'),
  dmesgXid32and31: () => parsed(parseDmesg, 'real', 'dmesg-xid32-xid31-old-format-2015-laptop.txt'),
  dmesgIommu: () => parsed(parseDmesg, 'real', 'dmesg-intel-dmar-fault-read-write-tpm-reason-0x06-0x05.txt'),
};
