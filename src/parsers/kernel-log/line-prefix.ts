/**
 * Strips the prefixes that kernel-log tools put before a kernel message. They stack: a raw
 * /dev/kmsg record (`6,3973,227996636,-;`), a syslog priority (`<4>`, pstore dumps), a syslog or
 * journal prefix (`Apr  7 23:03:57 host kernel: `), `dmesg --decode` (`kern  :warn  : `), an ISO
 * time (`--time-format=iso`), a bracketed time (`[  12.345678]`, `-T`/`--ctime`
 * `[Mon Oct 29 12:07:39 2018]`), and indentation from copies into mail or markdown.
 */
export interface SplitLine {
  /** The first timestamp found, as printed; null when the line has none. */
  time: string | null;
  /** The kernel message itself. */
  message: string;
}

/** /dev/kmsg dictionary lines (` SUBSYSTEM=pci`) belong to the record before; they carry no message. */
export const KMSG_DICTIONARY = /^ [A-Z_]{1,40}=/;

const KMSG = /^(\d{1,3}),(\d+),(\d+),[^;]{0,16};/;
const PRIORITY = /^<\d{1,3}>/;
const DECODE = /^[a-z0-9]{2,8} *:[a-z]{3,6} *: /;
const ISO_TIME = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:[,.]\d+)?(?:Z|[+-]\d\d:?\d\d)?) /;
const MONOTONIC = /^\[\s*(\d+\.\d+)\] ?/;
const WALL_CLOCK = /^\[([^\]]{0,40}\d\d:\d\d:\d\d[^\]]{0,16})\] ?/;
/** A syslog/journal prefix is at most a date, a time and a host name before `kernel: `. */
const SYSLOG_SEARCH_LIMIT = 100;

export function splitPrefix(raw: string): SplitLine {
  let rest = raw;
  let time: string | null = null;
  // Each prefix starts with a known character; testing it first keeps the regexes off most lines.
  const first = rest.charCodeAt(0);
  if (first >= 48 && first <= 57) {
    const kmsg = KMSG.exec(rest);
    if (kmsg) {
      time = kmsgTime(kmsg[3] as string);
      // /dev/kmsg keeps a multi-line printk in one record, its line ends escaped as `\x0a`.
      rest = rest.slice(kmsg[0].length).replaceAll('\\x0a', ' ');
    }
  }

  if (rest.charCodeAt(0) === 32) rest = rest.trimStart();
  if (rest.charCodeAt(0) === 60 /* < */) {
    const priority = PRIORITY.exec(rest);
    if (priority) rest = rest.slice(priority[0].length);
  }

  if (rest.charCodeAt(0) !== 91 /* [ */) {
    const kernelAt = rest.indexOf('kernel: ');
    if (kernelAt >= 0 && kernelAt < SYSLOG_SEARCH_LIMIT && (kernelAt === 0 || rest.charCodeAt(kernelAt - 1) === 32)) {
      time ??= syslogTime(rest.slice(0, kernelAt));
      rest = rest.slice(kernelAt + 'kernel: '.length);
    }
    const code = rest.charCodeAt(0);
    if (code >= 97 && code <= 122) {
      const decode = DECODE.exec(rest);
      if (decode) rest = rest.slice(decode[0].length);
    }
    if (rest.charCodeAt(0) >= 48 && rest.charCodeAt(0) <= 57) {
      const iso = ISO_TIME.exec(rest);
      if (iso) {
        time ??= iso[1] as string;
        rest = rest.slice(iso[0].length);
      }
    }
  }

  if (rest.charCodeAt(0) === 91) {
    const bracket = MONOTONIC.exec(rest) ?? WALL_CLOCK.exec(rest);
    if (bracket) {
      time ??= (bracket[1] as string).trim();
      rest = rest.slice(bracket[0].length);
    }
  }
  return { time, message: rest.trim() };
}

/** /dev/kmsg prints microseconds since boot; dmesg prints the same clock as seconds. */
function kmsgTime(usec: string): string {
  const padded = usec.padStart(7, '0');
  return `${padded.slice(0, -6)}.${padded.slice(-6)}`;
}

/** `Apr  7 23:03:57 intrepid ` -> `Apr  7 23:03:57` (the last word is the host name). */
function syslogTime(prefix: string): string | null {
  const trimmed = prefix.trim();
  if (trimmed === '') return null;
  const lastSpace = trimmed.lastIndexOf(' ');
  return lastSpace < 0 ? trimmed : trimmed.slice(0, lastSpace).trim();
}
