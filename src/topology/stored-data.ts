import { z } from 'zod';
import type { NvlinkStatusData } from '../parsers/nvlink-status.js';
import type { QueryGpuData } from '../parsers/query-gpu.js';
import type { TopoData } from '../parsers/topo.js';

/**
 * The parser outputs the topology graph is built from, as read back from a results.json: the file
 * comes from disk (a downloaded or hand-edited artifact), so every field the graph reads is checked
 * before it is trusted. Other fields pass through untouched.
 */
const text = z.string().nullable();
const index = z.number().int().nonnegative();

const StoredTopo = z.looseObject({
  columns: z.array(z.string()),
  gpus: z.array(z.looseObject({ index, cpuAffinity: text, numaAffinity: text })),
  nics: z.array(z.looseObject({ label: z.string(), device: text })),
  matrix: z.record(z.string(), z.record(z.string(), text)),
  nvlinkIslands: z.array(z.array(index)),
});

const StoredNvlinkStatus = z.looseObject({
  gpus: z.array(
    z.looseObject({
      index,
      name: text,
      uuid: text,
      links: z.array(z.looseObject({ link: index, active: z.boolean(), speedGBs: z.number().finite().nullable() })),
      activeLinks: z.number().int().nonnegative(),
      totalGBs: z.number().finite(),
    }),
  ),
});

const StoredQueryGpu = z.looseObject({
  gpus: z.array(z.looseObject({ index: index.nullable(), name: text, busId: text, uuid: text, serial: text })),
});

// The checked fields are the ones src/topology/build.ts reads; the casts name the parser types they come from.
export const storedTopo = (value: unknown): TopoData | null => (StoredTopo.safeParse(value).success ? (value as TopoData) : null);
export const storedNvlinkStatus = (value: unknown): NvlinkStatusData | null => (StoredNvlinkStatus.safeParse(value).success ? (value as NvlinkStatusData) : null);
export const storedQueryGpu = (value: unknown): QueryGpuData | null => (StoredQueryGpu.safeParse(value).success ? (value as QueryGpuData) : null);
