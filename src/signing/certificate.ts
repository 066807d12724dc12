import { X509Certificate, createHash } from 'node:crypto';
import * as pkijs from 'pkijs';
import { commonName, formatSigKey, toArrayBuffer } from './pkcs7.js';

/** A module-signing certificate, read once: PEM (alone or next to its key, like certs/signing_key.pem) or DER. */
export interface SigningCertificate {
  pkijs: pkijs.Certificate;
  der: Buffer;
  /** The name modinfo would print as `signer` for modules this key signs (issuer CN). */
  signer: string | null;
  subject: string;
  /** The serial as modinfo prints `sig_key`. */
  sigKey: string;
  issuerDer: Buffer;
  serial: Buffer;
  sha256Fingerprint: string;
}

export type CertificateLoad = { ok: true; cert: SigningCertificate } | { ok: false; problem: string };

const PEM_CERT = /-----BEGIN CERTIFICATE-----[A-Za-z0-9+/=\s]+-----END CERTIFICATE-----/;

/** Never throws; never echoes the file content (it may hold a private key too). */
export function loadCertificate(bytes: Buffer): CertificateLoad {
  const text = bytes.toString('latin1');
  let der: Buffer;
  if (text.includes('-----BEGIN')) {
    const pem = PEM_CERT.exec(text)?.[0];
    if (!pem) return { ok: false, problem: 'PEM file holds no CERTIFICATE block' };
    der = Buffer.from(pem.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, ''), 'base64');
  } else {
    der = bytes;
  }
  try {
    const x509 = new X509Certificate(der);
    const cert = pkijs.Certificate.fromBER(toArrayBuffer(x509.raw));
    const serial = Buffer.from(cert.serialNumber.valueBlock.valueHexView);
    return {
      ok: true,
      cert: {
        pkijs: cert,
        der: x509.raw,
        signer: commonName(cert.issuer),
        subject: x509.subject.replace(/\n/g, ', '),
        sigKey: formatSigKey(serial),
        issuerDer: Buffer.from(cert.issuer.toSchema().toBER(false)),
        serial,
        sha256Fingerprint: createHash('sha256').update(x509.raw).digest('hex'),
      },
    };
  } catch (error) {
    return { ok: false, problem: `not an X.509 certificate (PEM or DER): ${error instanceof Error ? error.message : String(error)}` };
  }
}
