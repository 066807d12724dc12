import { createRequire as __linkgateRequire } from 'node:module'; const require = __linkgateRequire(import.meta.url);

// src/kernel/file-hash.ts
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { join, relative } from "node:path";
function sha256File(path) {
  return new Promise((resolve, reject) => {
    const hash = createHash("sha256");
    createReadStream(path).on("data", (chunk) => hash.update(chunk)).on("error", reject).on("end", () => resolve(hash.digest("hex")));
  });
}
function sha256Text(text) {
  return createHash("sha256").update(text).digest("hex");
}
var MAX_TREE_FILES = 5e3;
async function sha256Tree(dir) {
  const files = [];
  const walk = async (d) => {
    for (const entry of await readdir(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile()) files.push(path);
      if (files.length > MAX_TREE_FILES) throw new Error(`${dir} holds more than ${MAX_TREE_FILES} files`);
    }
  };
  await walk(dir);
  files.sort();
  const hash = createHash("sha256");
  for (const file of files) {
    hash.update(`${relative(dir, file)}\0${(await stat(file)).size}\0`);
    hash.update(await readFile(file));
  }
  return hash.digest("hex");
}

export {
  sha256File,
  sha256Text,
  sha256Tree
};
