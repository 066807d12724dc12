import { createHash, createHmac } from 'node:crypto';

/**
 * A pinned host key, as written in the manifest. Three spellings are accepted:
 * - an OpenSSH fingerprint: `SHA256:<43 base64 chars>` (what `ssh-keygen -lf` prints),
 * - a public key: `ssh-ed25519 AAAA…` (a `*.pub` file or `ssh-keyscan` without the host),
 * - a known_hosts line: `[@cert-authority] host1,host2 ssh-ed25519 AAAA… [comment]`.
 * Pure: parsing never touches the network.
 */
export type HostKeyPin =
  | { kind: 'fingerprint'; sha256: string }
  | { kind: 'key'; type: string; blob: Buffer; sha256: string; certAuthority: boolean; hosts: string[] | null };

const KEY_TYPES = new Set([
  'ssh-ed25519',
  'ssh-rsa',
  'ecdsa-sha2-nistp256',
  'ecdsa-sha2-nistp384',
  'ecdsa-sha2-nistp521',
  'sk-ssh-ed25519@openssh.com',
  'sk-ecdsa-sha2-nistp256@openssh.com',
]);

export type PinParse = { ok: true; pin: HostKeyPin } | { ok: false; message: string };

export function parseHostKeyPin(text: string): PinParse {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: 'empty host key' };
  const fp = /^SHA256:([A-Za-z0-9+/]{43})=?$/.exec(trimmed);
  if (fp?.[1]) return { ok: true, pin: { kind: 'fingerprint', sha256: fp[1] } };
  if (trimmed.startsWith('SHA256:')) {
    return { ok: false, message: 'not a SHA256 fingerprint: expected SHA256: followed by 43 base64 characters' };
  }
  if (/^MD5:|^([0-9a-f]{2}:){15}[0-9a-f]{2}$/i.test(trimmed)) {
    return { ok: false, message: 'MD5 fingerprints are not accepted; pin the SHA256 fingerprint or the public key' };
  }

  const fields = trimmed.split(/\s+/);
  let certAuthority = false;
  if (fields[0] === '@cert-authority') {
    certAuthority = true;
    fields.shift();
  } else if (fields[0] === '@revoked') {
    return { ok: false, message: '@revoked lines cannot be pins' };
  }
  let hosts: string[] | null = null;
  if (fields[0] !== undefined && !KEY_TYPES.has(fields[0])) {
    hosts = fields.shift()!.split(',');
  }
  const [type, base64] = fields;
  if (type === undefined || !KEY_TYPES.has(type)) {
    return {
      ok: false,
      message: `not a host key: expected "SHA256:…", "<key-type> <base64>" or a known_hosts line (got ${preview(trimmed)})`,
    };
  }
  if (base64 === undefined || !/^[A-Za-z0-9+/]+={0,2}$/.test(base64)) {
    return { ok: false, message: `${type} key has no valid base64 body` };
  }
  const blob = Buffer.from(base64, 'base64');
  const embedded = readSshString(blob);
  if (embedded !== type) {
    return { ok: false, message: `key body does not hold a ${type} key${embedded ? ` (it holds ${preview(embedded)})` : ''}` };
  }
  if (certAuthority && hosts === null) return { ok: false, message: '@cert-authority needs a host pattern' };
  return { ok: true, pin: { kind: 'key', type, blob, sha256: fingerprintOf(blob), certAuthority, hosts } };
}

/** OpenSSH's SHA256 fingerprint of a key blob: unpadded base64. */
export function fingerprintOf(blob: Buffer): string {
  return createHash('sha256').update(blob).digest('base64').replace(/=+$/, '');
}

/** The first SSH string of a key blob: its key type (`ssh-ed25519`, …), or null when unreadable. */
export function readSshString(blob: Buffer): string | null {
  if (blob.length < 4) return null;
  const length = blob.readUInt32BE(0);
  if (length > 64 || blob.length < 4 + length) return null;
  return blob.subarray(4, 4 + length).toString('latin1');
}

function preview(text: string): string {
  const flat = JSON.stringify(text);
  return flat.length > 40 ? `${flat.slice(0, 37)}…"` : flat;
}

/**
 * Does a known_hosts host field apply to `host:port`? OpenSSH rules: comma-separated patterns with
 * `*` and `?`, `!pattern` negates (and wins), a non-22 port is written `[host]:port`, and hashed
 * entries are `|1|base64(salt)|base64(HMAC-SHA1(salt, name))`.
 */
export function hostsMatch(patterns: readonly string[], host: string, port: number): boolean {
  const name = port === 22 ? host : `[${host}]:${port}`;
  let matched = false;
  for (const raw of patterns) {
    const negated = raw.startsWith('!');
    const pattern = negated ? raw.slice(1) : raw;
    const hit = pattern.startsWith('|1|') ? hashedMatch(pattern, name) : globMatch(pattern.toLowerCase(), name.toLowerCase());
    if (hit && negated) return false;
    if (hit) matched = true;
  }
  return matched;
}

function globMatch(pattern: string, name: string): boolean {
  const source = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${source}$`).test(name);
}

function hashedMatch(pattern: string, name: string): boolean {
  const [, , salt, hash] = pattern.split('|');
  if (!salt || !hash) return false;
  const digest = createHmac('sha1', Buffer.from(salt, 'base64')).update(name).digest('base64');
  return digest === hash;
}
