import type {
  IommuFaultEvent,
  ModuleRejectedEvent,
  PcieDegradedEvent,
  SymbolMismatchEvent,
  UnknownSymbolEvent,
} from './events.js';

/**
 * Matchers for kernel (not NVIDIA driver) messages: module loading, IOMMU faults, PCIe links.
 * Each takes the message without prefixes; quantifiers are bounded (hostile lines stay cheap).
 */

type Fields<T> = Omit<T, 'kind' | 'line' | 'time' | 'message'>;

// Matchers build the whole event in one object literal: the scanner calls them for every event
// line of multi-gigabyte logs, and one allocation with a fixed shape is what keeps that fast.

// --- module loading -------------------------------------------------------------------------

const SYMBOL_MISMATCH = /^([^\s:]{1,64}): disagrees about version of symbol (\S{1,128})/;
const UNKNOWN_SYMBOL = /^([^\s:]{1,64}): Unknown symbol (\S{1,128})(?: \(err (-?\d{1,5})\))?/;

export function matchSymbolMismatch(message: string, line: number, time: string | null): SymbolMismatchEvent | null {
  const m = SYMBOL_MISMATCH.exec(message);
  return m ? { kind: 'symbol-mismatch', line, time, message, module: m[1] as string, symbol: m[2] as string } : null;
}

export function matchUnknownSymbol(message: string, line: number, time: string | null): UnknownSymbolEvent | null {
  const m = UNKNOWN_SYMBOL.exec(message);
  if (!m) return null;
  return { kind: 'unknown-symbol', line, time, message, module: m[1] as string, symbol: m[2] as string, err: m[3] === undefined ? null : Number(m[3]) };
}

// Kernel side (module_sig_check): `Loading of unsigned module is rejected`, `Loading of module with
// unavailable key is rejected`; with lockdown: `Lockdown: modprobe: unsigned module loading is
// restricted; see man kernel_lockdown.7`. User side, often pasted with dmesg: modprobe/insmod
// `could not insert 'nvidia': Required key not available` (ENOKEY) / `Key was rejected by service`
// (EKEYREJECTED).
const KERNEL_REJECT = /Loading of (unsigned module|module with unavailable key) is rejected/;
const LOCKDOWN = /Lockdown: [^:]{1,64}: unsigned module loading is restricted/;
const INSERT_REJECT = /could not insert (?:module )?'?([^':\s]{1,200}?)'?: (Required key not available|Key was rejected by service)/;

export function matchModuleRejected(message: string, line: number, time: string | null): ModuleRejectedEvent | null {
  const kernel = KERNEL_REJECT.exec(message);
  if (kernel) return { kind: 'module-rejected', line, time, message, reason: kernel[1] === 'unsigned module' ? 'unsigned' : 'key-unavailable' };
  if (LOCKDOWN.test(message)) return { kind: 'module-rejected', line, time, message, reason: 'lockdown' };
  const insert = INSERT_REJECT.exec(message);
  if (!insert) return null;
  const reason = insert[2] === 'Required key not available' ? 'key-unavailable' : 'key-rejected';
  return { kind: 'module-rejected', line, time, message, module: moduleName(insert[1] as string), reason };
}

/** insmod names a path (`/lib/modules/.../nvidia.ko.zst`), modprobe a module name. */
export function moduleName(pathOrName: string): string {
  const base = pathOrName.slice(pathOrName.lastIndexOf('/') + 1);
  return base.replace(/\.ko(?:\.(?:xz|gz|zst))?$/, '');
}

// --- IOMMU faults -----------------------------------------------------------------------------

// Intel VT-d: `DMAR: [DMA Read NO_PASID] Request device [00:16.7] fault addr 0xdceff000
// [fault reason 0x06] PTE Read access is not set` (older kernels: no NO_PASID, no 0x).
const DMAR = /DMAR: \[(DMA Read|DMA Write|INTR-REMAP)[^\]]{0,40}\] Request device \[((?:[0-9a-f]{4}:)?[0-9a-f]{2}:[0-9a-f]{2}\.[0-7])\] (?:PASID [0-9a-fx]{1,10} )?fault (?:addr|index) (?:0x)?([0-9a-f]{1,20}) ?\[fault reason (?:0x)?([0-9a-f]{1,4})\] ?(.{0,200})/i;

export function matchIntelDmar(message: string, line: number, time: string | null): IommuFaultEvent | null {
  const m = DMAR.exec(message);
  if (!m) return null;
  const kind = m[1] as string;
  return {
    kind: 'iommu-fault',
    line,
    time,
    message,
    vendor: 'intel-dmar',
    device: (m[2] as string).toLowerCase(),
    address: `0x${m[3] as string}`,
    reason: `0x${(m[4] as string).padStart(2, '0')} ${(m[5] as string).trim()}`.trim(),
    access: kind === 'DMA Read' ? 'read' : kind === 'DMA Write' ? 'write' : null,
  };
}

// AMD-Vi, newer kernels: `<drv> 0000:01:00.0: AMD-Vi: Event logged [IO_PAGE_FAULT domain=0x000b
// address=0xb6674000 flags=0x0000]`; older: `AMD-Vi: Event logged [IO_PAGE_FAULT device=08:00.0
// domain=0x002c address=... flags=...]`. Copies wrap the bracket onto the next line.
const AMD_VI_MARK = 'AMD-Vi: Event logged [';
const BDF_BEFORE = /((?:[0-9a-f]{4}:)?[0-9a-f]{2}:[0-9a-f]{2}\.[0-7]): $/i;
const AMD_VI_BODY = /^([A-Z_]{1,40})(.*)$/;

export interface AmdViMatch {
  fields: Fields<IommuFaultEvent> | null;
  /** The bracket is not closed on this line: the next line may continue it. */
  open: boolean;
}

export function matchAmdVi(message: string): AmdViMatch | null {
  const at = message.indexOf(AMD_VI_MARK);
  if (at === -1) return null;
  const m = AMD_VI_BODY.exec(message.slice(at + AMD_VI_MARK.length));
  if (!m) return null;
  const body = m[2] as string;
  const device = BDF_BEFORE.exec(message.slice(Math.max(0, at - 20), at))?.[1] ?? /device=((?:[0-9a-f]{4}:)?[0-9a-f]{2}:[0-9a-f]{2}\.[0-7])/i.exec(body)?.[1];
  const address = /address=(0x[0-9a-f]{1,20})/i.exec(body)?.[1] ?? null;
  const fields: Fields<IommuFaultEvent> | null =
    device === undefined ? null : { vendor: 'amd-vi', device: device.toLowerCase(), address, reason: m[1] as string, access: null };
  return { fields, open: !body.includes(']') };
}

// RISC-V IOMMU (drivers/iommu/riscv/iommu.c): dev_warn_ratelimited(..., "Fault %d devid: 0x%x
// iotval: %llx iotval2: %llx\n"). devid is the requester ID; for PCI it is bus<<8 | dev<<3 | fn.
const RISCV_FAULT = /Fault (\d{1,4}) devid: 0x([0-9a-f]{1,8}) iotval: (?:0x)?([0-9a-f]{1,16}) iotval2: (?:0x)?([0-9a-f]{1,16})/i;

export function matchRiscvIommu(message: string, line: number, time: string | null): IommuFaultEvent | null {
  const m = RISCV_FAULT.exec(message);
  if (!m) return null;
  return { kind: 'iommu-fault', line, time, message, vendor: 'riscv', device: requesterId(parseInt(m[2] as string, 16)), address: `0x${m[3] as string}`, reason: `cause ${m[1] as string}`, access: null };
}

function requesterId(devid: number): string {
  const hex = (value: number, width: number): string => value.toString(16).padStart(width, '0');
  const bdf = `${hex((devid >> 8) & 0xff, 2)}:${hex((devid >> 3) & 0x1f, 2)}.${devid & 7}`;
  return devid > 0xffff ? `${hex(devid >>> 16, 4)}:${bdf}` : bdf;
}

// --- PCIe link ---------------------------------------------------------------------------------

// drivers/pci/pci.c: "%u.%03u Gb/s available PCIe bandwidth, limited by %s x%d link at %s
// (capable of %u.%03u Gb/s with %s x%d link)"; the speed string is `16.0 GT/s PCIe` (older
// kernels: `8 GT/s`). Only printed when the link is slower than the device can go.
const PCIE_LIMITED = /((?:[0-9a-f]{4}:)?[0-9a-f]{2}:[0-9a-f]{2}\.[0-7]): ([\d.]{1,12}) Gb\/s available PCIe bandwidth, limited by ([\d.]{1,8} GT\/s)(?: PCIe)? x(\d{1,2}) link at ([0-9a-f:.]{4,16}) \(capable of ([\d.]{1,12}) Gb\/s with ([\d.]{1,8} GT\/s)(?: PCIe)? x(\d{1,2}) link\)/i;

export function matchPcieDegraded(message: string, line: number, time: string | null): PcieDegradedEvent | null {
  const m = PCIE_LIMITED.exec(message);
  if (!m) return null;
  return {
    kind: 'pcie-degraded',
    line,
    time,
    message,
    device: (m[1] as string).toLowerCase(),
    availableGbps: Number(m[2]),
    speed: m[3] as string,
    width: Number(m[4]),
    limitedAt: (m[5] as string).toLowerCase(),
    capableGbps: Number(m[6]),
    capableSpeed: m[7] as string,
    capableWidth: Number(m[8]),
  };
}
