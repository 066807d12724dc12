import { fingerprintOf, hostsMatch, parseHostKeyPin, readSshString, type HostKeyPin } from './host-key-pin.js';

export type HostKeyDecision =
  | { ok: true; fingerprint: string; keyType: string; via: string }
  | { ok: false; fingerprint: string; keyType: string; reason: string };

/**
 * Decides whether the key a server presented is pinned for `host:port`. Pure. Several pins may
 * match (key rotation); one is enough. Pins that are not valid were already rejected by the
 * manifest schema; here they simply never match.
 *
 * `@cert-authority` pins: ssh2 1.17 cannot negotiate `*-cert-v01@openssh.com` host keys (they are
 * missing from its SUPPORTED_SERVER_HOST_KEY, and its key exchange parses K_S as a plain key), so a
 * server never presents a certificate to us and a CA pin can never vouch for a plain key. Such pins
 * are reported in the refusal so the user knows to pin the host key itself.
 */
export function checkHostKey(pinTexts: readonly string[], presented: Buffer, host: string, port: number): HostKeyDecision {
  const fingerprint = fingerprintOf(presented);
  const keyType = readSshString(presented) ?? 'unknown';
  const pins = pinTexts.map(parseHostKeyPin).flatMap((p) => (p.ok ? [p.pin] : []));
  let caPins = 0;
  let otherHostPins = 0;
  for (const pin of pins) {
    if (pin.kind === 'fingerprint') {
      if (pin.sha256 === fingerprint) return { ok: true, fingerprint, keyType, via: `fingerprint SHA256:${pin.sha256}` };
      continue;
    }
    if (pin.certAuthority) {
      caPins++;
      continue;
    }
    if (pin.hosts !== null && !hostsMatch(pin.hosts, host, port)) {
      if (pin.blob.equals(presented)) otherHostPins++;
      continue;
    }
    if (pin.blob.equals(presented)) return { ok: true, fingerprint, keyType, via: describe(pin) };
  }
  let reason = `host key SHA256:${fingerprint} (${keyType}) of ${host}:${port} is not among the ${pins.length} pinned key(s)`;
  if (otherHostPins > 0) reason += `; a known_hosts line holds this key but its host patterns do not name ${port === 22 ? host : `[${host}]:${port}`}`;
  if (caPins > 0) reason += `; ${caPins} @cert-authority pin(s) cannot apply: the SSH library (ssh2) cannot negotiate host certificates, pin the host key or its fingerprint`;
  return { ok: false, fingerprint, keyType, reason };
}

function describe(pin: Extract<HostKeyPin, { kind: 'key' }>): string {
  return `${pin.type} key SHA256:${pin.sha256}${pin.hosts ? ` (known_hosts ${pin.hosts.join(',')})` : ''}`;
}

/** A known_hosts line to paste into `hostKeys`, for the insecure-accept-new warning. */
export function knownHostsLine(host: string, port: number, presented: Buffer): string {
  const name = port === 22 ? host : `[${host}]:${port}`;
  return `${name} ${readSshString(presented) ?? 'unknown'} ${presented.toString('base64')}`;
}
