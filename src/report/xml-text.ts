/**
 * XML 1.0 cannot carry C0 control characters (other than TAB, LF, CR), lone UTF-16 surrogates or
 * U+FFFE/U+FFFF at all, not even as character references. xmlbuilder would silently drop them
 * (junit-report-builder sets `invalidCharReplacement: ''`), which hides what a device printed; we
 * write them as visible `\xNN` / `\uNNNN` text instead.
 */
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(text: string): string {
  return text.replace(XML_ILLEGAL, (ch) => {
    const code = ch.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** Caps every line at `maxLineChars`, saying how much of each long line was cut. */
export function capLines(text: string, maxLineChars: number): string {
  return text
    .split('\n')
    .map((line) => (line.length > maxLineChars ? `${line.slice(0, maxLineChars)} … [line cut: ${line.length - maxLineChars} more characters]` : line))
    .join('\n');
}

/** Caps a whole text at `maxChars`, keeping the head and the tail (the end of a log is where it failed). */
export function capText(text: string, maxChars: number): { text: string; cut: number } {
  if (text.length <= maxChars) return { text, cut: 0 };
  const head = Math.floor(maxChars / 2);
  const tail = maxChars - head;
  const cut = text.length - maxChars;
  return { text: `${text.slice(0, head)}\n… [${cut} characters cut] …\n${text.slice(text.length - tail)}`, cut };
}
