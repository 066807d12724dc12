/**
 * Which hunk of which file made a patch fail, read from `patch` or `git am` output, and where that
 * hunk is in the patch file (for an annotation on the patch itself). Pure; never throws.
 */

export interface PatchFailure {
  /** The file inside the kernel tree the failing hunk targets. */
  file: string | null;
  hunk: number | null;
  /** The line in the tree where the hunk was expected (patch: "FAILED at N"; git: "patch failed: f:N"). */
  treeLine: number | null;
  /** A short, specific reason (e.g. "Hunk #2 FAILED at 123", "does not exist in index"). */
  detail: string;
}

export function parsePatchFailure(tool: 'git-am' | 'patch', output: string): PatchFailure {
  const lines = output.split('\n').map((l) => l.trim());
  if (tool === 'patch') {
    let file: string | null = null;
    for (const line of lines) {
      const patching = /^(?:checking|patching) file '?(.+?)'?$/.exec(line);
      if (patching) file = patching[1]!;
      const failed = /^Hunk #(\d+) FAILED at (\d+)/.exec(line);
      if (failed) return { file, hunk: Number(failed[1]), treeLine: Number(failed[2]), detail: line };
      if (/^can't find file to patch/.test(line)) return { file: null, hunk: null, treeLine: null, detail: "a file to patch does not exist in the tree" };
      if (/Reversed \(or previously applied\) patch detected/.test(line)) {
        return { file, hunk: null, treeLine: null, detail: 'the patch is already applied (or reversed)' };
      }
      if (/^patch: \*\*\*\* (.+)$/.test(line)) return { file, hunk: null, treeLine: null, detail: line.replace(/^patch: \*\*\*\* /, '') };
    }
    return { file, hunk: null, treeLine: null, detail: lastMeaningful(lines) };
  }
  for (const line of lines) {
    const failed = /^error: patch failed: (.+):(\d+)$/.exec(line);
    if (failed) return { file: failed[1]!, hunk: null, treeLine: Number(failed[2]), detail: `patch failed at ${failed[1]}:${failed[2]}` };
    const missing = /^error: (.+): (does not exist in index|already exists in index|No such file or directory)$/.exec(line);
    if (missing) return { file: missing[1]!, hunk: null, treeLine: null, detail: `${missing[1]}: ${missing[2]}` };
    if (/Patch format detection failed|does not look like a mail|Patch is empty/.test(line)) {
      return { file: null, hunk: null, treeLine: null, detail: `${line} (git am needs git format-patch output)` };
    }
  }
  return { file: null, hunk: null, treeLine: null, detail: lastMeaningful(lines) };
}

function lastMeaningful(lines: string[]): string {
  const meaningful = lines.filter((l) => l !== '' && !/^hint:/.test(l));
  return meaningful.slice(-3).join(' | ') || 'the patch does not apply';
}

export interface HunkLocation {
  /** 1-based line of the `@@` header in the patch file. */
  patchLine: number;
  /** 1-based hunk number within that file's diff. */
  hunk: number;
  header: string;
}

/** Finds the failing hunk in the patch text by its number, or by its old start line (git am). */
export function locateHunk(patchText: string, file: string, by: { hunk?: number | null; treeLine?: number | null }): HunkLocation | null {
  const lines = patchText.split('\n');
  let current: string | null = null;
  let count = 0;
  let firstInFile: HunkLocation | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const target = /^\+\+\+ (?:b\/)?(\S+)/.exec(line);
    if (target && lines[i - 1]?.startsWith('--- ')) {
      const newPath = target[1]!;
      const oldPath = /^--- (?:a\/)?(\S+)/.exec(lines[i - 1]!)?.[1] ?? '';
      current = newPath === file || oldPath === file || (newPath === '/dev/null' && oldPath === file) ? file : null;
      count = 0;
      continue;
    }
    const hunk = /^@@ -(\d+)(?:,\d+)? \+\d+(?:,\d+)? @@/.exec(line);
    if (!hunk || current === null) continue;
    count++;
    const location = { patchLine: i + 1, hunk: count, header: line };
    firstInFile ??= location;
    if (by.hunk != null && by.hunk === count) return location;
    if (by.hunk == null && by.treeLine != null && Number(hunk[1]) === by.treeLine) return location;
  }
  return by.hunk == null ? firstInFile : null;
}
