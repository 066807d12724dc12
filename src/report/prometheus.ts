import type { CanaryResult, RunResults } from '../core/results.js';
import type { Measurement } from '../gate/measurements.js';
import { DmesgShape, readData, XidEventShape } from '../gate/step-data.js';
import type { GateDecision } from '../gate/verdict.js';

/**
 * metrics.prom for node_exporter's textfile collector (Prometheus text format 0.0.4): every family
 * has HELP and TYPE, base units (bytes/second, seconds), and labels node, chassis and gpu_pair.
 * `promtool check metrics` passes on it (tests/report/prometheus.test.ts).
 */
interface Family {
  name: string;
  help: string;
  samples: { labels: Record<string, string>; value: number }[];
}

export function buildMetrics(results: RunResults, decision: GateDecision, measurements: readonly Measurement[]): string {
  const byName = new Map(results.canaries.map((c) => [c.name, c]));
  const base = (canaryName: string): Record<string, string> => {
    const c = byName.get(canaryName);
    return { node: canaryName, chassis: c?.labels.chassis ?? '' };
  };
  const families: Family[] = [
    {
      name: 'linkgate_verdict',
      help: 'Gate verdict of the run: 1 for the verdict reached, 0 for the others.',
      samples: (['PROMOTE', 'ROLLBACK', 'INCONCLUSIVE'] as const).map((v) => ({ labels: { run_id: results.run.id, verdict: v }, value: decision.verdict === v ? 1 : 0 })),
    },
    {
      name: 'linkgate_run_timestamp_seconds',
      help: 'Unix time the run started.',
      samples: [{ labels: { run_id: results.run.id }, value: Date.parse(results.run.startedAt) / 1000 }].filter((s) => Number.isFinite(s.value)),
    },
    {
      name: 'linkgate_canary_reachable',
      help: 'Whether the canary answered over SSH (1) or not (0), with its connection state.',
      samples: results.canaries.map((c) => ({ labels: { ...base(c.name), state: c.state, control: String(c.control) }, value: c.state === 'ok' ? 1 : 0 })),
    },
    {
      name: 'linkgate_step_result',
      help: 'Smoke step outcome: 1 on the series of the status the step ended with.',
      samples: results.canaries.flatMap((c) => c.steps.map((s) => ({ labels: { ...base(c.name), step: s.name, status: s.status }, value: 1 }))),
    },
    {
      name: 'linkgate_step_duration_seconds',
      help: 'Smoke step wall time.',
      samples: results.canaries.flatMap((c) => c.steps.map((s) => ({ labels: { ...base(c.name), step: s.name }, value: s.durationMs / 1000 }))),
    },
    pairFamily('linkgate_peer_bandwidth_bytes_per_second', 'GPU-to-GPU copy bandwidth per pair (nvbandwidth or p2pBandwidthLatencyTest).', measurements, base, (m) => m.value * 1e9),
    pairFamily('linkgate_peer_bandwidth_peak_ratio', 'GPU-to-GPU bandwidth as a fraction of the NVLink peak of the pair (links × the per-link rate nvidia-smi nvlink -s printed).', measurements.filter((m) => m.peak), base, (m) => m.value / m.peak!),
    {
      name: 'linkgate_nccl_busbw_bytes_per_second',
      help: 'nccl-tests bus bandwidth of the largest message size.',
      samples: measurements.filter((m) => m.metric === 'nccl-busbw').map((m) => ({ labels: { ...base(m.canary), op: m.subject }, value: m.value * 1e9 })),
    },
    {
      name: 'linkgate_training_step_seconds',
      help: 'Wall time of one training step.',
      samples: measurements.filter((m) => m.metric === 'step-time').map((m) => ({ labels: base(m.canary), value: m.value / 1000 })),
    },
    {
      name: 'linkgate_nvlink_error_count',
      help: 'Sum of NVLink error counters (nvidia-smi nvlink -e) per GPU at the end of the run.',
      samples: measurements.filter((m) => m.metric === 'nvlink-errors').map((m) => ({ labels: { ...base(m.canary), gpu: m.subject }, value: m.value })),
    },
    { name: 'linkgate_xid_events', help: 'Xid events in the kernel log during the run, per Xid number.', samples: results.canaries.flatMap((c) => xidSamples(c, base(c.name))) },
  ];
  return families
    .filter((f) => f.samples.length > 0)
    .map((f) => [`# HELP ${f.name} ${f.help}`, `# TYPE ${f.name} gauge`, ...dedupe(f.samples).map((s) => `${f.name}{${labelText(s.labels)}} ${number(s.value)}`)].join('\n'))
    .join('\n')
    .concat('\n');
}

function pairFamily(name: string, help: string, ms: readonly Measurement[], base: (c: string) => Record<string, string>, value: (m: Measurement) => number): Family {
  return { name, help, samples: ms.filter((m) => m.metric === 'peer-bandwidth').map((m) => ({ labels: { ...base(m.canary), gpu_pair: m.subject }, value: value(m) })) };
}

function xidSamples(canary: CanaryResult, labels: Record<string, string>): Family['samples'] {
  const counts = new Map<number, number>();
  for (const dmesg of readData(canary.steps, 'dmesg', DmesgShape)) {
    for (const event of dmesg.events) {
      const xid = XidEventShape.safeParse(event);
      if (xid.success) counts.set(xid.data.xid, (counts.get(xid.data.xid) ?? 0) + 1);
    }
  }
  return [...counts].map(([xid, n]) => ({ labels: { ...labels, xid: String(xid) }, value: n }));
}

/** The same series twice would make the whole file invalid; the last value wins. */
function dedupe(samples: Family['samples']): Family['samples'] {
  const map = new Map<string, Family['samples'][number]>();
  for (const s of samples) map.set(labelText(s.labels), s);
  return [...map.values()];
}

function labelText(labels: Record<string, string>): string {
  return Object.entries(labels)
    .map(([k, v]) => `${k}="${labelValue(v)}"`)
    .join(',');
}

/** Label values: backslash, quote and newline escaped; lone surrogates (invalid UTF-8 once written) replaced. */
function labelValue(value: string): string {
  return value
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\n/g, '\\n');
}

function number(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '+Inf' : '-Inf';
  return String(value);
}
