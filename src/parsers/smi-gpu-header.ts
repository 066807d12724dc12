/** `GPU 0: NVIDIA H100 PCIe (UUID: GPU-6968dfc2-...)`, the per-GPU header of `nvidia-smi nvlink` subcommands. */
export interface SmiGpuHeader {
  index: number;
  name: string;
  uuid: string | null;
}

const HEADER = /^GPU (\d+):\s*(.*?)\s*(?:\(UUID:\s*([^)]*)\))?\s*$/;

export function parseSmiGpuHeader(text: string): SmiGpuHeader | null {
  const match = HEADER.exec(text.trim());
  if (!match?.[1]) return null;
  return { index: Number(match[1]), name: match[2] ?? '', uuid: match[3]?.trim() || null };
}

/** `[...]` or `...`: an author elided lines; the data around it is real but incomplete. */
export function isElision(text: string): boolean {
  return /^\s*(\[\s*(\.\.\.|…)\s*\]|\.\.\.|…)\s*$/.test(text);
}
