import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

/**
 * The PKCS#7/CMS SignedData that sign-file (and `openssl cms -sign -noattr -nocerts`) appends:
 * detached content, no certificates, one SignerInfo identified by issuer + serial. All ASN.1
 * decoding is pkijs/asn1js; this file only picks fields out and names them the way modinfo does.
 */
export interface CmsSignerInfo {
  /** modinfo's `signer`: the commonName of the signer's issuer (= subject for a self-signed key). */
  signer: string | null;
  /** modinfo's `sig_key`: the issuer serial number, upper-case hex bytes joined by colons. */
  sigKey: string;
  /** modinfo's `sig_hashalgo`: `sha256`, `sha384`, ... */
  hashAlgo: string;
  issuerDer: Buffer;
  serial: Buffer;
  signedAttrs: boolean;
}

export type CmsParse = { ok: true; info: CmsSignerInfo; signedData: pkijs.SignedData } | { ok: false; problem: string };

const OID_SIGNED_DATA = '1.2.840.113549.1.7.2';
const OID_COMMON_NAME = '2.5.4.3';
const OID_DATA = '1.2.840.113549.1.7.1';

/** Digest OIDs → the names modinfo prints (kmod's pkey_hash_algo table). */
export const HASH_NAMES: Readonly<Record<string, string>> = {
  '1.2.840.113549.2.5': 'md5',
  '1.3.14.3.2.26': 'sha1',
  '2.16.840.1.101.3.4.2.4': 'sha224',
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
  '2.16.840.1.101.3.4.2.8': 'sha3-256',
  '2.16.840.1.101.3.4.2.9': 'sha3-384',
  '2.16.840.1.101.3.4.2.10': 'sha3-512',
};

/** Parses the appended blob. Never throws: any decoding failure becomes one problem line. */
export function parseModuleCms(der: Uint8Array): CmsParse {
  try {
    const asn = asn1js.fromBER(toArrayBuffer(der));
    if (asn.offset === -1 || asn.result.error) return { ok: false, problem: `signature is not valid DER${asn.result.error ? `: ${asn.result.error}` : ''}` };
    if (asn.offset !== der.length) return { ok: false, problem: `signature has ${der.length - asn.offset} byte(s) after its DER structure (length field lies?)` };
    const content = new pkijs.ContentInfo({ schema: asn.result });
    // asn1js is lenient with inner lengths that disagree with their container; the kernel's decoder
    // is not. Whatever does not re-encode to the same bytes is not the DER that was signed.
    if (!Buffer.from(content.toSchema().toBER(false)).equals(der)) return { ok: false, problem: 'signature is not canonical DER (inner lengths disagree)' };
    if (content.contentType !== OID_SIGNED_DATA) return { ok: false, problem: `signature content type is ${content.contentType}, expected PKCS#7 signedData` };
    const signedData = new pkijs.SignedData({ schema: content.content });
    if (signedData.signerInfos.length !== 1) return { ok: false, problem: `signature has ${signedData.signerInfos.length} signers, expected 1` };
    const signerInfo = signedData.signerInfos[0]!;
    if (!(signerInfo.sid instanceof pkijs.IssuerAndSerialNumber)) {
      return { ok: false, problem: 'signer is identified by subject key id; modules use issuer and serial number' };
    }
    const oid = signerInfo.digestAlgorithm.algorithmId;
    // Fields the signature does not cover, checked the way the kernel's PKCS#7 parser does, so a
    // module that linkgate passes is not one the kernel refuses to parse.
    if (signedData.encapContentInfo.eContentType !== OID_DATA) return { ok: false, problem: `signed content type is ${signedData.encapContentInfo.eContentType}, expected data` };
    if (signedData.version !== 1 || signerInfo.version !== 1) return { ok: false, problem: `unexpected SignedData/SignerInfo version ${signedData.version}/${signerInfo.version}, expected 1/1` };
    if (!signedData.digestAlgorithms.some((a) => a.algorithmId === oid)) return { ok: false, problem: "signer's digest algorithm is not listed in SignedData.digestAlgorithms" };
    const serial = Buffer.from(signerInfo.sid.serialNumber.valueBlock.valueHexView);
    return {
      ok: true,
      signedData,
      info: {
        signer: commonName(signerInfo.sid.issuer),
        sigKey: formatSigKey(serial),
        hashAlgo: HASH_NAMES[oid] ?? oid,
        issuerDer: Buffer.from(signerInfo.sid.issuer.toSchema().toBER(false)),
        serial,
        signedAttrs: signerInfo.signedAttrs !== undefined,
      },
    };
  } catch (error) {
    return { ok: false, problem: `signature is not a PKCS#7 SignedData: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/**
 * Serial bytes the way modinfo prints them: kmod converts the INTEGER to a bignum and back, which
 * drops DER's leading 0x00 sign byte (serial 0x00F1020304 prints as F1:02:03:04).
 */
export function formatSigKey(serialDer: Uint8Array): string {
  let start = 0;
  while (start < serialDer.length - 1 && serialDer[start] === 0) start++;
  return Array.from(serialDer.subarray(start), (b) => b.toString(16).toUpperCase().padStart(2, '0')).join(':');
}

export function commonName(name: pkijs.RelativeDistinguishedNames): string | null {
  const cn = name.typesAndValues.find((tv) => tv.type === OID_COMMON_NAME);
  if (!cn) return null;
  const value: unknown = (cn.value as { valueBlock?: { value?: unknown } }).valueBlock?.value;
  return typeof value === 'string' ? value : null;
}

export function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
