/**
 * The appended module signature (include/linux/module_signature.h), in file order:
 *
 *   module bytes ‖ PKCS#7/CMS DER ‖ struct module_signature (12 bytes) ‖ "~Module signature appended~\n"
 *
 * struct module_signature: u8 algo, u8 hash, u8 id_type, u8 signer_len, u8 key_id_len, u8 pad[3],
 * __be32 sig_len. For PKCS#7 signatures everything but id_type (= 2) and sig_len is zero; the
 * kernel's mod_check_sig rejects anything else, and so do we.
 */
export const MODULE_SIG_MAGIC = Buffer.from('~Module signature appended~\n', 'latin1');
export const MODULE_SIG_STRUCT_LEN = 12;
export const PKEY_ID_PKCS7 = 2;
/** Trailer = struct + magic: what follows the CMS blob. */
export const TRAILER_LEN = MODULE_SIG_STRUCT_LEN + MODULE_SIG_MAGIC.length;

export type SignatureSplit =
  | { kind: 'unsigned'; body: Buffer; problems: string[] }
  | { kind: 'signed'; body: Buffer; cms: Buffer; problems: string[] }
  /** The marker is there but the trailer cannot be trusted: never look inside the blob. */
  | { kind: 'malformed'; problems: string[] };

/** Builds the 40-byte trailer linkgate appends after a CMS blob of `sigLen` bytes. */
export function encodeTrailer(sigLen: number): Buffer {
  if (!Number.isInteger(sigLen) || sigLen <= 0 || sigLen > 0xffffffff) throw new RangeError(`bad signature length ${sigLen}`);
  const struct = Buffer.alloc(MODULE_SIG_STRUCT_LEN);
  struct[2] = PKEY_ID_PKCS7;
  struct.writeUInt32BE(sigLen, 8);
  return Buffer.concat([struct, MODULE_SIG_MAGIC]);
}

export function hasSignatureMarker(bytes: Uint8Array): boolean {
  return bytes.length >= MODULE_SIG_MAGIC.length && MODULE_SIG_MAGIC.equals(bytes.subarray(bytes.length - MODULE_SIG_MAGIC.length));
}

/**
 * Splits a module file into its signed body and its CMS blob. Pure; never throws. A file whose
 * body itself ends in the marker carries two stacked signatures: the kernel would only check the
 * outer one, so linkgate reports it instead of quietly accepting it.
 */
export function splitSignature(bytes: Buffer): SignatureSplit {
  if (!hasSignatureMarker(bytes)) {
    const partial = partialMarkerLength(bytes);
    const problems = partial > 0 ? [`ends with ${partial} byte(s) of a truncated signature marker`] : [];
    return { kind: 'unsigned', body: bytes, problems };
  }
  if (bytes.length < TRAILER_LEN) return { kind: 'malformed', problems: ['signature trailer is truncated'] };
  const structAt = bytes.length - TRAILER_LEN;
  const struct = bytes.subarray(structAt, structAt + MODULE_SIG_STRUCT_LEN);
  const sigLen = struct.readUInt32BE(8);
  const problems: string[] = [];
  if (struct[2] !== PKEY_ID_PKCS7) problems.push(`signature id_type is ${struct[2]}, expected ${PKEY_ID_PKCS7} (PKCS#7)`);
  const nonZero = [0, 1, 3, 4, 5, 6, 7].filter((i) => struct[i] !== 0);
  if (nonZero.length > 0) problems.push('struct module_signature has non-zero algo/hash/signer_len/key_id_len/pad fields');
  if (sigLen === 0) problems.push('signature length field is 0');
  else if (sigLen > structAt) problems.push(`signature length field says ${sigLen} bytes but only ${structAt} precede the trailer`);
  if (problems.length > 0) return { kind: 'malformed', problems };

  const body = bytes.subarray(0, structAt - sigLen);
  const cms = bytes.subarray(structAt - sigLen, structAt);
  if (hasSignatureMarker(body)) problems.push('two signatures are stacked (the signed body is itself signed)');
  return { kind: 'signed', body, cms, problems };
}

/**
 * Removes every appended signature, for re-signing: signing never stacks a second signature. A
 * malformed trailer is refused, because its length cannot tell where the module ends.
 */
export function stripSignatures(bytes: Buffer): { ok: true; body: Buffer; removed: number } | { ok: false; problem: string } {
  let body = bytes;
  let removed = 0;
  while (hasSignatureMarker(body)) {
    const split = splitSignature(body);
    if (split.kind !== 'signed') return { ok: false, problem: split.problems.join('; ') };
    body = split.body;
    removed++;
  }
  return { ok: true, body, removed };
}

/** Longest proper prefix of the marker that the file ends with (at least 8 bytes, to avoid chance hits). */
function partialMarkerLength(bytes: Uint8Array): number {
  for (let n = MODULE_SIG_MAGIC.length - 1; n >= 8; n--) {
    if (bytes.length >= n && MODULE_SIG_MAGIC.subarray(0, n).equals(bytes.subarray(bytes.length - n))) return n;
  }
  return 0;
}
