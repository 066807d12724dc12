import type * as pkijs from 'pkijs';
import type { SigningCertificate } from './certificate.js';
import { readModinfo, vermagicRelease } from './elf-modinfo.js';
import { splitSignature } from './module-signature.js';
import { parseModuleCms, toArrayBuffer } from './pkcs7.js';

/**
 * One module's verdict: the public `linkgate verify --json` shape (an array of these). Keep the
 * field set and order exactly; users parse it.
 */
export interface ModuleVerdict {
  file: string;
  /** The signature marker is present at the end of the file. */
  signed: boolean;
  /** The signature verifies against the certificate; null when unsigned or no certificate was given. */
  valid: boolean | null;
  signer: string | null;
  sigKey: string | null;
  hashAlgo: string | null;
  vermagic: string | null;
  problems: string[];
}

export interface VerifyOptions {
  cert?: SigningCertificate;
  kernelRelease?: string;
}

/** Verifies one module's bytes. Never throws: every defect is a problem line in the verdict. */
export async function verifyModuleBytes(file: string, bytes: Buffer, options: VerifyOptions): Promise<ModuleVerdict> {
  const verdict: ModuleVerdict = { file, signed: false, valid: null, signer: null, sigKey: null, hashAlgo: null, vermagic: null, problems: [] };
  const split = splitSignature(bytes);
  const body = split.kind === 'malformed' ? bytes : split.body;

  const modinfo = readModinfo(body);
  verdict.problems.push(...modinfo.problems);
  verdict.vermagic = modinfo.fields.vermagic?.[0] ?? null;
  if (options.kernelRelease !== undefined && modinfo.elf) {
    if (verdict.vermagic === null) verdict.problems.push('no vermagic in .modinfo');
    else if (vermagicRelease(verdict.vermagic) !== options.kernelRelease) {
      verdict.problems.push(`vermagic "${verdict.vermagic}" does not match kernel release ${options.kernelRelease}`);
    }
  }

  if (split.kind === 'unsigned') {
    verdict.problems.push(...split.problems, 'not signed');
    return verdict;
  }
  verdict.signed = true;
  if (split.kind === 'malformed') {
    verdict.valid = false;
    verdict.problems.push(...split.problems);
    return verdict;
  }
  verdict.problems.push(...split.problems);
  const cms = parseModuleCms(split.cms);
  if (!cms.ok) {
    verdict.valid = false;
    verdict.problems.push(cms.problem);
    return verdict;
  }
  verdict.signer = cms.info.signer;
  verdict.sigKey = cms.info.sigKey;
  verdict.hashAlgo = cms.info.hashAlgo;
  if (!options.cert) return verdict;

  const cert = options.cert;
  if (!cms.info.issuerDer.equals(cert.issuerDer) || cms.info.sigKey !== cert.sigKey) {
    verdict.valid = false;
    verdict.problems.push(
      `signed by another key: signer "${cms.info.signer ?? '?'}" serial ${cms.info.sigKey}, certificate "${cert.signer ?? '?'}" serial ${cert.sigKey}`,
    );
    return verdict;
  }
  const matches = await checkSignature(cms.signedData, cert, split.body);
  if (!matches) verdict.problems.push('signature does not match the module bytes (modified after signing?)');
  verdict.valid = matches && split.problems.length === 0;
  return verdict;
}

/** The cryptographic check, by pkijs over WebCrypto: signature over the module body (or its signed attributes). */
async function checkSignature(signedData: pkijs.SignedData, cert: SigningCertificate, body: Buffer): Promise<boolean> {
  signedData.certificates = [cert.pkijs];
  try {
    const result = await signedData.verify({ signer: 0, data: toArrayBuffer(body), checkChain: false, extendedMode: true });
    return result.signatureVerified === true;
  } catch {
    // pkijs throws its result object on failure in extendedMode; a failure is a failure.
    return false;
  }
}
