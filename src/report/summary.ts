import type { RunResults } from '../core/results.js';
import type { Measurement } from '../gate/measurements.js';
import type { GateDecision } from '../gate/verdict.js';
import { artifactLinks, banner, baselineDiff, canaryTable, heatmaps, topologyMermaid } from './summary-sections.js';

/** GitHub refuses a step summary over 1 MiB ("upload aborted"); we stay under it with room for the note. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;

export interface SummaryInput {
  results: RunResults;
  decision: GateDecision;
  measurements: readonly Measurement[];
  artifactsUrl: string | null;
}

/**
 * The job summary. Sections in priority order; when the whole would pass the cap, the
 * lowest-priority sections are dropped first (then the canary table is cut row by row) and the
 * summary says what was left out. Pure.
 */
export function buildSummary(input: SummaryInput, limit = SUMMARY_LIMIT_BYTES): string {
  const sections: { name: string; text: string }[] = [
    { name: 'verdict', text: banner(input.results, input.decision) },
    { name: 'canary table', text: canaryTable(input.results) },
    { name: 'baseline differences', text: baselineDiff(input.decision) },
    { name: 'bandwidth heatmaps', text: heatmaps(input.measurements) },
    { name: 'topology', text: topologyMermaid(input.results) },
    { name: 'artifact links', text: artifactLinks(input.results, input.artifactsUrl) },
  ].filter((s) => s.text !== '');
  const join = (parts: readonly string[]): string => `${parts.join('\n\n')}\n`;
  const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');
  const full = join(sections.map((s) => s.text));
  if (bytes(full) <= limit) return full;

  // Drop from the lowest priority up, but keep the artifact links: they lead to everything dropped.
  const links = sections.find((s) => s.name === 'artifact links');
  const kept = sections.filter((s) => s !== links);
  const dropped: string[] = [];
  const note = (): string =>
    `> **Summary truncated** to fit GitHub's 1 MiB step-summary cap: left out ${dropped.join(', ')}. The full reports are in the results artifact.`;
  const assemble = (): string => join([...kept.map((s) => s.text), note(), ...(links ? [links.text] : [])]);
  while (kept.length > 1 && bytes(assemble()) > limit) dropped.unshift(kept.pop()!.name);
  if (bytes(assemble()) <= limit) return assemble();
  // Even banner + table is too big (a huge fleet with many distinct outcomes): keep the rows that fit.
  const table = kept.find((s) => s.name === 'canary table');
  if (table) {
    const [head, ...rows] = splitTable(table.text);
    table.text = head;
    const room = limit - bytes(assemble()) - 200;
    let used = 0;
    const fitting = rows.filter((row) => (used += bytes(row) + 1) <= room);
    const cut = rows.length - fitting.length;
    table.text = [head, ...fitting, ...(cut > 0 ? [`| … | | ${cut} more outcome group(s) left out | |`] : [])].join('\n');
    if (cut > 0) dropped.push(`${cut} canary-table row(s)`);
  }
  const text = assemble();
  return bytes(text) <= limit ? text : `${Buffer.from(text).subarray(0, limit - 200).toString('utf8').replace(/\uFFFD$/, '')}\n\n> **Summary cut at ${limit} bytes.**\n`;
}

/** The table's heading and header lines, then its rows. */
function splitTable(text: string): string[] {
  const lines = text.split('\n');
  const headerEnd = lines.findIndex((l) => l.startsWith('|---'));
  return [lines.slice(0, headerEnd + 1).join('\n'), ...lines.slice(headerEnd + 1)];
}
