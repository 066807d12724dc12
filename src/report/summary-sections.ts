import type { CanaryResult, RunResults } from '../core/results.js';
import { fmt, signedPct } from '../gate/metric-judge.js';
import type { Measurement } from '../gate/measurements.js';
import type { GateDecision } from '../gate/verdict.js';
import { canaryTopology } from '../topology/from-results.js';
import { mermaidGraph } from '../topology/mermaid.js';
import { mdCode, mdText } from './markdown-text.js';
import { foldNames } from './node-set.js';

/** Reasons listed in the banner; the gate's JSON has them all. */
const MAX_LISTED = 50;

const ICON: Record<GateDecision['verdict'], string> = { PROMOTE: '✅', ROLLBACK: '❌', INCONCLUSIVE: '⚠️' };

export function banner(results: RunResults, decision: GateDecision): string {
  const checks: { status: string }[] = results.canaries.flatMap((c) => c.steps.flatMap((s): { status: string }[] => (s.checks.length > 0 ? s.checks : [s])));
  // A canary that never answered ran no step: it counts as one error.
  const silent = results.canaries.filter((c) => c.state !== 'ok' && c.steps.length === 0).length;
  const count = (status: string): number => checks.filter((c) => c.status === status).length + (status === 'error' ? silent : 0);
  const lines = [
    `## ${ICON[decision.verdict]} linkgate: ${decision.verdict}`,
    '',
    `Run ${mdCode(results.run.id)} · ${results.canaries.length} canaries · ${count('pass')} passed · **${count('fail')} failed** (device answered wrongly) · **${count('error')} errors** (could not answer) · ${count('skip')} skipped${results.run.complete ? '' : ' · **run incomplete**'}`,
  ];
  if (decision.reasons.length > 0) {
    lines.push('', `**Why (${decision.method.decidedBy}):**`, '');
    for (const r of decision.reasons.slice(0, MAX_LISTED)) lines.push(`- ${r.canary ? `${mdCode(r.canary)} ` : ''}**${mdText(r.check, 60)}**: ${mdText(r.message)}`);
  }
  if (decision.reasons.length > MAX_LISTED) lines.push(`- … and ${decision.reasons.length - MAX_LISTED} more: \`linkgate gate --json\` lists them all`);
  if (decision.method.warnings.length > 0) {
    lines.push('', '**Warnings (not gating):**', '');
    for (const w of decision.method.warnings.slice(0, MAX_LISTED)) lines.push(`- ${w.canary ? `${mdCode(w.canary)} ` : ''}${mdText(w.message)}`);
  }
  if (decision.method.warnings.length > MAX_LISTED) lines.push(`- … and ${decision.method.warnings.length - MAX_LISTED} more`);
  if (decision.method.retry.exhausted) lines.push('', `Retry budget spent (${decision.method.retry.budget}): a human must decide.`);
  return lines.join('\n');
}

/** One row per group of canaries with the same outcome: `canary-[01-07]: pass`. */
export function canaryTable(results: RunResults): string {
  const groups = new Map<string, { names: string[]; outcome: string; details: string }>();
  for (const canary of results.canaries) {
    const { outcome, details } = outcomeOf(canary);
    const key = `${outcome}\u0000${details}`;
    const group = groups.get(key) ?? { names: [], outcome, details };
    group.names.push(canary.name);
    groups.set(key, group);
  }
  const rows = [...groups.values()].map((g) => `| ${mdCode(foldNames(g.names), 400)} | ${g.names.length} | ${g.outcome} | ${g.details} |`);
  return ['### Canaries', '', '| canaries | n | outcome | details |', '|---|---|---|---|', ...rows].join('\n');
}

function outcomeOf(canary: CanaryResult): { outcome: string; details: string } {
  if (canary.state !== 'ok') return { outcome: `error: ${canary.state}`, details: 'no step ran' };
  const bad = canary.steps.filter((s) => s.status !== 'pass');
  const worst = (['error', 'fail', 'skip'] as const).find((s) => bad.some((b) => b.status === s)) ?? 'pass';
  const tag = canary.control ? ' (control)' : '';
  const details = bad.map((s) => `${s.name}: ${s.status}${s.reason ? ` (${mdText(s.reason, 120)})` : ''}`).join('; ');
  return { outcome: `${worst}${tag}`, details: details || 'all steps passed' };
}

/** NVLink topology as Mermaid (src/topology's graph), one graph per distinct topology, naming the canaries that share it. */
export function topologyMermaid(results: RunResults): string {
  const shapes = new Map<string, string[]>();
  for (const canary of results.canaries) {
    const found = canaryTopology(canary);
    if (!found) continue;
    const graph = mermaidGraph(found, '');
    shapes.set(graph, [...(shapes.get(graph) ?? []), canary.name]);
  }
  if (shapes.size === 0) return '';
  const blocks = [...shapes].map(([graph, names]) => [`**${mdCode(foldNames(names), 400)}**`, '', '```mermaid', graph.trimEnd(), '```'].join('\n'));
  return ['### NVLink topology', ...blocks].join('\n\n');
}

/** Peer bandwidth per GPU pair as % of its NVLink peak (GB/s where the peak is unknown). */
export function heatmaps(measurements: readonly Measurement[], maxCanaries = 16): string {
  const byCanary = new Map<string, Measurement[]>();
  for (const m of measurements.filter((m) => m.metric === 'peer-bandwidth')) byCanary.set(m.canary, [...(byCanary.get(m.canary) ?? []), m]);
  if (byCanary.size === 0) return '';
  const blocks: string[] = [];
  for (const [canary, list] of [...byCanary].slice(0, maxCanaries)) {
    const gpus = [...new Set(list.flatMap((m) => m.subject.split('->')))].sort((a, b) => Number(a.slice(3)) - Number(b.slice(3)));
    const cell = (a: string, b: string): string => {
      if (a === b) return '—';
      const m = list.find((x) => x.subject === `${a}->${b}`);
      if (!m) return ' ';
      if (m.peak === null) return `${fmt(m.value)} GB/s`;
      const ratio = m.value / m.peak;
      const mark = ratio >= 0.9 ? '🟩' : m.floor !== null && ratio < m.floor ? '🟥' : '🟨';
      return `${mark} ${Math.round(ratio * 100)}%`;
    };
    blocks.push(
      [`**${mdCode(canary)}** (% of NVLink peak)`, '', `| from \\ to | ${gpus.join(' | ')} |`, `|---|${gpus.map(() => '---').join('|')}|`, ...gpus.map((a) => `| ${a} | ${gpus.map((b) => cell(a, b)).join(' | ')} |`)].join('\n'),
    );
  }
  if (byCanary.size > maxCanaries) blocks.push(`… ${byCanary.size - maxCanaries} more canaries: see metrics.prom.`);
  return ['### Peer bandwidth', ...blocks].join('\n\n');
}

export function baselineDiff(decision: GateDecision): string {
  const rows = decision.method.metrics.filter((m) => m.median.baseline !== null);
  if (rows.length === 0) return decision.method.baseline === null ? '### Baseline\n\nNo baseline: metrics judged against floors only.' : '';
  const sorted = [...rows].sort((a, b) => Number(b.regression) - Number(a.regression) || Math.abs(b.change ?? 0) - Math.abs(a.change ?? 0));
  const lines = sorted.map(
    (m) =>
      `| ${mdCode(m.canary)} | ${m.metric} ${mdText(m.subject, 40)} | ${fmt(m.median.baseline!)} → ${fmt(m.median.current)} | ${signedPct(m.change!)} | ${m.method === 'mann-whitney' ? `MWU p=${m.p!.toPrecision(2)}` : `threshold (${m.moreRunsForStatistics} more runs for statistics)`} | ${m.samples.current}/${m.samples.baseline} | ${m.regression ? '❌ regression' : 'ok'} |`,
  );
  return ['### Differences from the baseline', '', `Baseline: ${mdCode(decision.method.baseline ?? 'none')}`, '', '| canary | metric | median | change | method | samples now/base | result |', '|---|---|---|---|---|---|---|', ...lines].join('\n');
}

export function artifactLinks(results: RunResults, artifactsUrl: string | null): string {
  const lines = ['### Artifacts', ''];
  if (results.run.url) lines.push(`- Run: ${mdText(results.run.url, 500)}`);
  if (artifactsUrl) lines.push(`- Results artifact (results.json, raw/, junit.xml, metrics.prom): ${mdText(artifactsUrl, 500)}`);
  lines.push('- Re-create every report offline: `linkgate report junit|summary|metrics --results DIR`');
  return lines.join('\n');
}

