import type { DriverLoadedEvent, NvlinkErrorEvent, XidEvent } from './events.js';

/**
 * Matchers for the NVIDIA driver's (`NVRM:`) kernel messages. Each returns the fields of one
 * message or null when the text does not have that shape. Quantifiers are bounded so a hostile
 * line cannot make a regex backtrack for long.
 */

// The driver prints `Xid (PCI:%04x:%02x:%02x[ GPU-I:%02u[ GPU-CI:%02u]]): %d, ` (kernel_rc.c);
// drivers before ~2016 left out `PCI:`. The comma after the number is always printed, so a line
// cut inside the number does not match and is reported instead of read as a smaller Xid.
const XID = /^NVRM: Xid \((?:PCI:)?([0-9A-Fa-f]{4}:[0-9A-Fa-f]{2}:[0-9A-Fa-f]{2})(?:\.[0-7])?( GPU-I:\d{1,3})?( GPU-CI:\d{1,3})?\): (\d{1,5}),(.*)$/;
const PID_NAME = /^ ?pid=('?<unknown>'?|\d{1,10}),(?: name=(.{0,64}?),)? ?(.*)$/;
const CAUSED_BY = / caused by previous Xid (\d{1,5})\s*$/;
const XID74_LINK = /NVLink: (?:(fatal|non-?fatal) )?error detected on link (\d{1,3}) ?\(([^)]{0,200})\)/i;
const NVLINK5_LINK = /(\S{1,40}) (Fatal|Non-?fatal) XC\d{1,3} i\d{1,3} Link (-?\d{1,3}) ?\(([^)]{0,200})\)/i;
const NVLINK5_XIDS = new Set([144, 145, 146, 147, 148, 149, 150]);

/** `text` starts at `NVRM: Xid`; it becomes the event's message. */
export function matchXid(text: string, line: number, time: string | null): XidEvent | null {
  const m = XID.exec(text);
  if (!m) return null;
  const xid = Number(m[4]);
  const rest = m[5] as string;
  let pid: number | null = null;
  let process: string | null = null;
  let detail = rest.trim();
  const pn = PID_NAME.exec(rest);
  if (pn) {
    pid = /^\d+$/.test(pn[1] as string) ? Number(pn[1]) : null;
    const name = pn[2];
    process = name === undefined || name === '<unknown>' ? null : name;
    detail = (pn[3] as string).trim();
  }
  const event: XidEvent = {
    kind: 'xid',
    line,
    time,
    message: text,
    xid,
    pci: m[1] as string,
    pid,
    process,
    gpuInstance: m[2] ? Number(m[2].slice(' GPU-I:'.length)) : null,
    computeInstance: m[3] ? Number(m[3].slice(' GPU-CI:'.length)) : null,
    uuid: null,
    detail,
  };
  const cause = CAUSED_BY.exec(detail);
  if (cause) event.causedBy = Number(cause[1]);
  return event;
}

/** Xid 74 and the NVLink5 Xids 144-150 are NVLink faults; null for every other Xid. */
export function nvlinkFromXid(xid: XidEvent): NvlinkErrorEvent | null {
  let link: number | null = null;
  let fatal: boolean | null = null;
  let unit: string | null = null;
  let registers: string[] = [];
  if (xid.xid === 74) {
    const m = XID74_LINK.exec(xid.detail);
    if (m) {
      link = Number(m[2]);
      fatal = m[1] === undefined ? null : m[1].toLowerCase() === 'fatal';
      registers = words(m[3] as string);
    }
  } else if (NVLINK5_XIDS.has(xid.xid)) {
    const m = NVLINK5_LINK.exec(xid.detail);
    if (m) {
      const number = Number(m[3]);
      link = number < 0 ? null : number;
      unit = m[1] as string;
      fatal = (m[2] as string).toLowerCase() === 'fatal';
      registers = words(m[4] as string);
    }
  } else {
    return null;
  }
  return { kind: 'nvlink-error', line: xid.line, time: xid.time, message: xid.message, xid: xid.xid, pci: xid.pci, link, fatal, unit, registers };
}

function words(text: string): string[] {
  const trimmed = text.trim();
  return trimmed === '' ? [] : trimmed.split(/[\s,]+/);
}

// `NVRM: loading NVIDIA UNIX x86_64 Kernel Module  390.129  ...` (proprietary) and
// `NVRM: loading NVIDIA UNIX Open Kernel Module for x86_64  595.71.05  ...` (open modules).
const LOADING = /NVRM: loading NVIDIA UNIX (?:(Open) Kernel Module for (\S{1,16})|(\S{1,16}) Kernel Module)\s{1,8}(\d{1,4}(?:\.\d{1,4}){1,3})\b/;

export function matchDriverLoaded(message: string, line: number, time: string | null): DriverLoadedEvent | null {
  const m = LOADING.exec(message);
  if (!m) return null;
  return { kind: 'driver-loaded', line, time, message, version: m[4] as string, open: m[1] !== undefined, arch: (m[2] ?? m[3]) as string };
}

// The driver prints this message with embedded newlines; dmesg shows the continuations indented
// without a timestamp, syslog repeats the prefix on each. Both versions may sit on one line too.
const API_CLIENT = /NVRM: API mismatch: the client has the version (\S{1,40}?), but/;
const API_KERNEL = /(?:^|\s)(?:NVRM: )?this kernel module has the version (\S{1,40}?)\.(?:\s|$)/;

/** The first line of an API mismatch: the client version, and the kernel version if on the same line. */
export function matchApiMismatchStart(message: string): { clientVersion: string; kernelVersion: string | null } | null {
  const m = API_CLIENT.exec(message);
  if (!m) return null;
  const kernel = API_KERNEL.exec(message.slice(m.index + m[0].length));
  return { clientVersion: m[1] as string, kernelVersion: kernel ? (kernel[1] as string) : null };
}

/** A continuation line of an API mismatch that names the kernel module version. */
export function matchApiMismatchKernel(message: string): string | null {
  const m = API_KERNEL.exec(message);
  return m ? (m[1] as string) : null;
}

const GPU_AT = /NVRM: GPU at (?:PCI:)?([0-9A-Fa-f]{4}:[0-9A-Fa-f]{2}:[0-9A-Fa-f]{2}): (GPU-[0-9A-Fa-f-]{8,40})/;

/** `NVRM: GPU at PCI:0000:9b:00: GPU-<uuid>`, printed once before a GPU's first Xid. */
export function matchGpuUuid(message: string): { pci: string; uuid: string } | null {
  const m = GPU_AT.exec(message);
  return m ? { pci: m[1] as string, uuid: m[2] as string } : null;
}
