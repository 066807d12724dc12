/**
 * Reads the `.modinfo` section of a kernel module (an ELF relocatable): NUL-separated `key=value`
 * strings such as `vermagic=6.1.192 mod_unload riscv`. Pure and bounds-checked: hostile or truncated
 * files give problems, never exceptions. Both ELF classes and byte orders are read, since a riscv64
 * module is checked on an x86_64 runner.
 */
export interface ModinfoResult {
  elf: boolean;
  /** Every key's values in file order (`alias`, `depends` and friends repeat). */
  fields: Record<string, string[]>;
  problems: string[];
}

const ELF_MAGIC = [0x7f, 0x45, 0x4c, 0x46];

export function isElf(bytes: Uint8Array): boolean {
  return bytes.length >= 16 && ELF_MAGIC.every((b, i) => bytes[i] === b);
}

export function readModinfo(bytes: Buffer): ModinfoResult {
  const fields: Record<string, string[]> = {};
  if (!isElf(bytes)) return { elf: false, fields, problems: ['not an ELF file'] };
  const cls = bytes[4];
  const order = bytes[5];
  if ((cls !== 1 && cls !== 2) || (order !== 1 && order !== 2)) {
    return { elf: true, fields, problems: [`unsupported ELF class ${cls} / data encoding ${order}`] };
  }
  const is64 = cls === 2;
  const le = order === 1;
  const u16 = (at: number): number => (le ? bytes.readUInt16LE(at) : bytes.readUInt16BE(at));
  const u32 = (at: number): number => (le ? bytes.readUInt32LE(at) : bytes.readUInt32BE(at));
  const word = (at: number): number => {
    if (!is64) return u32(at);
    const big = le ? bytes.readBigUInt64LE(at) : bytes.readBigUInt64BE(at);
    return big > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(big);
  };
  const headerLen = is64 ? 64 : 52;
  if (bytes.length < headerLen) return { elf: true, fields, problems: ['ELF header is truncated'] };

  const shoff = word(is64 ? 0x28 : 0x20);
  const shentsize = u16(is64 ? 0x3a : 0x2e);
  const shnum = u16(is64 ? 0x3c : 0x30);
  const shstrndx = u16(is64 ? 0x3e : 0x32);
  const minEntry = is64 ? 64 : 40;
  if (shnum === 0 || shentsize < minEntry || shoff + shnum * shentsize > bytes.length) {
    return { elf: true, fields, problems: ['ELF section header table is missing or out of bounds'] };
  }
  const section = (index: number): { name: number; offset: number; size: number } => {
    const at = shoff + index * shentsize;
    return { name: u32(at), offset: word(at + (is64 ? 0x18 : 0x10)), size: word(at + (is64 ? 0x20 : 0x14)) };
  };
  const inBounds = (s: { offset: number; size: number }): boolean => s.offset + s.size <= bytes.length;
  if (shstrndx >= shnum) return { elf: true, fields, problems: ['ELF section name table index is out of range'] };
  const names = section(shstrndx);
  if (!inBounds(names)) return { elf: true, fields, problems: ['ELF section name table is out of bounds'] };

  for (let i = 0; i < shnum; i++) {
    const s = section(i);
    if (s.name >= names.size) continue;
    const nameAt = names.offset + s.name;
    const end = bytes.indexOf(0, nameAt);
    if (end < 0 || end > names.offset + names.size) continue;
    if (bytes.toString('latin1', nameAt, end) !== '.modinfo') continue;
    if (!inBounds(s)) return { elf: true, fields, problems: ['.modinfo section is out of bounds'] };
    for (const entry of bytes.toString('utf8', s.offset, s.offset + s.size).split('\0')) {
      const eq = entry.indexOf('=');
      if (eq <= 0) continue;
      (fields[entry.slice(0, eq)] ??= []).push(entry.slice(eq + 1));
    }
    return { elf: true, fields, problems: [] };
  }
  return { elf: true, fields, problems: ['no .modinfo section (not a kernel module?)'] };
}

/** The kernel release a module was built for: the first word of its vermagic. */
export function vermagicRelease(vermagic: string): string {
  return vermagic.trim().split(/\s+/)[0] ?? '';
}
