import type { SignMethod } from './signer.js';

/** One signed module in `signatures.json`. */
export interface SignedModuleRecord {
  /** The signed file's name inside the output (artifact) directory, or its path when signed in place. */
  file: string;
  /** The input path as given. */
  source: string;
  /** sha256 of the input file as it was read (may carry an old signature, may be unstripped). */
  sha256Before: string;
  /** sha256 of the exact bytes that were signed (old signature removed, stripped if asked). */
  sha256Unsigned: string;
  /** sha256 of the signed module: the bytes that ship, are attested and are tested. */
  sha256After: string;
  signer: string | null;
  /** The signing certificate's serial as modinfo prints `sig_key`. */
  keyId: string;
  hashAlgo: string;
  method: SignMethod;
  stripped: boolean;
  /** How many existing signatures were removed before signing (re-signing never stacks). */
  replacedSignatures: number;
}

/** `signatures.json`: the signing manifest published next to the modules. */
export interface SigningManifest {
  schemaVersion: 1;
  tool: string;
  certificate: { subject: string; signer: string | null; sigKey: string; sha256: string };
  hashAlgo: string;
  modules: SignedModuleRecord[];
}

/**
 * `sha256sum -c`-compatible lines ("<hex>  <name>"), sorted by name. Names that sha256sum would
 * have to escape (newline, backslash) are refused upstream, so no escaping is needed here.
 */
export function formatSha256Sums(entries: readonly { name: string; sha256: string }[]): string {
  return [...entries]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((e) => `${e.sha256}  ${e.name}\n`)
    .join('');
}

/** Parses a SHA256SUMS file; lines it cannot read are returned as problems. Never throws. */
export function parseSha256Sums(text: string): { entries: { name: string; sha256: string }[]; problems: string[] } {
  const entries: { name: string; sha256: string }[] = [];
  const problems: string[] = [];
  text.split('\n').forEach((line, i) => {
    if (line === '') return;
    const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
    if (m) entries.push({ sha256: m[1]!, name: m[2]! });
    else problems.push(`line ${i + 1}: not "<sha256>  <name>"`);
  });
  return { entries, problems };
}

export function isSafeArtifactFileName(name: string): boolean {
  return name !== '' && !/[\n\r\\]/.test(name) && !name.startsWith('/') && !name.split('/').includes('..');
}
