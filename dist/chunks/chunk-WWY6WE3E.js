import { createRequire as __linkgateRequire } from 'node:module'; const require = __linkgateRequire(import.meta.url);
import {
  XID_CHECK,
  canaryTopology,
  diffLinks,
  floorForRate,
  kernelLogCheckName,
  linkRateGBs,
  p2pPairMatrix,
  pairPeakGBs,
  pairsFromMatrix,
  readResults
} from "./chunk-WVTX2LOG.js";
import {
  GatePolicy,
  require_dist
} from "./chunk-GIWQTAUD.js";
import {
  UsageError,
  __toESM,
  external_exports
} from "./chunk-2RUS7HNP.js";

// src/report/xml-text.ts
var XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function xmlSafe(text) {
  return text.replace(XML_ILLEGAL, (ch) => {
    const code = ch.charCodeAt(0);
    return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}
function capLines(text, maxLineChars) {
  return text.split("\n").map((line) => line.length > maxLineChars ? `${line.slice(0, maxLineChars)} \u2026 [line cut: ${line.length - maxLineChars} more characters]` : line).join("\n");
}
function capText(text, maxChars) {
  if (text.length <= maxChars) return { text, cut: 0 };
  const head = Math.floor(maxChars / 2);
  const tail = maxChars - head;
  const cut = text.length - maxChars;
  return { text: `${text.slice(0, head)}
\u2026 [${cut} characters cut] \u2026
${text.slice(text.length - tail)}`, cut };
}

// src/report/markdown-text.ts
function mdText(text, max = 300) {
  const oneLine = xmlSafe(text).replace(/\r?\n/g, " ");
  const capped = oneLine.length > max ? `${oneLine.slice(0, max)}\u2026` : oneLine;
  return capped.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|").replace(/([`*_[\]!#@~])/g, "\\$1");
}
function mdCode(text, max = 200) {
  const clean = xmlSafe(text).replace(/\r?\n/g, " ").replace(/`/g, "'").replace(/\|/g, "\xA6");
  return `\`${clean.length > max ? `${clean.slice(0, max)}\u2026` : clean}\``;
}

// src/report/results-source.ts
import { stat } from "node:fs/promises";

// src/report/merge-results.ts
function mergeResults(shards) {
  const [first, ...rest] = shards;
  if (!first) return { ok: false, message: "no results to merge" };
  const legs = shardLegs(shards);
  if (!legs.ok) return legs;
  if (rest.length === 0) return { ok: true, results: legs.missing.length > 0 ? incompleteLeg(first) : first };
  const ids = [...new Set(shards.map((s) => s.run.id))];
  if (ids.length > 1) {
    return { ok: false, message: `shards belong to different runs (${ids.join(", ")}); merge combines shards of one run` };
  }
  const seen = /* @__PURE__ */ new Map();
  for (const [index, shard] of shards.entries()) {
    for (const canary of shard.canaries) {
      const other = seen.get(canary.name);
      if (other !== void 0) {
        return { ok: false, message: `canary ${canary.name} appears in shard ${other + 1} and shard ${index + 1}` };
      }
      seen.set(canary.name, index);
    }
  }
  const modes = [...new Set(shards.map((s) => s.run.mode))];
  const finished = shards.map((s) => s.run.finishedAt);
  return {
    ok: true,
    results: {
      schemaVersion: 1,
      tool: first.tool,
      run: {
        id: first.run.id,
        startedAt: shards.map((s) => s.run.startedAt).sort()[0],
        finishedAt: finished.includes(null) ? null : finished.sort().at(-1),
        mode: modes.length === 1 ? modes[0] : "mixed",
        url: shards.find((s) => s.run.url !== null)?.run.url ?? null,
        // A leg that never delivered its results leaves canaries untested: the run is not complete.
        complete: legs.missing.length === 0 && shards.every((s) => s.run.complete)
      },
      canaries: shards.flatMap((s) => s.canaries)
    }
  };
}
function shardLegs(shards) {
  const legs = shards.map((s) => s.run.shard).filter((leg) => leg !== void 0);
  if (legs.length === 0) return { ok: true, missing: [] };
  if (legs.length !== shards.length) return { ok: false, message: "some results are shards (linkgate smoke --shard) and some are not" };
  const counts = [...new Set(legs.map((l) => l.count))];
  if (counts.length > 1) return { ok: false, message: `shards of different splits (${counts.map((n) => `/${n}`).join(", ")})` };
  const seen = /* @__PURE__ */ new Set();
  for (const leg of legs) {
    if (leg.index >= leg.count) return { ok: false, message: `shard ${leg.index}/${leg.count} is not a leg of ${leg.count}` };
    if (seen.has(leg.index)) return { ok: false, message: `shard ${leg.index}/${leg.count} is given twice` };
    seen.add(leg.index);
  }
  return { ok: true, missing: Array.from({ length: counts[0] }, (_, i) => i).filter((i) => !seen.has(i)) };
}
function incompleteLeg(results) {
  const { shard: _shard, ...run } = results.run;
  return { ...results, run: { ...run, complete: false } };
}

// src/report/results-source.ts
async function loadResults(dir) {
  let isDir2 = false;
  try {
    isDir2 = (await stat(dir)).isDirectory();
  } catch {
    throw new UsageError(`--results ${dir}: no such directory`);
  }
  if (!isDir2) throw new UsageError(`--results ${dir}: not a directory (give the results directory, not the file)`);
  return { dir, results: await readResults(dir) };
}
async function loadResultsSet(dirs) {
  if (dirs.length === 0) throw new UsageError("--results DIR is required");
  const loaded = [];
  for (const dir of dirs) loaded.push(await loadResults(dir));
  const merged = mergeResults(loaded.map((l) => l.results));
  if (!merged.ok) throw new UsageError(`cannot merge --results directories: ${merged.message}`);
  return { loaded, merged: merged.results };
}

// src/gate/baseline-store.ts
import { mkdir, readdir, rename, rm, stat as stat2, writeFile } from "node:fs/promises";
import { join } from "node:path";
async function readBaseline(dir) {
  if (!await isDir(dir)) return { runs: [], note: `no baseline at ${dir} yet (first promotion?): metrics are judged against floors only` };
  if (await exists(join(dir, "results.json"))) return { runs: [(await loadResults(dir)).results], note: null };
  const runsDir = join(dir, "runs");
  const names = await isDir(runsDir) ? (await readdir(runsDir)).sort() : [];
  const runs = [];
  for (const name of names) runs.push((await loadResults(join(runsDir, name))).results);
  return { runs, note: runs.length === 0 ? `baseline ${dir} holds no results: metrics are judged against floors only` : null };
}
function groupRuns(loaded) {
  const byId = /* @__PURE__ */ new Map();
  for (const { results } of loaded) byId.set(results.run.id, [...byId.get(results.run.id) ?? [], results]);
  const runs = [];
  const problems = [];
  for (const shards of byId.values()) {
    const merged = mergeResults(shards);
    if (merged.ok) runs.push(merged.results);
    else problems.push(merged.message);
  }
  return { runs, problems };
}
async function writeBaseline(dir, runs, promotedAt) {
  const staging = `${dir}.staging-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(join(staging, "runs"), { recursive: true });
  const index = [];
  for (const [i, results] of runs.entries()) {
    const name = `${String(i + 1).padStart(2, "0")}-${results.run.id.replace(/[^A-Za-z0-9._-]/g, "_").slice(0, 80)}`;
    await mkdir(join(staging, "runs", name));
    await writeFile(join(staging, "runs", name, "results.json"), `${JSON.stringify(results, null, 2)}
`);
    index.push(name);
  }
  await writeFile(join(staging, "baseline.json"), `${JSON.stringify({ promotedAt, runs: index }, null, 2)}
`);
  const old = `${dir}.old-${process.pid}`;
  if (await exists(dir)) await rename(dir, old);
  await rename(staging, dir);
  await rm(old, { recursive: true, force: true });
}
async function exists(path) {
  try {
    await stat2(path);
    return true;
  } catch {
    return false;
  }
}
async function isDir(path) {
  try {
    return (await stat2(path)).isDirectory();
  } catch {
    return false;
  }
}

// src/gate/step-data.ts
var num = external_exports.number().finite();
var cell = num.nullable();
var NvlinkErrorsShape = external_exports.object({ gpus: external_exports.array(external_exports.object({ index: external_exports.number().int(), totals: external_exports.record(external_exports.string(), num) })) });
var NvbandwidthShape = external_exports.object({
  testcases: external_exports.array(external_exports.object({ name: external_exports.string(), status: external_exports.string(), matrix: external_exports.array(external_exports.array(cell)).nullable() }))
});
var P2pShape = external_exports.object({
  matrices: external_exports.array(
    external_exports.object({ title: external_exports.string(), metric: external_exports.string(), direction: external_exports.string().nullable(), p2p: external_exports.boolean().nullable(), values: external_exports.array(external_exports.array(cell)) })
  )
});
var NcclShape = external_exports.object({
  largest: external_exports.object({ sizeBytes: num, outOfPlace: external_exports.object({ busbwGBs: num }) }).nullable()
});
var DmesgShape = external_exports.object({
  events: external_exports.array(external_exports.object({ kind: external_exports.string(), line: external_exports.number().optional(), message: external_exports.string().optional() }).passthrough())
});
var XidEventShape = external_exports.object({ kind: external_exports.literal("xid"), xid: external_exports.number().int(), pci: external_exports.string().optional(), detail: external_exports.string().optional() });
var IommuEventShape = external_exports.object({ kind: external_exports.literal("iommu-fault"), vendor: external_exports.string(), device: external_exports.string() });
var TrainStepShape = external_exports.object({ stepTimeMs: num });
function readData(steps, kind, shape) {
  const out = [];
  for (const step of steps) {
    if (!(kind in step.data)) continue;
    const parsed = shape.safeParse(step.data[kind]);
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}

// src/gate/measurements.ts
var NVBANDWIDTH_PAIR_TESTS = ["device_to_device_memcpy_write_ce", "device_to_device_memcpy_read_ce", "device_to_device_memcpy_write_sm"];
function measurementsOf(results, policy) {
  return results.canaries.flatMap((canary) => canaryMeasurements(canary, policy));
}
function canaryMeasurements(canary, policy) {
  const out = [];
  const found = canaryTopology(canary);
  const floor = floorForRate(linkRateGBs(found), policy.bandwidthFloor, policy.linkGenerations);
  const pairMatrix = (matrix) => {
    for (const pair of pairsFromMatrix(matrix, (a, b) => pairPeakGBs(found, a, b))) {
      out.push({ canary: canary.name, metric: "peer-bandwidth", subject: `GPU${pair.a}->GPU${pair.b}`, value: pair.GBs, unit: "GB/s", peak: pair.peakGBs, floor: pair.peakGBs === null ? null : floor });
    }
  };
  for (const nvb of readData(canary.steps, "nvbandwidth", NvbandwidthShape)) {
    const testcase = NVBANDWIDTH_PAIR_TESTS.map((name) => nvb.testcases.find((t) => t.name === name && t.status === "ok" && t.matrix)).find(Boolean);
    if (testcase?.matrix) pairMatrix(testcase.matrix);
  }
  for (const p2p of readData(canary.steps, "p2p", P2pShape)) {
    const matrix = p2pPairMatrix(p2p.matrices);
    if (matrix) pairMatrix(matrix);
  }
  for (const nccl of readData(canary.steps, "nccl", NcclShape)) {
    if (nccl.largest) out.push({ canary: canary.name, metric: "nccl-busbw", subject: "all_reduce", value: nccl.largest.outOfPlace.busbwGBs, unit: "GB/s", peak: null, floor: null });
  }
  for (const train of readData(canary.steps, "train-step", TrainStepShape)) {
    out.push({ canary: canary.name, metric: "step-time", subject: "step", value: train.stepTimeMs, unit: "ms", peak: null, floor: null });
  }
  for (const errors of readData(canary.steps, "nvlink-errors", NvlinkErrorsShape)) {
    for (const gpu of errors.gpus) {
      const total = Object.values(gpu.totals).reduce((a, b) => a + b, 0);
      out.push({ canary: canary.name, metric: "nvlink-errors", subject: `GPU${gpu.index}`, value: total, unit: "count", peak: null, floor: null });
    }
  }
  return out;
}

// src/gate/mann-whitney.ts
var EXACT_LIMIT = 30;
function mannWhitneyU(x, y) {
  const n = x.length;
  const m = y.length;
  if (n === 0 || m === 0) return { u: 0, p: 1, exact: true };
  const all = [...x.map((v) => ({ v, fromX: true })), ...y.map((v) => ({ v, fromX: false }))].sort((a, b) => a.v - b.v);
  const ranks = new Array(all.length);
  const tieGroups = [];
  for (let i = 0; i < all.length; ) {
    let j = i;
    while (j + 1 < all.length && all[j + 1].v === all[i].v) j++;
    const rank = (i + j + 2) / 2;
    for (let k = i; k <= j; k++) ranks[k] = rank;
    if (j > i) tieGroups.push(j - i + 1);
    i = j + 1;
  }
  const rankSumX = all.reduce((sum, item, index) => item.fromX ? sum + ranks[index] : sum, 0);
  const u = rankSumX - n * (n + 1) / 2;
  if (tieGroups.length === 0 && n <= EXACT_LIMIT && m <= EXACT_LIMIT) {
    return { u, p: exactTwoSided(u, n, m), exact: true };
  }
  const mean = n * m / 2;
  const tieTerm = tieGroups.reduce((sum, t) => sum + (t * t * t - t), 0);
  const total = n + m;
  const variance = n * m / 12 * (total + 1 - tieTerm / (total * (total - 1)));
  if (variance <= 0) return { u, p: 1, exact: false };
  const z = Math.max(0, Math.abs(u - mean) - 0.5) / Math.sqrt(variance);
  return { u, p: Math.min(1, 2 * (1 - normalCdf(z))), exact: false };
}
function exactTwoSided(u, n, m) {
  const counts = uDistribution(n, m);
  const total = counts.reduce((a, b) => a + b, 0);
  const mean = n * m / 2;
  const distance = Math.abs(u - mean);
  let extreme = 0;
  counts.forEach((count, value) => {
    if (Math.abs(value - mean) >= distance - 1e-9) extreme += count;
  });
  return Math.min(1, extreme / total);
}
function uDistribution(n, m) {
  let previous = [];
  for (let i = 0; i <= n; i++) {
    const row = [];
    for (let j = 0; j <= m; j++) {
      if (i === 0 || j === 0) row.push([1]);
      else {
        const a = previous[j];
        const b = row[j - 1];
        const size = i * j + 1;
        const dist = new Array(size).fill(0);
        a.forEach((c, k) => dist[k + j] = (dist[k + j] ?? 0) + c);
        b.forEach((c, k) => dist[k] = (dist[k] ?? 0) + c);
        row.push(dist);
      }
    }
    previous = row;
  }
  return previous[m];
}
function normalCdf(z) {
  const t = 1 / (1 + 0.3275911 * (Math.abs(z) / Math.SQRT2));
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-(z * z / 2));
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}
function median(values) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

// src/gate/metric-judge.ts
function judgeMetrics(current, baseline, policy, measure = measurementsOf) {
  const controls = new Set(current.flatMap((r) => r.canaries.filter((c) => c.control || c.state !== "ok").map((c) => c.name)));
  const now = groupSamples(current.flatMap((r) => measure(r, policy)).filter((m) => !controls.has(m.canary)));
  const before = groupSamples(baseline.flatMap((r) => measure(r, policy)));
  const judgements = [];
  const failures = [];
  for (const [key, samples] of now) {
    const first = samples[0];
    const rule = policy.metrics.find((r) => r.metric === first.metric);
    if (!rule) continue;
    const minSamples = rule.minSamples ?? policy.minSamples;
    const values = samples.map((s) => s.value);
    const base = (before.get(key) ?? []).map((s) => s.value);
    const medianNow = median(values);
    const medianBefore = base.length > 0 ? median(base) : null;
    const ofPeak = first.peak ? medianNow / first.peak : null;
    const floor = ofPeak !== null ? first.floor : null;
    const belowFloor = floor !== null && ofPeak !== null && ofPeak < floor;
    let change = null;
    let p = null;
    let method = "floor-only";
    let regression = false;
    if (medianBefore !== null) {
      change = medianBefore === 0 ? medianNow === 0 ? 0 : Math.sign(medianNow) * Number.POSITIVE_INFINITY : (medianNow - medianBefore) / Math.abs(medianBefore);
      const bad = rule.badDirection === "down" ? -change : change;
      if (values.length >= minSamples && base.length >= minSamples) {
        method = "mann-whitney";
        p = mannWhitneyU(values, base).p;
        regression = p < policy.significance && bad > rule.maxRegression;
      } else {
        method = "threshold";
        regression = bad > rule.maxRegression;
      }
    }
    const judgement = {
      canary: first.canary,
      metric: first.metric,
      subject: first.subject,
      method,
      samples: { current: values.length, baseline: base.length },
      median: { current: medianNow, baseline: medianBefore },
      change,
      p,
      ofPeak,
      regression,
      belowFloor,
      moreRunsForStatistics: method === "mann-whitney" ? 0 : Math.max(0, minSamples - values.length)
    };
    judgements.push(judgement);
    if (belowFloor) {
      failures.push({
        canary: first.canary,
        check: "bandwidth-floor",
        message: `${first.canary}: ${first.subject} ${fmt(medianNow)} ${first.unit} is ${pct(ofPeak)} of peak ${fmt(first.peak)} ${first.unit} (floor ${pct(floor)})`
      });
    }
    if (regression) failures.push({ canary: first.canary, check: first.metric, message: regressionMessage(judgement, first, rule.maxRegression, minSamples) });
  }
  return { judgements, failures };
}
function regressionMessage(j, m, maxRegression, minSamples) {
  const how = j.method === "mann-whitney" ? `Mann\u2013Whitney p=${j.p.toPrecision(2)}, ${j.samples.current} vs ${j.samples.baseline} samples` : `threshold ${pct(maxRegression)}: ${j.samples.current} vs ${j.samples.baseline} samples; ${Math.max(j.moreRunsForStatistics, minSamples - j.samples.baseline, 0)} more run(s) would make it statistical`;
  return `${j.canary}: ${j.metric} ${j.subject} ${signedPct(j.change)} vs baseline (median ${fmt(j.median.current)} vs ${fmt(j.median.baseline)} ${m.unit}; ${how})`;
}
function groupSamples(measurements) {
  const groups = /* @__PURE__ */ new Map();
  for (const m of measurements) {
    const key = `${m.canary}\0${m.metric}\0${m.subject}`;
    const list = groups.get(key);
    if (list) list.push(m);
    else groups.set(key, [m]);
  }
  return groups;
}
var fmt = (n) => Number.isInteger(n) ? String(n) : n.toFixed(1);
var pct = (fraction) => `${Math.round(fraction * 1e3) / 10}%`;
var signedPct = (fraction) => Number.isFinite(fraction) ? `${fraction >= 0 ? "+" : ""}${pct(fraction)}` : fraction > 0 ? "+\u221E" : "\u2212\u221E";

// src/gate/xid-catalogue.ts
var XID_NAMES = {
  13: "GR_EXCEPTION, graphics engine exception",
  31: "GPU memory page fault",
  43: "GPU stopped processing",
  45: "preemptive removal",
  46: "GPU timeout",
  48: "double-bit ECC error",
  62: "PMU halt",
  63: "row remap / page retirement event",
  64: "row remap / page retirement failure",
  74: "NVLink error",
  79: "GPU has fallen off the bus",
  92: "excessive single-bit ECC interrupts",
  94: "contained memory error",
  95: "uncontained memory error",
  109: "context switch timeout",
  119: "GSP RPC timeout",
  120: "GSP error",
  121: "C2C error",
  136: "link training failed",
  140: "unrecoverable ECC error escape",
  143: "GPU init error",
  144: "NVLink SAW error",
  145: "NVLink RLW error",
  146: "NVLink TLW error",
  147: "NVLink TREX error",
  148: "NVLink NVLPW control error",
  149: "NVLink NETIR error",
  150: "NVLink MSE error"
};
function xidName(xid) {
  return XID_NAMES[xid] ?? "see NVIDIA Xid catalogue";
}

// src/gate/signals.ts
function infrastructureTrouble(results) {
  const reasons = [];
  if (!results.run.complete) reasons.push({ canary: null, check: "run", message: "the run did not complete (cancelled or timed out before every step ended, or a shard leg is missing)" });
  for (const canary of results.canaries) {
    if (canary.state !== "ok") {
      reasons.push({ canary: canary.name, check: "host", message: `${canary.name} (${canary.host}): ${canary.state}` });
      continue;
    }
    for (const step of canary.steps) {
      if (step.status === "error") {
        reasons.push({ canary: canary.name, check: step.name, message: `${step.name}: ${step.reason ?? "could not run or could not be read"}` });
      }
    }
    if (canary.control) {
      const failed = canary.steps.filter((s) => s.status === "fail");
      if (failed.length > 0) {
        reasons.push({
          canary: canary.name,
          check: "control",
          message: `control canary (known-good build) fails too: ${failed.map((s) => `${s.name}: ${s.reason ?? "fail"}`).join("; ")}`
        });
      }
    }
  }
  return reasons;
}
var REJUDGED_CHECKS = /* @__PURE__ */ new Set([XID_CHECK, kernelLogCheckName("nvlink-error"), kernelLogCheckName("iommu-fault")]);
function hardChecks(results, policy) {
  const failures = [];
  const warnings = [];
  for (const canary of results.canaries) {
    if (canary.control || canary.state !== "ok") continue;
    factChecks(canary, policy, failures);
    for (const step of canary.steps) {
      const rejudged = readData([step], "dmesg", DmesgShape).length > 0;
      for (const check of step.checks) {
        if (check.status === "fail" && !(rejudged && REJUDGED_CHECKS.has(check.name))) {
          failures.push({ canary: canary.name, check: `${step.name}/${check.name}`, message: `${canary.name}: ${check.message}` });
        }
      }
    }
    kernelLogChecks(canary, policy, failures, warnings);
    if (policy.expectedActiveNvlinks !== void 0) nvlinkChecks(canary, policy.expectedActiveNvlinks, failures, warnings);
  }
  return { failures, warnings };
}
function factChecks(canary, policy, failures) {
  const { kernelRelease, driverVersion } = canary.facts;
  if (policy.expectedKernelRelease && kernelRelease !== policy.expectedKernelRelease) {
    failures.push({ canary: canary.name, check: "kernel-release", message: `${canary.name}: uname -r is ${kernelRelease ?? "unknown"}, expected ${policy.expectedKernelRelease}` });
  }
  if (policy.expectedDriverVersion && driverVersion !== policy.expectedDriverVersion) {
    failures.push({ canary: canary.name, check: "driver-version", message: `${canary.name}: driver ${driverVersion ?? "not loaded"}, expected ${policy.expectedDriverVersion}` });
  }
}
function kernelLogChecks(canary, policy, failures, warnings) {
  const seen = /* @__PURE__ */ new Set();
  for (const dmesg of readData(canary.steps, "dmesg", DmesgShape)) {
    for (const event of dmesg.events) {
      const xid = XidEventShape.safeParse(event);
      if (xid.success) {
        const { xid: n, pci } = xid.data;
        const key = `xid:${n}:${pci ?? ""}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const fatal = policy.fatalXids.includes(n);
        const where = pci ? ` on ${pci}` : "";
        const reason = { canary: canary.name, check: "xid", message: `${canary.name}: Xid ${n} (${xidName(n)})${where}${fatal ? ", fatal" : ", non-fatal"}` };
        if (fatal || policy.nonFatalXids === "rollback") failures.push(reason);
        else warnings.push(reason);
        continue;
      }
      const iommu = IommuEventShape.safeParse(event);
      if (iommu.success) {
        const key = `iommu:${iommu.data.device}`;
        if (seen.has(key)) continue;
        seen.add(key);
        failures.push({ canary: canary.name, check: "iommu", message: `${canary.name}: IOMMU fault (${iommu.data.vendor}) from device ${iommu.data.device}` });
      }
    }
  }
}
function nvlinkChecks(canary, expected, failures, warnings) {
  const topologyFailed = canary.steps.some((s) => s.checks.some((c) => c.status === "fail" && /nvlink/i.test(`${c.name} ${c.message}`)));
  if (topologyFailed) return;
  const found = canaryTopology(canary);
  if (!found) return;
  for (const finding of diffLinks({ gpus: found.gpus.length, activeLinksPerGpu: expected }, found)) {
    const reason = { canary: canary.name, check: "nvlinks", message: `${canary.name}: ${finding.message}` };
    if (finding.kind === "nvlink-missing") warnings.push({ ...reason, message: `${reason.message} (expectedActiveNvlinks not checked)` });
    else failures.push(reason);
  }
}

// src/gate/decide.ts
function decide(input) {
  const { policy } = input;
  const infra = [...input.trouble ?? [], ...input.current.flatMap(infrastructureTrouble)];
  const hard = input.current.map((r) => hardChecks(r, policy));
  const hardFailures = dedupe(hard.flatMap((h) => h.failures));
  const warnings = dedupe(hard.flatMap((h) => h.warnings));
  const metrics = judgeMetrics(input.current, input.baseline, policy, input.measure);
  const remaining = Math.max(0, policy.retryBudget - (input.attempt - 1));
  const method = {
    order: ["infrastructure", "hard-checks", "metrics", "fleet"],
    decidedBy: "none",
    statistics: { test: "mann-whitney-u", significance: policy.significance, minSamples: policy.minSamples },
    runs: { current: input.current.length, baseline: input.baseline.length },
    baseline: input.baselineSource,
    retry: { budget: policy.retryBudget, attempt: input.attempt, remaining, exhausted: false },
    metrics: metrics.judgements,
    warnings
  };
  if (input.current.length === 0 && infra.length === 0) {
    return { verdict: "INCONCLUSIVE", reasons: [{ canary: null, check: "results", message: "no results to judge" }], method: { ...method, decidedBy: "infrastructure" } };
  }
  if (infra.length > 0) {
    const reasons = dedupe(infra);
    method.warnings = [...warnings, ...hardFailures.map((r) => ({ ...r, message: `${r.message} (not judged: infrastructure trouble)` }))];
    method.retry.exhausted = remaining === 0;
    if (remaining === 0) {
      reasons.push({ canary: null, check: "retry-budget", message: `retry budget spent (${policy.retryBudget} re-run(s)); a human must decide` });
    }
    return { verdict: "INCONCLUSIVE", reasons, method: { ...method, decidedBy: "infrastructure" } };
  }
  if (hardFailures.length > 0) return { verdict: "ROLLBACK", reasons: hardFailures, method: { ...method, decidedBy: "hard-checks" } };
  if (metrics.failures.length > 0) return { verdict: "ROLLBACK", reasons: dedupe(metrics.failures), method: { ...method, decidedBy: "metrics" } };
  return { verdict: "PROMOTE", reasons: [], method };
}
function dedupe(reasons) {
  const seen = /* @__PURE__ */ new Set();
  return reasons.filter((r) => {
    const key = `${r.canary}\0${r.check}\0${r.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// src/gate/policy-file.ts
var import_yaml = __toESM(require_dist(), 1);
import { readFile } from "node:fs/promises";
async function loadPolicy(file) {
  if (!file) return GatePolicy.parse({});
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new UsageError(`cannot read policy ${file}: ${error.code ?? String(error)}`);
  }
  if (text.length > 1024 * 1024) throw new UsageError(`policy ${file} is larger than 1 MiB`);
  let data;
  try {
    data = (0, import_yaml.parse)(text, { maxAliasCount: 100 }) ?? {};
  } catch (error) {
    throw new UsageError(`policy ${file} is not valid YAML/JSON: ${error.message.split("\n")[0]}`);
  }
  const isManifest = typeof data === "object" && data !== null && "version" in data && "canaries" in data;
  const section = isManifest ? data.gate ?? {} : data;
  const parsed = GatePolicy.safeParse(section);
  if (parsed.success) return parsed.data;
  throw new UsageError(`policy ${file}: ${parsed.error.issues.length} problem(s)`, {
    details: parsed.error.issues.map((i) => `${isManifest ? "gate." : ""}${i.path.map(String).join(".") || "(root)"}: ${i.message}`)
  });
}

export {
  shardLegs,
  loadResults,
  loadResultsSet,
  readBaseline,
  groupRuns,
  writeBaseline,
  DmesgShape,
  XidEventShape,
  readData,
  measurementsOf,
  fmt,
  signedPct,
  decide,
  loadPolicy,
  xmlSafe,
  capLines,
  capText,
  mdText,
  mdCode
};
