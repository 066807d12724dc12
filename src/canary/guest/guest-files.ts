/**
 * The small files that turn extracted Debian packages into the QEMU canary's root file system. Pure:
 * the initramfs builder writes what this returns.
 */
export interface GuestFile {
  /** Relative to the root file system, no leading slash. */
  path: string;
  mode: number;
  content?: string | Buffer;
  /** Make a symbolic link to this target instead of a file. */
  symlink?: string;
  /** Make a directory with this mode. */
  dir?: boolean;
}

/** Printed on the serial console once dropbear runs: the first SSH attempt waits for it. */
export const SSH_STARTED_MARKER = 'LINKGATE-SSH-STARTED';
/** Printed on the serial console at each boot: `LINKGATE-BOOT <boot_id> <uname -r>`. */
export const BOOT_MARKER = 'LINKGATE-BOOT';
export const GUEST_HOST_KEY_PATH = 'etc/dropbear/dropbear_ed25519_host_key';
/** The guest's address on QEMU's user-mode network (slirp's default). */
export const GUEST_ADDRESS = '10.0.2.15';

/**
 * PID 1 is this script (dash). With `-no-reboot`, a `reboot -f` in the guest ends QEMU: the launcher then
 * plays bootloader and starts the slot it chooses, like a board's firmware would.
 */
export function initScript(hostname: string): string {
  return `#!/bin/sh
# linkgate QEMU canary init (PID 1; /bin/sh is dash, the tools are busybox applets)
/bin/busybox mkdir -p /proc /sys /dev /tmp /run /root /var/log
/bin/busybox mount -t proc proc /proc
/bin/busybox mount -t sysfs sysfs /sys
/bin/busybox mount -t devtmpfs devtmpfs /dev 2>/dev/null
/bin/busybox --install -s /bin
mkdir -p /dev/pts
mount -t devpts devpts /dev/pts
mount -t tmpfs tmpfs /tmp
hostname ${hostname}
# No RTC driver in the tiny kernel: the launcher passes the wall clock as linkgate.epoch=SECONDS.
for word in $(cat /proc/cmdline); do
  case "$word" in linkgate.epoch=*) date -s "@\${word#linkgate.epoch=}" >/dev/null ;; esac
done
ip link set lo up
ip link set eth0 up
ip addr add ${GUEST_ADDRESS}/24 dev eth0
echo "${BOOT_MARKER} $(cat /proc/sys/kernel/random/boot_id 2>/dev/null || echo none) $(uname -r)"
# -s: no passwords; -F -E: foreground, log to the console; the host key was made with the initramfs.
/usr/sbin/dropbear -r /${GUEST_HOST_KEY_PATH} -F -E -s -p 22 &
echo "${SSH_STARTED_MARKER}"
wait
poweroff -f
`;
}

export function guestFiles(options: { hostname: string; authorizedKey: string; hostKey: Buffer }): GuestFile[] {
  return [
    { path: 'init', mode: 0o755, content: initScript(options.hostname) },
    { path: 'etc/passwd', mode: 0o644, content: 'root:x:0:0:root:/root:/bin/dash\n' },
    { path: 'etc/group', mode: 0o644, content: 'root:x:0:\n' },
    // Dropbear refuses a login shell that /etc/shells does not list.
    { path: 'etc/shells', mode: 0o644, content: '/bin/sh\n/bin/dash\n' },
    { path: 'etc/hostname', mode: 0o644, content: `${options.hostname}\n` },
    { path: 'root', mode: 0o700, dir: true },
    { path: 'root/.ssh', mode: 0o700, dir: true },
    { path: 'etc/dropbear', mode: 0o700, dir: true },
    { path: GUEST_HOST_KEY_PATH, mode: 0o600, content: options.hostKey },
    // Dropbear ignores authorized_keys unless ~/.ssh and the file are private to the user.
    { path: 'root/.ssh/authorized_keys', mode: 0o600, content: `${options.authorizedKey}\n` },
    // /bin/sh is dash, as on Debian: the SSH transport runs its wrapper with /bin/sh, and Debian's
    // busybox sh prefers its own applets (insmod, modinfo) over the kmod tools in PATH.
    { path: 'usr/bin/sh', mode: 0o777, symlink: 'dash' },
    // kmod's tools (they read module signatures; busybox's do not) win over busybox's applets,
    // which `busybox --install` would otherwise put first in PATH: it never replaces a file.
    ...KMOD_TOOLS.map((tool) => ({ path: `usr/bin/${tool}`, mode: 0o777, symlink: `../sbin/${tool}` })),
    { path: 'bin', mode: 0o777, symlink: 'usr/bin' },
    { path: 'sbin', mode: 0o777, symlink: 'usr/sbin' },
    // The ELF interpreter is /lib/ld-linux-riscv64-lp64d.so.1; merged /usr puts it under usr/lib.
    { path: 'lib', mode: 0o777, symlink: 'usr/lib' },
  ];
}

export const KMOD_TOOLS = ['insmod', 'rmmod', 'modinfo', 'modprobe', 'depmod'] as const;

/** Folders that would only make the initramfs larger. */
export const PRUNED_PATHS = [
  'usr/share',
  'usr/lib/riscv64-linux-gnu/gconv',
  // kmod needs libcrypto only; TLS and OpenSSL's loadable engines/providers are dead weight.
  'usr/lib/riscv64-linux-gnu/libssl.so.3',
  'usr/lib/riscv64-linux-gnu/engines-3',
  'usr/lib/riscv64-linux-gnu/ossl-modules',
  'etc/init.d',
  'etc/default',
] as const;
