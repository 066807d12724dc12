import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { fingerprintOf } from '../../remote/host-key-pin.js';

/**
 * Ed25519 keys for the QEMU canary, written in the two formats its ends read: dropbear's own private
 * key file (the guest's host key, generated when the initramfs is built so it can be pinned) and
 * OpenSSH's (the client key, read by ssh2 and by `ssh -i`). Pure apart from the random source.
 */
export interface Ed25519Key {
  /** The 32-byte private seed. */
  seed: Buffer;
  /** The 32-byte public key. */
  publicKey: Buffer;
}

export function generateEd25519(): Ed25519Key {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const priv = privateKey.export({ format: 'jwk' });
  const pub = publicKey.export({ format: 'jwk' });
  if (typeof priv.d !== 'string' || typeof pub.x !== 'string') throw new Error('ed25519 JWK export without d/x');
  return { seed: Buffer.from(priv.d, 'base64url'), publicKey: Buffer.from(pub.x, 'base64url') };
}

/** The SSH wire blob of the public key: string "ssh-ed25519", string key. */
export function publicKeyBlob(key: Ed25519Key): Buffer {
  return Buffer.concat([sshString('ssh-ed25519'), sshString(key.publicKey)]);
}

/** `ssh-ed25519 AAAA… comment`, for authorized_keys and for pinning. */
export function openSshPublicLine(key: Ed25519Key, comment: string): string {
  return `ssh-ed25519 ${publicKeyBlob(key).toString('base64')}${comment ? ` ${comment}` : ''}`;
}

/** `SHA256:…` as `ssh-keygen -lf` prints it. */
export function sha256Fingerprint(key: Ed25519Key): string {
  return `SHA256:${fingerprintOf(publicKeyBlob(key))}`;
}

/**
 * Dropbear's key file (read by `dropbear -r FILE`): string "ssh-ed25519", then one string of 64 bytes,
 * the private seed followed by the public key. Raw bytes, no base64 or PEM armour.
 */
export function dropbearPrivateKey(key: Ed25519Key): Buffer {
  return Buffer.concat([sshString('ssh-ed25519'), sshString(Buffer.concat([key.seed, key.publicKey]))]);
}

/** An unencrypted `openssh-key-v1` private key (what `ssh-keygen -N ''` writes). */
export function openSshPrivateKey(key: Ed25519Key, comment: string): string {
  const check = randomBytes(4);
  const body = Buffer.concat([
    check,
    check,
    sshString('ssh-ed25519'),
    sshString(key.publicKey),
    sshString(Buffer.concat([key.seed, key.publicKey])),
    sshString(comment),
  ]);
  const padLength = (8 - (body.length % 8)) % 8;
  const padding = Buffer.from(Array.from({ length: padLength }, (_, i) => i + 1));
  const blob = Buffer.concat([
    Buffer.from('openssh-key-v1\0', 'latin1'),
    sshString('none'),
    sshString('none'),
    sshString(''),
    uint32(1),
    sshString(publicKeyBlob(key)),
    sshString(Buffer.concat([body, padding])),
  ]);
  const lines = blob.toString('base64').match(/.{1,70}/g) ?? [];
  return `-----BEGIN OPENSSH PRIVATE KEY-----\n${lines.join('\n')}\n-----END OPENSSH PRIVATE KEY-----\n`;
}

function sshString(value: string | Buffer): Buffer {
  const bytes = typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
  return Buffer.concat([uint32(bytes.length), bytes]);
}

function uint32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
}
