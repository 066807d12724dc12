/**
 * The vocabulary of `nvidia-smi topo -m` / `topo --matrix` / `topo -p2p`: cell codes, the legend texts
 * of every generation seen in real captures, and the splitting of cells that lost their separators.
 */

/** Connection codes of `topo -m`. SOC is the pre-2017 name of SYS (K80-era legend). */
const CONNECTION = /^(X|SYS|SOC|NODE|PHB|PXB|PIX|NV\d+)$/;
/** Status codes of `topo -p2p r|w|rw|n|a`. */
const P2P_STATUS = /^(X|OK|CNS|GNS|TNS|NS|DR|U)$/;

export function isConnectionCell(cell: string): boolean {
  return CONNECTION.test(cell);
}

export function isP2pCell(cell: string): boolean {
  return P2P_STATUS.test(cell) && cell !== 'X';
}

/** Number of bonded NVLinks in an `NV#` cell, else 0. */
export function nvlinkCount(cell: string | null | undefined): number {
  const match = /^NV(\d+)$/.exec(cell ?? '');
  return match ? Number(match[1]) : 0;
}

/** The legend key a cell code is explained under (`NV12` → `NV#`). */
export function legendKey(cell: string): string {
  return /^NV\d+$/.test(cell) ? 'NV#' : cell;
}

/** Legend texts as nvidia-smi prints them; used to tell a complete legend line from a cut one. */
export const KNOWN_LEGEND: Readonly<Record<string, readonly string[]>> = {
  X: ['Self'],
  SYS: ['Connection traversing PCIe as well as the SMP interconnect between NUMA nodes (e.g., QPI/UPI)'],
  NODE: ['Connection traversing PCIe as well as the interconnect between PCIe Host Bridges within a NUMA node'],
  PHB: ['Connection traversing PCIe as well as a PCIe Host Bridge (typically the CPU)', 'Path traverses a PCIe host bridge'],
  PXB: [
    'Connection traversing multiple PCIe bridges (without traversing the PCIe Host Bridge)',
    'Path traverses multiple PCIe internal switches',
  ],
  PIX: ['Connection traversing at most a single PCIe bridge', 'Path traverses a PCIe internal switch'],
  'NV#': ['Connection traversing a bonded set of # NVLinks'],
  SOC: ['Path traverses a socket-level link (e.g. QPI)'],
  OK: ['Status Ok'],
  CNS: ['Chipset not supported'],
  GNS: ['GPU not supported'],
  TNS: ['Topology not supported'],
  NS: ['Not supported'],
  DR: ['Disabled by regkey'],
  U: ['Unknown'],
};

/** True when `text` is a strict beginning of the known legend text for `key`: the line was cut. */
export function isCutLegend(key: string, text: string): boolean {
  const known = KNOWN_LEGEND[key];
  if (!known) return false;
  return known.every((full) => full !== text) && known.some((full) => full.startsWith(text));
}

/** CPU or NUMA affinity as nvidia-smi prints it: `0-23,48-71`, `6,14,22,30`, `0`. */
export function isCpuList(text: string): boolean {
  return /^\d+(-\d+)?(,\d+(-\d+)?)*$/.test(text);
}

const GLUED_HEAD = /^(NODE|SYS|SOC|PHB|PXB|PIX|X|NV\d+(?=[A-Z]|$))/;

/**
 * Splits a token whose cells lost the whitespace between them (`NODENODE`, `PIXX`, `SYS0-23`).
 * Returns null when the token is not made of cells. `NV12` glued to a CPU list is ambiguous
 * (`NV120-23`) and is not split.
 */
export function unglue(token: string): string[] | null {
  const parts: string[] = [];
  let rest = token;
  while (rest.length > 0) {
    const match = GLUED_HEAD.exec(rest);
    if (!match?.[1]) {
      if (parts.length > 0 && isCpuList(rest)) {
        parts.push(rest);
        return parts;
      }
      return null;
    }
    parts.push(match[1]);
    rest = rest.slice(match[1].length);
  }
  return parts.length > 1 ? parts : null;
}
