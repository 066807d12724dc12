/**
 * Reads back the argv an SSH exec request carries, so the virtual canary can tell which recording
 * it asks for. Two spellings arrive:
 * - linkgate's own (src/remote/remote-command.ts): `exec /bin/sh -c '<wrapper>' linkgate-exec [private
 *   words] <deadline> <stdin-bytes> <env-count> ['K=V' ...] 'argv0' 'argv1' …`, every word single-quoted;
 * - any other client (`ssh host nvidia-smi topo -m`): plain shell words.
 * Pure; never throws: what it cannot read is null, and the command then runs for real.
 */
export interface ExecRequest {
  argv: string[];
  /** Bytes of the channel's stdin that belong to the command (linkgate wrapper only). */
  stdinBytes: number;
  env: Record<string, string>;
  /** true when it came through linkgate's wrapper. */
  wrapped: boolean;
}

/** Splits POSIX shell words: single quotes, double quotes (\\ escapes), backslash escapes. null on
 * anything a plain word list does not have ($, `, ;, |, &, <, >, globbing is fine: kept literally). */
export function shellWords(text: string): string[] | null {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "'") {
      const end = text.indexOf("'", i + 1);
      if (end < 0) return null;
      word += text.slice(i + 1, end);
      inWord = true;
      i = end;
    } else if (c === '"') {
      let j = i + 1;
      for (; j < text.length && text[j] !== '"'; j++) {
        if (text[j] === '$' || text[j] === '`') return null;
        if (text[j] === '\\' && j + 1 < text.length && '"\\$`\n'.includes(text[j + 1]!)) j++;
        word += text[j];
      }
      if (j >= text.length) return null;
      inWord = true;
      i = j;
    } else if (c === '\\') {
      if (i + 1 >= text.length) return null;
      word += text[++i];
      inWord = true;
    } else if (c === ' ' || c === '\t' || c === '\n') {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else if ('$`;|&<>()'.includes(c)) {
      return null;
    } else {
      word += c;
      inWord = true;
    }
  }
  if (inWord) words.push(word);
  return words;
}

/** The long-command bootstrap: the real command string follows on stdin. */
export function bootstrapLength(command: string): number | null {
  const m = /^eval "\$\(head -c (\d+)\)"$/.exec(command.trim());
  return m ? Number(m[1]) : null;
}

export function readExecRequest(command: string): ExecRequest | null {
  const words = shellWords(command);
  if (!words || words.length === 0) return null;
  const marker = words.indexOf('linkgate-exec');
  if (words[0] === 'exec' && marker > 0) {
    // After the marker: wrapper-private words (they change between versions), then
    // <deadline> <stdin-bytes> <env-count>, the env pairs and the argv.
    const isCount = (w: string | undefined): boolean => w !== undefined && /^\d+$/.test(w);
    let at = marker + 1;
    while (at + 2 < words.length && !(isCount(words[at]) && isCount(words[at + 1]) && isCount(words[at + 2]))) at++;
    if (at + 2 >= words.length) return null;
    const [stdinBytes, envCount] = [Number(words[at + 1]), Number(words[at + 2])];
    const envWords = words.slice(at + 3, at + 3 + envCount);
    const argv = words.slice(at + 3 + envCount);
    if (argv.length === 0 || envWords.length !== envCount) return null;
    const env: Record<string, string> = {};
    for (const pair of envWords) {
      const eq = pair.indexOf('=');
      if (eq <= 0) return null;
      env[pair.slice(0, eq)] = pair.slice(eq + 1);
    }
    return { argv, stdinBytes, env, wrapped: true };
  }
  return { argv: words, stdinBytes: 0, env: {}, wrapped: false };
}

/** The lookup key of an argv (exact match, element by element). */
export function argvKey(argv: readonly string[]): string {
  return JSON.stringify(argv);
}
