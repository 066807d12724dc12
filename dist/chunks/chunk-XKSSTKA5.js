import { createRequire as __linkgateRequire } from 'node:module'; const require = __linkgateRequire(import.meta.url);

// src/signing/signing-manifest.ts
function formatSha256Sums(entries) {
  return [...entries].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0).map((e) => `${e.sha256}  ${e.name}
`).join("");
}
function parseSha256Sums(text) {
  const entries = [];
  const problems = [];
  text.split("\n").forEach((line, i) => {
    if (line === "") return;
    const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
    if (m) entries.push({ sha256: m[1], name: m[2] });
    else problems.push(`line ${i + 1}: not "<sha256>  <name>"`);
  });
  return { entries, problems };
}
function isSafeArtifactFileName(name) {
  return name !== "" && !/[\n\r\\]/.test(name) && !name.startsWith("/") && !name.split("/").includes("..");
}

export {
  formatSha256Sums,
  parseSha256Sums,
  isSafeArtifactFileName
};
