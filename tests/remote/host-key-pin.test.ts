import { describe, expect, it } from 'vitest';
import { parseHostKeyPin } from '../../src/remote/host-key-pin.js';

const KEY = 'AAAAC3NzaC1lZDI1NTE5AAAAIDVf7Cgztyah/ZrnkmP7JPyyZDexluyR5c38NmbbETp0';

describe('parseHostKeyPin', () => {
  it('reads a public key and computes the fingerprint ssh-keygen -l prints', () => {
    const parsed = parseHostKeyPin(`ssh-ed25519 ${KEY} canary01`);
    expect(parsed).toMatchObject({ ok: true, pin: { kind: 'key', type: 'ssh-ed25519', hosts: null } });
    // ssh-keygen -lf on this key printed SHA256:gaJv5PuXsdsdyOOiYRJ66+FHahjdgLUG/wGFfsx5VA4
    if (parsed.ok && parsed.pin.kind === 'key') expect(parsed.pin.sha256).toBe('gaJv5PuXsdsdyOOiYRJ66+FHahjdgLUG/wGFfsx5VA4');
  });
  it('reads known_hosts lines with hosts and @cert-authority', () => {
    expect(parseHostKeyPin(`canary-01,10.0.0.1 ssh-ed25519 ${KEY}`)).toMatchObject({
      ok: true,
      pin: { hosts: ['canary-01', '10.0.0.1'], certAuthority: false },
    });
    expect(parseHostKeyPin(`@cert-authority *.example ssh-ed25519 ${KEY}`)).toMatchObject({
      ok: true,
      pin: { certAuthority: true, hosts: ['*.example'] },
    });
  });
  it('reads SHA256 fingerprints', () => {
    expect(parseHostKeyPin('SHA256:Se2t95G0XqOF5FE0dIE/chsH8KylhLYHbvieUj1ApaE')).toEqual({
      ok: true,
      pin: { kind: 'fingerprint', sha256: 'Se2t95G0XqOF5FE0dIE/chsH8KylhLYHbvieUj1ApaE' },
    });
  });
  it.each([
    ['', /empty/],
    ['SHA256:short', /43 base64/],
    ['43:51:43:a1:b5:fc:8b:b7:0a:3a:a9:b1:0f:66:73:a8', /MD5/],
    ['ssh-ed25519', /no valid base64/],
    ['ssh-ed25519 not*base64', /no valid base64/],
    [`ssh-rsa ${KEY}`, /does not hold a ssh-rsa key \(it holds "ssh-ed25519"\)/],
    [`@revoked * ssh-ed25519 ${KEY}`, /@revoked/],
    ['hello world', /not a host key/],
    [`@cert-authority ssh-ed25519 ${KEY}`, /needs a host pattern/],
  ])('rejects %j', (text, message) => {
    const parsed = parseHostKeyPin(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });
});
