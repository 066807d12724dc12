import { xmlSafe } from './xml-text.js';

/**
 * Text from devices and results.json, made inert for GitHub markdown: no HTML, no table breaks,
 * no mentions or images, control characters shown as escapes, length capped.
 */
export function mdText(text: string, max = 300): string {
  const oneLine = xmlSafe(text).replace(/\r?\n/g, ' ');
  const capped = oneLine.length > max ? `${oneLine.slice(0, max)}…` : oneLine;
  return capped
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/([`*_[\]!#@~])/g, '\\$1');
}

/** A code span that cannot be broken out of. */
export function mdCode(text: string, max = 200): string {
  const clean = xmlSafe(text).replace(/\r?\n/g, ' ').replace(/`/g, "'").replace(/\|/g, '¦');
  return `\`${clean.length > max ? `${clean.slice(0, max)}…` : clean}\``;
}
