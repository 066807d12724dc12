/**
 * Where the riscv64 guest's packages come from: Debian trixie (bookworm has no riscv64 port, and a
 * bookworm `[arch=riscv64]` source updates without error but silently yields no packages). The apt
 * state is private to one directory, so the host needs no foreign architecture and its own apt is
 * never touched. Pure: builds argv options and reads sources text, no I/O.
 */

/** Dropbear + busybox and their dependency closure (apt-cache depends --recurse on trixie riscv64). */
export const GUEST_PACKAGES = [
  'busybox-static',
  'dropbear-bin',
  'gcc-14-base',
  'libc6',
  'libcrypt1',
  'libgcc-s1',
  // Without it: "dropbear: error while loading shared libraries: libgmp.so.10".
  'libgmp10',
  'libtomcrypt1',
  'libtommath1',
  'zlib1g',
  // Only the sftp-server binary is used (it needs libc alone); dropbear execs /usr/lib/sftp-server.
  'openssh-sftp-server',
  // kmod's insmod/modprobe/modinfo, as on a real node: busybox modinfo cannot read module
  // signatures (no signer, no sig_key), so the smoke suite would see every module as unsigned.
  'kmod',
  // The login shell. busybox sh (Debian's build prefers its own applets over PATH) would run
  // busybox's insmod/modinfo even where kmod's are installed.
  'dash',
  'libkmod2',
  'libssl3t64',
  'libzstd1',
] as const;

export const GUEST_SUITE = 'trixie';

/**
 * The Debian archive URI the machine already uses (deb822 `URIs:` or one-line `deb URI suite`), so a
 * CI machine behind a local mirror keeps using it. Security and ports archives are not the main archive.
 */
export function debianMirrorFromSources(texts: readonly string[]): string | null {
  for (const text of texts) {
    for (const raw of text.split('\n')) {
      const line = raw.trim();
      const uris = /^URIs:\s*(.+)$/i.exec(line)?.[1]?.split(/\s+/) ?? [];
      const oneLine = /^deb\s+(?:\[[^\]]*\]\s+)?(\S+)\s+\S+/.exec(line)?.[1];
      for (const uri of oneLine ? [...uris, oneLine] : uris) {
        if (isMainDebianArchive(uri)) return uri.replace(/\/+$/, '');
      }
    }
  }
  return null;
}

function isMainDebianArchive(uri: string): boolean {
  if (!/^https?:\/\/[^\s/]+\/\S*$/.test(uri)) return false;
  if (/security|ports|backports|nodesource|google/i.test(uri)) return false;
  return /\/debian\/?$/.test(uri);
}

/** The `-o` options that point apt-get/apt-cache at a private state directory for riscv64. */
export function privateAptOptions(stateDir: string): string[] {
  const options: Record<string, string> = {
    'Dir::State::Lists': `${stateDir}/lists`,
    'Dir::State::status': `${stateDir}/status`,
    'Dir::Cache::Archives': `${stateDir}/archives`,
    'Dir::Cache::pkgcache': '',
    'Dir::Cache::srcpkgcache': '',
    'Dir::Etc::SourceList': `${stateDir}/sources.list`,
    'Dir::Etc::SourceParts': `${stateDir}/empty`,
    'APT::Architecture': 'riscv64',
    'APT::Architectures::': 'riscv64',
    // Once apt-file is installed on the host, update fails fetching Contents-riscv64 without this.
    'Acquire::IndexTargets::deb::Contents-deb::DefaultEnabled': 'false',
    // Another apt on the machine may hold the lock; wait instead of failing.
    'DPkg::Lock::Timeout': '600',
  };
  return Object.entries(options).flatMap(([key, value]) => ['-o', `${key}=${value}`]);
}

export function sourcesListLine(mirror: string): string {
  return `deb [arch=riscv64] ${mirror} ${GUEST_SUITE} main\n`;
}
