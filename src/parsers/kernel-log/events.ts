/**
 * Events read from a kernel log (`linkgate parse dmesg`). Every event carries the 1-based `line` it
 * starts on, the `time` prefix as printed (null when the line had none) and the kernel `message`
 * without its prefixes. Field names are a public interface: change them only with a major version.
 */
export interface EventBase {
  /** 1-based line number where the event starts. */
  line: number;
  /** Timestamp as printed: `12.345678`, `Mon Oct 29 12:07:39 2018`, an ISO date, syslog date; null if none. */
  time: string | null;
  /** The kernel message without timestamp, syslog, journal or /dev/kmsg prefixes (continuations joined). */
  message: string;
}

/** `NVRM: Xid (PCI:dddd:bb:dd): N, ...` */
export interface XidEvent extends EventBase {
  kind: 'xid';
  xid: number;
  /** PCI address as printed by the driver (`0000:8a:00`; domain:bus:device, no function). */
  pci: string;
  /** Xid 45 names the Xid that caused it: `... caused by previous Xid N`. */
  causedBy?: number;
  /** `pid=` field; null when absent or `<unknown>`. */
  pid: number | null;
  /** `name=` field (process comm, truncated to 15 characters by the kernel); null when absent or `<unknown>`. */
  process: string | null;
  /** MIG attribution `GPU-I:nn` / `GPU-CI:nn` when printed. */
  gpuInstance: number | null;
  computeInstance: number | null;
  /** GPU UUID from an earlier `NVRM: GPU at PCI:...: GPU-...` line for the same address, when seen. */
  uuid: string | null;
  /** The Xid text after the pid/name fields. */
  detail: string;
}

/** An NVLink fault. Today read from Xid 74 (`NVLink: fatal error detected on link N(...)`) and the
 * NVLink5 Xids 144-150 (`NETIR_LINK_EVT Fatal XC0 i0 Link 00 (...)`); the same line also yields its `xid` event. */
export interface NvlinkErrorEvent extends EventBase {
  kind: 'nvlink-error';
  xid: number;
  pci: string;
  /** Link number; null when the driver printed `Link -1` (not tied to one link) or none. */
  link: number | null;
  /** true for fatal, false for non-fatal, null when the line does not say. */
  fatal: boolean | null;
  /** NVLink5 unit mnemonic (`NETIR_LINK_EVT`, `RLW_RXPIPE`, ...); null for Xid 74. */
  unit: string | null;
  /** Hex register words printed in parentheses. */
  registers: string[];
}

/** IOMMU translation fault: Intel VT-d (`DMAR:`), AMD-Vi (`IO_PAGE_FAULT`), RISC-V IOMMU (`Fault N devid:`). */
export interface IommuFaultEvent extends EventBase {
  kind: 'iommu-fault';
  vendor: 'intel-dmar' | 'amd-vi' | 'riscv';
  /** Faulting device as printed (`03:00.1`, `0000:01:00.0`); for RISC-V decoded from devid as `bb:dd.f`. */
  device: string;
  /** Faulting address (hex as printed, `0x` prefixed); null when not printed. */
  address: string | null;
  /** Intel: `[fault reason 0xNN] text`; AMD: the event type (`IO_PAGE_FAULT`); RISC-V: `cause N`. */
  reason: string | null;
  /** Intel: read/write; null elsewhere. */
  access: 'read' | 'write' | null;
}

/** The kernel refused to load a module (Secure Boot, module.sig_enforce, lockdown). */
export interface ModuleRejectedEvent extends EventBase {
  kind: 'module-rejected';
  /** Module name when the line names one (modprobe's `could not insert 'nvidia'`). */
  module?: string;
  reason: 'unsigned' | 'key-rejected' | 'key-unavailable' | 'lockdown';
}

/** `<module>: disagrees about version of symbol <sym>`: module built for another kernel. */
export interface SymbolMismatchEvent extends EventBase {
  kind: 'symbol-mismatch';
  module: string;
  symbol: string;
}

/** `<module>: Unknown symbol <sym> (err -N)`. */
export interface UnknownSymbolEvent extends EventBase {
  kind: 'unknown-symbol';
  module: string;
  symbol: string;
  /** `err -N` when printed. */
  err: number | null;
}

/** `NVRM: API mismatch: the client has the version X, but this kernel module has the version Y`. */
export interface ApiMismatchEvent extends EventBase {
  kind: 'api-mismatch';
  /** User-space (client) driver version. */
  clientVersion: string;
  /** Loaded kernel module version. */
  kernelVersion: string;
}

/** `NVRM: loading NVIDIA UNIX ... Kernel Module  <version>`. */
export interface DriverLoadedEvent extends EventBase {
  kind: 'driver-loaded';
  version: string;
  /** true for the open GPU kernel modules (`Open Kernel Module for <arch>`). */
  open: boolean;
  /** Architecture as printed (`x86_64`, `aarch64`, `riscv64`). */
  arch: string;
}

/** `<dev>: X Gb/s available PCIe bandwidth, limited by S GT/s PCIe xW link at <bdf> (capable of ...)`. */
export interface PcieDegradedEvent extends EventBase {
  kind: 'pcie-degraded';
  device: string;
  availableGbps: number;
  capableGbps: number;
  /** Speed and width of the limiting link, e.g. `16.0 GT/s`, 16. */
  speed: string;
  width: number;
  /** The device whose link is the bottleneck (often an upstream switch port). */
  limitedAt: string;
  capableSpeed: string;
  capableWidth: number;
}

export type DmesgEvent =
  | XidEvent
  | NvlinkErrorEvent
  | IommuFaultEvent
  | ModuleRejectedEvent
  | SymbolMismatchEvent
  | UnknownSymbolEvent
  | ApiMismatchEvent
  | DriverLoadedEvent
  | PcieDegradedEvent;

export type DmesgEventKind = DmesgEvent['kind'];

export const DMESG_EVENT_KINDS: readonly DmesgEventKind[] = [
  'xid',
  'nvlink-error',
  'iommu-fault',
  'module-rejected',
  'symbol-mismatch',
  'unknown-symbol',
  'api-mismatch',
  'driver-loaded',
  'pcie-degraded',
];
