import { createRequire as __linkgateRequire } from 'node:module'; const require = __linkgateRequire(import.meta.url);
import {
  RemoteError,
  connectSsh,
  inShard,
  require_lib,
  selectCanaries,
  sshTargetFromCanary
} from "./chunk-WQBOWWSI.js";
import {
  RAW_DIR,
  diffTopology,
  floorForRate,
  gpuPeakGBs,
  isConnectionCell,
  isCpuList,
  isCutLegend,
  isP2pCell,
  isSafeRawName,
  keepParsed,
  kernelLogCheckName,
  legendKey,
  linkRateGBs,
  nvlinkCount,
  p2pPairMatrix,
  pairPeakGBs,
  pairsFromMatrix,
  readResults,
  topologyFromStepData,
  unglue,
  writeResults,
  writeTopologyDb
} from "./chunk-WVTX2LOG.js";
import {
  VERSION
} from "./chunk-VUR7653D.js";
import {
  BandwidthSettings,
  DcgmSettings,
  ExpectedTopology,
  FabricSettings,
  PreflightSettings,
  SMOKE_STEPS,
  TrainingSettings,
  formatProblem,
  loadManifest
} from "./chunk-7IOPUCAM.js";
import {
  LinkGeneration
} from "./chunk-GIWQTAUD.js";
import {
  ExitCode,
  InfraError,
  UsageError,
  __toESM,
  external_exports,
  messageOf,
  systemClock
} from "./chunk-2RUS7HNP.js";

// src/smoke/run.ts
import { mkdir as mkdir2 } from "node:fs/promises";

// src/remote/outcome-groups.ts
function summarizeOutcomes(outcomes) {
  const groups = /* @__PURE__ */ new Map();
  for (const { name, outcome } of [...outcomes].sort((a, b) => naturalCompare(a.name, b.name))) {
    const names = groups.get(outcome) ?? [];
    names.push(name);
    groups.set(outcome, names);
  }
  return [...groups].map(([outcome, names]) => `${foldNames(names)}: ${outcome}`).join("; ");
}
function foldNames(names) {
  const buckets = /* @__PURE__ */ new Map();
  const parts = [];
  for (const name of [...new Set(names)]) {
    const match = /^(.*?)(\d+)$/.exec(name);
    if (!match) {
      parts.push(name);
      continue;
    }
    const [, prefix = "", digits = ""] = match;
    const key = `${prefix}\0${digits.length}`;
    let bucket = buckets.get(key);
    if (!bucket) {
      bucket = { prefix, width: digits.length, numbers: [] };
      buckets.set(key, bucket);
      parts.push({ key });
    }
    bucket.numbers.push(Number(digits));
  }
  return parts.map((part) => {
    if (typeof part === "string") return part;
    const { prefix, width, numbers } = buckets.get(part.key);
    const pad = (n) => String(n).padStart(width, "0");
    if (numbers.length === 1) return `${prefix}${pad(numbers[0])}`;
    return `${prefix}[${ranges([...numbers].sort((a, b) => a - b)).map(([lo, hi]) => lo === hi ? pad(lo) : `${pad(lo)}-${pad(hi)}`).join(",")}]`;
  }).join(",");
}
function ranges(sorted) {
  const out = [];
  for (const n of sorted) {
    const last = out[out.length - 1];
    if (last && n === last[1] + 1) last[1] = n;
    else if (!last || n !== last[1]) out.push([n, n]);
  }
  return out;
}
function naturalCompare(a, b) {
  return a.localeCompare(b, "en", { numeric: true });
}

// src/remote/fanout.ts
async function runFanOut(targets, options) {
  const outcomes = new Array(targets.length);
  let next = 0;
  const worker = async () => {
    while (next < targets.length) {
      const index = next++;
      outcomes[index] = await runHost(targets[index], options);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, targets.length)) }, worker));
  return outcomes;
}
async function runHost(target, options) {
  const name = options.nameOf(target);
  const started = Date.now();
  const done = (state, message, value, connectMs2) => {
    if (state !== "ok") options.logger.warn(`[${name}] ${state}: ${message}`);
    return { name, state, message, value, connectMs: connectMs2, durationMs: Date.now() - started, cancelled: options.signal?.aborted ?? false };
  };
  if (options.signal?.aborted) return done("timeout", "cancelled before it started", null, null);
  let host;
  try {
    host = await options.connect(target, options.signal);
  } catch (error) {
    if (options.signal?.aborted) return done("timeout", "cancelled while connecting", null, null);
    return done(error instanceof RemoteError ? error.state : "unreachable", messageOf(error), null, null);
  }
  const connectMs = Date.now() - started;
  const tracked = trackConnection(host);
  try {
    const result = await options.work(tracked.host, target, { name, signal: options.signal, logger: options.logger });
    const lost = tracked.lost();
    if (result.state === "ok" && lost) return done(lost.state, lost.message, result.value, connectMs);
    return done(result.state, result.message, result.value, connectMs);
  } catch (error) {
    if (options.signal?.aborted) return done("timeout", `cancelled: ${messageOf(error)}`, null, connectMs);
    return done(error instanceof RemoteError ? error.state : "failed", messageOf(error), null, connectMs);
  } finally {
    await host.close().catch(() => void 0);
  }
}
function trackConnection(host) {
  let lost = null;
  const watch = async (call2) => {
    try {
      return await call2;
    } catch (error) {
      if (error instanceof RemoteError) lost ??= error;
      throw error;
    }
  };
  return {
    lost: () => lost,
    host: {
      name: host.name,
      exec: (argv, execOptions) => watch(host.exec(argv, execOptions)),
      put: (local, remote, putOptions) => watch(host.put(local, remote, putOptions)),
      get: (remote, local) => watch(host.get(remote, local)),
      close: () => host.close()
    }
  };
}
function summarizeFanOut(outcomes) {
  return summarizeOutcomes(outcomes.map((o) => ({ name: o.name, outcome: o.state })));
}

// src/remote/lease.ts
import { randomBytes } from "node:crypto";
var LEASE_SCRIPT = [
  "op=$1 dir=$2 name=$3 token=$4 owner=$5 url=$6 ttl=$7",
  'mkdir -p "$dir" || exit 3',
  'g="$dir/$name.guard" f="$dir/$name.lease" i=0',
  // A guard still there after ~10 s belongs to a holder that died inside these few lines.
  'until mkdir "$g" 2>/dev/null; do i=$((i+1)); if [ "$i" -ge 200 ]; then rmdir "$g" 2>/dev/null; i=0; fi; sleep 0.05 2>/dev/null || sleep 1; done',
  `trap 'rmdir "$g" 2>/dev/null' EXIT`,
  "now=$(date +%s) ht= hx=0 ho= hu=",
  'if [ -f "$f" ]; then while IFS="=" read -r k v; do case $k in token) ht=$v;; expires) hx=$v;; owner) ho=$v;; url) hu=$v;; esac; done < "$f"; fi',
  "case $op in",
  "acquire|renew)",
  '  if [ -n "$ht" ] && [ "$ht" != "$token" ] && [ "$hx" -gt "$now" ]; then printf "state=busy\\nexpires=%s\\nnow=%s\\nowner=%s\\nurl=%s\\n" "$hx" "$now" "$ho" "$hu"; exit 0; fi',
  '  if [ "$op" = renew ] && [ "$ht" != "$token" ]; then printf "state=lost\\nnow=%s\\n" "$now"; exit 0; fi',
  '  printf "token=%s\\nowner=%s\\nurl=%s\\nexpires=%s\\nacquired=%s\\n" "$token" "$owner" "$url" "$((now+ttl))" "$now" > "$f.tmp" && mv -f "$f.tmp" "$f" || exit 3',
  '  s=; if [ -n "$ht" ] && [ "$ht" != "$token" ]; then s=$ho; fi',
  '  printf "state=held\\nexpires=%s\\nnow=%s\\nstale=%s\\n" "$((now+ttl))" "$now" "$s";;',
  "release)",
  '  if [ "$ht" = "$token" ]; then rm -f "$f"; echo state=released; else echo state=not-held; fi;;',
  "*) exit 2;;",
  "esac"
].join("\n");
var LeaseBusyError = class extends InfraError {
};
var DEFAULT_LEASE_DIR = ".linkgate/leases";
var DEFAULT_LEASE_TTL_MS = 30 * 6e4;
async function call(host, op, options, token) {
  const clean = (text) => text.replace(/[\r\n]/g, " ");
  const ttl = Math.max(1, Math.ceil((options.ttlMs ?? DEFAULT_LEASE_TTL_MS) / 1e3));
  const result = await host.exec(
    ["sh", "-c", LEASE_SCRIPT, "linkgate-lease", op, options.dir ?? DEFAULT_LEASE_DIR, options.canary, token, clean(options.owner), clean(options.runUrl ?? ""), String(ttl)],
    { timeoutMs: 6e4 }
  );
  if (result.exitCode !== 0) {
    throw new InfraError(`${options.canary}: lease ${op} failed on the canary (exit ${result.exitCode ?? result.signal}): ${result.stderr.trim()}`);
  }
  return Object.fromEntries(result.stdout.split("\n").flatMap((line) => line.includes("=") ? [[line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]] : []));
}
async function acquireLease(host, options) {
  if (!/^[a-z0-9][a-z0-9._-]{0,62}$/.test(options.canary)) throw new InfraError(`lease: invalid canary name ${JSON.stringify(options.canary)}`);
  const token = randomBytes(12).toString("hex");
  const started = options.clock.now();
  let busySince = null;
  const waitMs = options.waitMs ?? 60 * 6e4;
  let announced = "";
  for (; ; ) {
    if (options.signal?.aborted) throw options.signal.reason;
    const reply = await call(host, "acquire", options, token);
    if (reply.state === "held") {
      if (reply.stale) options.logger.warn(`${options.canary}: took over an expired lease of ${reply.stale}`);
      const waitedMs = busySince === null ? 0 : options.clock.now() - busySince;
      options.logger.info(`${options.canary}: lease acquired${waitedMs > 0 ? ` after waiting ${Math.round(waitedMs / 1e3)} s` : ""}`);
      let expiresAt = Number(reply.expires);
      return {
        canary: options.canary,
        token,
        waitedMs,
        get expiresAt() {
          return expiresAt;
        },
        renew: async () => {
          const renewed = await call(host, "renew", options, token);
          if (renewed.state !== "held") throw new InfraError(`${options.canary}: lease lost (${renewed.state}${renewed.owner ? `, now held by ${renewed.owner}` : ""})`);
          expiresAt = Number(renewed.expires);
        },
        release: async () => {
          await call(host, "release", options, token);
          options.logger.info(`${options.canary}: lease released`);
        }
      };
    }
    if (reply.state !== "busy") throw new InfraError(`${options.canary}: unexpected lease reply ${JSON.stringify(reply)}`);
    busySince ??= options.clock.now();
    const holder = `${reply.owner || "unknown"}${reply.url ? ` (${reply.url})` : ""}`;
    if (holder !== announced) {
      options.logger.info(`${options.canary}: busy, leased by ${holder} for another ${Number(reply.expires) - Number(reply.now)} s; waiting`);
      announced = holder;
    }
    const waited = options.clock.now() - started;
    if (waited >= waitMs) {
      throw new LeaseBusyError(`${options.canary}: still leased by ${holder} after waiting ${Math.round(waited / 1e3)} s`);
    }
    await options.clock.sleep(Math.min(options.pollMs ?? 1e4, waitMs - waited), options.signal);
  }
}
async function withLease(host, options, fn) {
  const lease = await acquireLease(host, options);
  const every = Math.max(1e3, Math.floor((options.ttlMs ?? DEFAULT_LEASE_TTL_MS) / 3));
  const timer = setInterval(() => {
    lease.renew().catch((error) => options.logger.warn(`${options.canary}: lease renewal failed: ${messageOf(error)}`));
  }, every);
  try {
    return await fn(lease);
  } finally {
    clearInterval(timer);
    await lease.release().catch((error) => options.logger.warn(`${options.canary}: lease release failed (it expires by itself): ${messageOf(error)}`));
  }
}

// src/smoke/module-digests.ts
import { readFile } from "node:fs/promises";
var Signatures = external_exports.object({
  modules: external_exports.array(external_exports.object({ file: external_exports.string().min(1), sha256After: external_exports.string().regex(/^[0-9a-f]{64}$/) })).min(1)
});
async function readModuleDigests(path) {
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch {
    throw new UsageError(`cannot read the signing manifest ${path}`);
  }
  let json;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${path}: not valid JSON (${error.message})`);
  }
  const parsed = Signatures.safeParse(json);
  if (!parsed.success) {
    throw new UsageError(`${path}: not a signing manifest (expected {"modules": [{"file", "sha256After"}]})`, {
      details: parsed.error.issues.slice(0, 10).map((i) => `${i.path.map(String).join(".")}: ${i.message}`)
    });
  }
  return new Map(parsed.data.modules.map((m) => [m.file.split("/").at(-1), m.sha256After]));
}

// src/smoke/bundle/format.ts
import { readFile as readFile2, stat } from "node:fs/promises";
import { join } from "node:path";

// src/smoke/config.ts
var DEFAULT_TIMEOUTS_S = {
  preflight: 60,
  "module-load": 120,
  topology: 120,
  "peer-bandwidth": 900,
  "training-step": 900,
  fabric: 60,
  "dcgm-diag": 1800
};
var SuiteConfig = external_exports.object({
  steps: external_exports.array(external_exports.enum(SMOKE_STEPS)).min(1).default(["preflight", "module-load", "topology", "peer-bandwidth", "training-step"]),
  timeoutsS: external_exports.partialRecord(external_exports.enum(SMOKE_STEPS), external_exports.number().positive()).default({}),
  expectedKernelRelease: external_exports.string().nullable().default(null),
  expectedDriverVersion: external_exports.string().nullable().default(null),
  expected: ExpectedTopology.nullable().default(null),
  driver: external_exports.object({
    module: external_exports.string().regex(/^[A-Za-z0-9_-]+$/).default("nvidia"),
    load: external_exports.enum(["modprobe", "insmod"]).default("modprobe"),
    path: external_exports.string().nullable().default(null)
  }).strict().prefault({}),
  preflight: PreflightSettings.prefault({}),
  bandwidth: BandwidthSettings.extend({
    /** Each pair's bandwidth as a fraction of its NVLink peak (the manifest's gate.bandwidthFloor). */
    floor: external_exports.number().gt(0).max(1).default(0.7),
    /** Largest tolerated drop vs the baseline run's same pair (the manifest's gate.maxRegression). */
    maxRegression: external_exports.number().gt(0).max(1).default(0.05),
    /** Per-generation floors (the manifest's gate.linkGenerations), so the step and the gate judge alike. */
    linkGenerations: external_exports.array(LinkGeneration).default([])
  }).strict().prefault({}),
  training: TrainingSettings.prefault({}),
  fabric: FabricSettings.prefault({}),
  dcgm: DcgmSettings.prefault({})
}).strict();
function suiteConfigFor(manifest, canaryName) {
  const canary = manifest.canaries.find((c) => c.name === canaryName);
  if (!canary) throw new Error(`no canary named ${canaryName}`);
  return SuiteConfig.parse({
    steps: manifest.smoke.steps,
    timeoutsS: manifest.smoke.timeouts,
    expectedKernelRelease: manifest.smoke.expectedKernelRelease ?? null,
    expectedDriverVersion: manifest.smoke.expectedDriverVersion ?? null,
    expected: canary.expected ?? null,
    driver: { module: canary.driver.module, load: canary.driver.load, path: canary.driver.path ?? null },
    preflight: manifest.smoke.preflight,
    bandwidth: { ...manifest.smoke.bandwidth, floor: manifest.gate.bandwidthFloor, maxRegression: manifest.gate.maxRegression, linkGenerations: manifest.gate.linkGenerations },
    training: manifest.smoke.training,
    fabric: manifest.smoke.fabric,
    dcgm: manifest.smoke.dcgm
  });
}
function stepTimeoutMs(config, step) {
  return (config.timeoutsS[step] ?? DEFAULT_TIMEOUTS_S[step]) * 1e3;
}

// src/smoke/bundle/format.ts
var BUNDLE_FORMAT = "linkgate-capture-bundle";
var META_FILE = "meta.json";
var MAX_META_BYTES = 4 * 1024 * 1024;
var MAX_OUTPUT_FILE_BYTES = 64 * 1024 * 1024;
var FileName = external_exports.string().refine(isSafeRawName, 'must be a relative path inside the bundle (no "..", no absolute paths)');
var BundleCommand = external_exports.object({
  /** The step that ran it (for people; replay matches on argv). */
  step: external_exports.string().min(1),
  label: external_exports.string().min(1),
  /** The command exactly as the suite runs it; the virtual canary answers this argv with this recording. */
  argv: external_exports.array(external_exports.string()).min(1),
  stdout: FileName.nullable(),
  stderr: FileName.nullable().default(null),
  exitCode: external_exports.number().int().min(0).max(255).nullable(),
  /** Set instead of exitCode when the command died by a signal (e.g. `KILL`). */
  signal: external_exports.string().regex(/^[A-Z0-9]+$/).nullable().default(null),
  durationMs: external_exports.number().nonnegative().default(0),
  /** The virtual canary waits this long before answering (0 = at once); tests use it to provoke timeouts. */
  replayDelayMs: external_exports.number().int().nonnegative().max(36e5).default(0),
  /** Where the recording came from (a fixture file, an edit); for SOURCES, not used by replay. */
  source: external_exports.string().optional()
}).strict().refine((c) => c.exitCode === null !== (c.signal === null), "give exactly one of exitCode and signal");
var BundleMeta = external_exports.object({
  format: external_exports.literal(BUNDLE_FORMAT),
  version: external_exports.literal(1),
  /** The canary name the replay reports (e.g. `h100-healthy`). */
  name: external_exports.string().regex(/^[a-z0-9][a-z0-9._-]{0,62}$/),
  description: external_exports.string().default(""),
  capturedAt: external_exports.string().nullable().default(null),
  tool: external_exports.object({ name: external_exports.string(), version: external_exports.string() }).nullable().default(null),
  node: external_exports.object({
    host: external_exports.string().nullable().default(null),
    kernelRelease: external_exports.string().nullable().default(null),
    driverVersion: external_exports.string().nullable().default(null),
    labels: external_exports.record(external_exports.string(), external_exports.string()).default({}),
    control: external_exports.boolean().default(false)
  }).strict().prefault({}),
  /** The settings the suite judges with: the ones the capture ran with, so a replay is judged the same way. */
  suite: SuiteConfig.prefault({}),
  commands: external_exports.array(BundleCommand)
}).strict();
async function readBundle(dir) {
  const metaPath = join(dir, META_FILE);
  let text;
  try {
    const info = await stat(metaPath);
    if (info.size > MAX_META_BYTES) throw new UsageError(`${metaPath} is ${info.size} bytes; the limit is ${MAX_META_BYTES}`);
    text = await readFile2(metaPath, "utf8");
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${dir} is not a capture bundle: no readable ${META_FILE}`);
  }
  const meta = parseBundleMeta(text, metaPath);
  const recordings = [];
  for (const command of meta.commands) {
    recordings.push({
      command,
      stdout: command.stdout === null ? Buffer.alloc(0) : await readOutput(dir, command.stdout),
      stderr: command.stderr === null ? Buffer.alloc(0) : await readOutput(dir, command.stderr)
    });
  }
  return { dir, meta, recordings };
}
function parseBundleMeta(text, where) {
  let json;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${where}: not valid JSON (${error.message})`);
  }
  const parsed = BundleMeta.safeParse(json);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.map(String).join(".") || "(root)"}: ${i.message}`);
    throw new UsageError(`${where}: not a linkgate capture bundle (${lines.length} problem(s))`, { details: lines.slice(0, 20) });
  }
  return parsed.data;
}
async function readOutput(dir, name) {
  const path = join(dir, name);
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new UsageError(`${path}: not a file`);
    if (info.size > MAX_OUTPUT_FILE_BYTES) throw new UsageError(`${path} is ${info.size} bytes; the limit is ${MAX_OUTPUT_FILE_BYTES}`);
    return await readFile2(path);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`capture bundle ${dir}: meta.json names ${name}, which cannot be read`);
  }
}

// src/smoke/virtual/server.ts
var import_ssh2 = __toESM(require_lib(), 1);
import { spawn } from "node:child_process";

// src/smoke/virtual/command-words.ts
function shellWords(text) {
  const words2 = [];
  let word = "";
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "'") {
      const end = text.indexOf("'", i + 1);
      if (end < 0) return null;
      word += text.slice(i + 1, end);
      inWord = true;
      i = end;
    } else if (c === '"') {
      let j = i + 1;
      for (; j < text.length && text[j] !== '"'; j++) {
        if (text[j] === "$" || text[j] === "`") return null;
        if (text[j] === "\\" && j + 1 < text.length && '"\\$`\n'.includes(text[j + 1])) j++;
        word += text[j];
      }
      if (j >= text.length) return null;
      inWord = true;
      i = j;
    } else if (c === "\\") {
      if (i + 1 >= text.length) return null;
      word += text[++i];
      inWord = true;
    } else if (c === " " || c === "	" || c === "\n") {
      if (inWord) words2.push(word);
      word = "";
      inWord = false;
    } else if ("$`;|&<>()".includes(c)) {
      return null;
    } else {
      word += c;
      inWord = true;
    }
  }
  if (inWord) words2.push(word);
  return words2;
}
function bootstrapLength(command) {
  const m = /^eval "\$\(head -c (\d+)\)"$/.exec(command.trim());
  return m ? Number(m[1]) : null;
}
function readExecRequest(command) {
  const words2 = shellWords(command);
  if (!words2 || words2.length === 0) return null;
  const marker = words2.indexOf("linkgate-exec");
  if (words2[0] === "exec" && marker > 0) {
    const isCount = (w) => w !== void 0 && /^\d+$/.test(w);
    let at = marker + 1;
    while (at + 2 < words2.length && !(isCount(words2[at]) && isCount(words2[at + 1]) && isCount(words2[at + 2]))) at++;
    if (at + 2 >= words2.length) return null;
    const [stdinBytes, envCount] = [Number(words2[at + 1]), Number(words2[at + 2])];
    const envWords = words2.slice(at + 3, at + 3 + envCount);
    const argv = words2.slice(at + 3 + envCount);
    if (argv.length === 0 || envWords.length !== envCount) return null;
    const env = {};
    for (const pair of envWords) {
      const eq = pair.indexOf("=");
      if (eq <= 0) return null;
      env[pair.slice(0, eq)] = pair.slice(eq + 1);
    }
    return { argv, stdinBytes, env, wrapped: true };
  }
  return { argv: words2, stdinBytes: 0, env: {}, wrapped: false };
}
function argvKey(argv) {
  return JSON.stringify(argv);
}

// src/smoke/virtual/server.ts
var { Server, utils } = import_ssh2.default;
var VIRTUAL_USER = "linkgate";
function usableKeyPair() {
  for (let attempt = 0; ; attempt++) {
    const pair = utils.generateKeyPairSync("ed25519");
    if (!(utils.parseKey(pair.public) instanceof Error) && !(utils.parseKey(pair.private) instanceof Error)) return pair;
    if (attempt >= 16) throw new Error("could not generate a usable ed25519 key pair");
  }
}
async function startVirtualCanary(bundle) {
  const hostKey = usableKeyPair();
  const clientKey = usableKeyPair();
  const accepted = utils.parseKey(clientKey.public);
  if (accepted instanceof Error) throw accepted;
  const queues = /* @__PURE__ */ new Map();
  for (const recording of bundle.recordings) {
    const key = argvKey(recording.command.argv);
    queues.set(key, [...queues.get(key) ?? [], recording]);
  }
  const served = [];
  const connections = /* @__PURE__ */ new Set();
  const children = /* @__PURE__ */ new Set();
  const server = new Server({ hostKeys: [hostKey.private] }, (client) => {
    connections.add(client);
    client.on("close", () => connections.delete(client));
    client.on("error", () => client.end());
    client.on("authentication", (ctx) => {
      if (ctx.method !== "publickey" || ctx.username !== VIRTUAL_USER) return ctx.reject(["publickey"]);
      const same = ctx.key.algo === accepted.type && ctx.key.data.equals(accepted.getPublicSSH());
      if (!same) return ctx.reject(["publickey"]);
      if (ctx.signature && ctx.blob && accepted.verify(ctx.blob, ctx.signature, ctx.hashAlgo) !== true) return ctx.reject(["publickey"]);
      ctx.accept();
    });
    client.on("ready", () => {
      client.on("session", (accept) => {
        const session = accept();
        let kill = null;
        session.on("env", (ok) => ok?.());
        session.on("pty", (_ok, reject) => reject?.());
        session.on("sftp", (_ok, reject) => reject?.());
        session.on("signal", (ok, _reject, info) => {
          ok?.();
          kill?.(info.name.replace(/^SIG/, ""));
        });
        session.on("exec", (ok, _reject, info) => {
          const stream = ok();
          kill = answer(stream, info.command, queues, served, children);
        });
      });
    });
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const port = server.address().port;
  return {
    host: "127.0.0.1",
    port,
    user: VIRTUAL_USER,
    hostPublicKey: hostKey.public.trim().split(/\s+/).slice(0, 2).join(" "),
    clientPrivateKey: clientKey.private,
    served,
    close: async () => {
      for (const pid of children) killGroup(pid, "SIGKILL");
      for (const c of connections) c.end();
      await new Promise((resolve) => server.close(() => resolve()));
    }
  };
}
function answer(stream, command, queues, served, children) {
  let stopped = null;
  let pendingSignal = null;
  const deliver = (signal) => {
    if (stopped) stopped(signal);
    else pendingSignal = signal;
  };
  const bootstrap = bootstrapLength(command);
  readPrefix(stream, bootstrap ?? 0, (prefix, rest) => {
    const real = bootstrap === null ? command : prefix.toString("utf8");
    const request = readExecRequest(real);
    const queue = request ? lookup(queues, request.argv) : void 0;
    const recording = queue && queue.length > 1 ? queue.shift() : queue?.[0];
    served.push({ argv: request?.argv ?? null, replayed: recording !== void 0 });
    stopped = recording ? replay(stream, recording, request.wrapped) : runForReal(stream, real, rest, children);
    if (pendingSignal) stopped(pendingSignal);
  });
  return deliver;
}
function lookup(queues, argv) {
  for (let start = 0; start < argv.length; start++) {
    const queue = queues.get(argvKey(argv.slice(start)));
    if (queue) return queue;
  }
  return void 0;
}
function readPrefix(stream, n, then) {
  if (n === 0) return then(Buffer.alloc(0), Buffer.alloc(0));
  let got = Buffer.alloc(0);
  const onData = (chunk) => {
    got = Buffer.concat([got, chunk]);
    if (got.length < n) return;
    stream.off("data", onData);
    then(got.subarray(0, n), got.subarray(n));
  };
  stream.on("data", onData);
}
function replay(stream, recording, wrapped) {
  let done = false;
  const finish4 = (signal) => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    if (signal) stream.exit(signal, false, "");
    else {
      if (recording.stdout.length) stream.write(recording.stdout);
      if (recording.stderr.length) stream.stderr.write(recording.stderr);
      if (recording.command.signal) stream.exit(recording.command.signal, false, "");
      else stream.exit(recording.command.exitCode ?? 0);
    }
    stream.end();
  };
  stream.on("data", () => void 0);
  stream.on("end", () => {
    if (wrapped) finish4("KILL");
  });
  stream.on("close", () => finish4("KILL"));
  const timer = setTimeout(() => finish4(null), recording.command.replayDelayMs);
  return (signal) => finish4(signal);
}
function runForReal(stream, command, stdinRest, children) {
  const child = spawn("/bin/sh", ["-c", command], {
    // Its own process group: linkgate's wrapper ends with `kill -s KILL 0`, which must not reach us.
    detached: true,
    stdio: ["pipe", "pipe", "pipe"],
    env: { PATH: process.env.PATH ?? "/usr/sbin:/usr/bin:/sbin:/bin", HOME: process.env.HOME ?? "/", LANG: "C.UTF-8" }
  });
  const pid = child.pid;
  if (pid !== void 0) children.add(pid);
  child.stdin.on("error", () => void 0);
  if (stdinRest.length) child.stdin.write(stdinRest);
  stream.on("data", (chunk) => child.stdin.write(chunk));
  stream.on("end", () => child.stdin.end());
  stream.on("close", () => pid !== void 0 && killGroup(pid, "SIGKILL"));
  child.stdout.on("data", (chunk) => stream.write(chunk));
  child.stderr.on("data", (chunk) => stream.stderr.write(chunk));
  child.on("error", (error) => {
    stream.stderr.write(`linkgate virtual canary: cannot start /bin/sh: ${error.message}
`);
    stream.exit(127);
    stream.end();
  });
  child.on("close", (code, signal) => {
    if (pid !== void 0) children.delete(pid);
    if (signal) stream.exit(signal.replace(/^SIG/, ""), false, "");
    else stream.exit(code ?? 0);
    stream.end();
  });
  return (signal) => {
    if (pid !== void 0) killGroup(pid, `SIG${signal}`);
  };
}
function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
  }
}

// src/smoke/plan.ts
async function plannedFromManifest(manifest, selection, io) {
  const canaries = selectCanaries(manifest.canaries, selection);
  return Promise.all(
    canaries.map(async (canary) => {
      const target = await sshTargetFromCanary(canary, { env: io.env, logger: io.logger });
      return {
        name: canary.name,
        host: canary.host,
        labels: canary.labels,
        control: canary.control,
        config: suiteConfigFor(manifest, canary.name),
        lease: manifest.smoke.lease,
        connect: (signal) => connectSsh(target, connectOptions(io, signal))
      };
    })
  );
}
async function plannedFromBundles(dirs, shard, io) {
  const names = /* @__PURE__ */ new Map();
  const planned = [];
  for (const [position, dir] of dirs.entries()) {
    const bundle = await readBundle(dir);
    const seen = (names.get(bundle.meta.name) ?? 0) + 1;
    names.set(bundle.meta.name, seen);
    if (!inShard(position, shard)) continue;
    const name = seen === 1 ? bundle.meta.name : `${bundle.meta.name}-${seen}`;
    planned.push({
      name,
      host: `virtual:${dir}`,
      labels: bundle.meta.node.labels,
      control: bundle.meta.node.control,
      config: bundle.meta.suite,
      lease: null,
      connect: async (signal) => {
        const canary = await startVirtualCanary(bundle);
        const target = {
          name,
          host: canary.host,
          port: canary.port,
          user: canary.user,
          hostKeys: [canary.hostPublicKey],
          hostKeyPolicy: "pinned",
          privateKey: canary.clientPrivateKey
        };
        try {
          return closingAlso(await connectSsh(target, connectOptions(io, signal)), () => canary.close());
        } catch (error) {
          await canary.close();
          throw error;
        }
      }
    });
  }
  return planned;
}
function closingAlso(remote, stop) {
  return {
    name: remote.name,
    exec: (argv, options) => remote.exec(argv, options),
    put: (local, path, options) => remote.put(local, path, options),
    get: (path, local) => remote.get(path, local),
    close: async () => {
      await remote.close();
      await stop();
    }
  };
}
function connectOptions(io, signal) {
  return { logger: io.logger, signal, ...io.connectTimeoutMs ? { connectTimeoutMs: io.connectTimeoutMs } : {} };
}
function pendingCanary(p) {
  return { name: p.name, host: p.host, labels: p.labels, control: p.control, state: "ok", facts: { kernelRelease: null, driverVersion: null, bootId: null }, leaseWaitMs: null, steps: [] };
}
function untestedCanary(p, state, message, leaseWaitMs = null) {
  const reason = `not tested: ${message}`;
  const startedAt = (/* @__PURE__ */ new Date()).toISOString();
  return {
    ...pendingCanary(p),
    state,
    leaseWaitMs,
    steps: p.config.steps.map((name) => ({ name, status: "error", reason, startedAt, durationMs: 0, checks: [], data: {}, problems: [], raw: [] }))
  };
}

// src/smoke/run-identity.ts
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
var RUN_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
function runIdentity(env, options) {
  const url = env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : null;
  let id;
  if (options.runId !== void 0) {
    if (!RUN_ID.test(options.runId)) throw new UsageError(`--run-id ${JSON.stringify(options.runId.slice(0, 40))}: use letters, digits, ., _ and - (at most 100)`);
    id = options.runId;
  } else if (options.sharded) {
    if (!env.GITHUB_RUN_ID || !/^\d+$/.test(env.GITHUB_RUN_ID)) {
      throw new UsageError("--shard needs --run-id ID outside GitHub Actions: every shard of the run must carry the same id, or linkgate merge refuses them");
    }
    id = `github-${env.GITHUB_RUN_ID}-${/^\d+$/.test(env.GITHUB_RUN_ATTEMPT ?? "") ? env.GITHUB_RUN_ATTEMPT : "1"}`;
  } else {
    id = randomUUID();
  }
  const where = env.GITHUB_REPOSITORY ? `${env.GITHUB_REPOSITORY}${env.GITHUB_JOB ? ` job ${env.GITHUB_JOB}` : ""}` : `${hostname()} pid ${process.pid}`;
  return { id, url, owner: `linkgate smoke run ${id} (${where})` };
}

// src/smoke/recorder.ts
import { createHash } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join as join2 } from "node:path";

// src/smoke/step.ts
var StepEnd = class extends Error {
  constructor(status, reason, partial = {}) {
    super(reason);
    this.status = status;
    this.reason = reason;
    this.partial = partial;
    this.name = "StepEnd";
  }
  status;
  reason;
  partial;
};
var check = {
  pass: (name, message, extra = {}) => ({ name, status: "pass", message, ...extra }),
  fail: (name, message, extra = {}) => ({ name, status: "fail", message, ...extra }),
  error: (name, message, extra = {}) => ({ name, status: "error", message, ...extra }),
  skip: (name, message) => ({ name, status: "skip", message })
};
function rollUp(checks) {
  const first = (status) => checks.find((c) => c.status === status);
  const failed = checks.filter((c) => c.status === "fail");
  if (failed.length > 0) return { status: "fail", reason: failed.map((c) => `${c.name}: ${c.message}`).join("; ") };
  const errored = checks.filter((c) => c.status === "error");
  if (errored.length > 0) return { status: "error", reason: errored.map((c) => `${c.name}: ${c.message}`).join("; ") };
  if (checks.length === 0) return { status: "skip", reason: "nothing was checked" };
  if (!first("pass")) return { status: "skip", reason: checks.map((c) => `${c.name}: ${c.message}`).join("; ") };
  return { status: "pass", reason: null };
}
function firstLine(outcome) {
  const lines = `${outcome.stderr}
${outcome.stdout}`.split("\n").map((l) => l.trim()).filter((l) => l !== "");
  const line = lines.find((l) => /\b(ERROR|FATAL|[Ee]rror|[Ff]ailed)\b/.test(l)) ?? lines[0];
  return line === void 0 ? "(no output)" : line.length > 200 ? `${line.slice(0, 200)}\u2026` : line;
}
function notInstalled(outcome) {
  if (outcome.exitCode === 127 || outcome.exitCode === 126) return true;
  return outcome.exitCode !== 0 && /command not found|No such file or directory|not found$/m.test(outcome.stderr) && outcome.stdout.trim() === "";
}
function describeExit(outcome) {
  if (outcome.timedOut) return `timed out after ${Math.round(outcome.durationMs / 1e3)} s`;
  if (outcome.signal) return `killed by ${outcome.signal}`;
  return `exit ${outcome.exitCode}`;
}

// src/smoke/recorder.ts
var RAW_MAX_BYTES = 32 * 1024 * 1024;
var StepRecorder = class {
  constructor(host, outDir, prefix, signal, deadline, now) {
    this.host = host;
    this.outDir = outDir;
    this.prefix = prefix;
    this.signal = signal;
    this.deadline = deadline;
    this.now = now;
  }
  host;
  outDir;
  prefix;
  signal;
  deadline;
  now;
  raw = [];
  #count = 0;
  #pending = /* @__PURE__ */ new Map();
  async run(label, argv, options) {
    if (this.signal.aborted) throw new StepEnd("error", `not started: ${messageOf(this.signal.reason)}`);
    const base = `${this.prefix}/${String(++this.#count).padStart(2, "0")}-${safeLabel(label)}`;
    const names = [`${base}.stdout`, `${base}.stderr`, `${base}.json`];
    this.raw.push(...names);
    const stdinSha256 = options.stdin === void 0 ? null : createHash("sha256").update(options.stdin).digest("hex");
    const started = this.now();
    this.#pending.set(base, { label, argv, class: options.class, started, stdinSha256 });
    const remaining = Math.max(1, this.deadline - started);
    const timeoutMs = Math.min(options.timeoutMs ?? remaining, remaining);
    try {
      const result = await this.host.exec(argv, {
        timeoutMs,
        signal: this.signal,
        maxOutputBytes: RAW_MAX_BYTES,
        ...options.stdin === void 0 ? {} : { stdin: options.stdin }
      });
      const outcome = { label, ...result, argv, raw: names };
      await this.#write(base, outcome.stdout, outcome.stderr, {
        label,
        argv,
        class: options.class,
        state: "done",
        exitCode: result.exitCode,
        signal: result.signal,
        timedOut: result.timedOut,
        cancelled: result.cancelled === true,
        truncated: result.truncated,
        durationMs: result.durationMs,
        stdinSha256,
        error: null
      });
      return outcome;
    } catch (error) {
      if (!this.#pending.has(base)) throw error;
      const message = messageOf(error);
      await this.#write(base, "", message, {
        label,
        argv,
        class: options.class,
        state: error instanceof StepEnd ? "unfinished" : "connection-lost",
        exitCode: null,
        signal: null,
        timedOut: false,
        cancelled: error instanceof StepEnd,
        truncated: false,
        durationMs: this.now() - started,
        stdinSha256,
        error: message
      });
      if (error instanceof StepEnd) throw error;
      throw new StepEnd("error", `${label}: the node did not answer (${message})`);
    }
  }
  /** Writes placeholder files for commands that never answered (step timeout, cancel). */
  async finish(reason) {
    for (const [base, p] of [...this.#pending]) {
      await this.#write(base, "", "", {
        label: p.label,
        argv: p.argv,
        class: p.class,
        state: "unfinished",
        exitCode: null,
        signal: null,
        timedOut: true,
        cancelled: true,
        truncated: false,
        durationMs: this.now() - p.started,
        stdinSha256: p.stdinSha256,
        error: reason
      });
    }
  }
  async #write(base, stdout, stderr, record2) {
    if (!this.#pending.delete(base)) return;
    const path = join2(this.outDir, RAW_DIR, base);
    await mkdir(dirname(path), { recursive: true });
    await Promise.all([
      writeFile(`${path}.stdout`, stdout),
      writeFile(`${path}.stderr`, stderr),
      writeFile(`${path}.json`, `${JSON.stringify(record2, null, 2)}
`)
    ]);
  }
};
function safeLabel(label) {
  return label.replace(/[^A-Za-z0-9_.-]+/g, "_").slice(0, 60) || "cmd";
}

// src/parsers/guard.ts
function neverThrows(parse, empty) {
  return (text, ...rest) => {
    try {
      return parse(typeof text === "string" ? text : String(text), ...rest);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { data: empty(), problems: [{ line: 0, message: `parser failed: ${reason}` }], ok: false };
    }
  };
}

// src/parsers/dcgm-diag-types.ts
var RANK = { "not-run": 0, skip: 1, pass: 2, warn: 3, fail: 4 };
function worst(results) {
  let out = null;
  for (const r of results) if (r && (out === null || RANK[r] > RANK[out])) out = r;
  return out;
}
function readResultToken(text) {
  const t = text.trim().toLowerCase();
  if (t === "pass" || t === "passed") return "pass";
  if (t === "fail" || t === "failed" || t === "error") return "fail";
  if (t === "warn" || t === "warning") return "warn";
  if (t === "skip" || t === "skipped") return "skip";
  if (t === "not run" || t === "notrun" || t === "not_run") return "not-run";
  return null;
}
function nvlinkDownIn(text) {
  return [...text.matchAll(/GPU (\d+)'s NvLink link (\d+) is currently down/g)].map((m) => ({ gpu: Number(m[1]), link: Number(m[2]) }));
}
function emptyDcgmData(format) {
  return { format, dcgmVersion: null, driverVersion: null, deviceIds: [], tests: [], overall: null, nvlinkDown: [], errors: [] };
}

// src/parsers/dcgm-diag-json.ts
function readDcgmJson(text, problems) {
  let doc;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    problems.add(jsonErrorLine(error, text), `not valid JSON (${error instanceof Error ? error.message.slice(0, 80) : "parse error"}); read by scanning`);
    return scan(text, problems);
  }
  const data = emptyDcgmData("json");
  if (!isObject(doc)) {
    problems.add(1, "JSON is not an object");
    return data;
  }
  const root = doc["DCGM Diagnostic"] ?? doc["DCGM GPU Diagnostic"];
  if (!isObject(root)) {
    problems.add(1, 'no "DCGM Diagnostic" or "DCGM GPU Diagnostic" key');
    return data;
  }
  const metadata = isObject(doc.metadata) ? doc.metadata : root;
  data.dcgmVersion = str(metadata.version) ?? str(root.version);
  data.driverVersion = str(metadata["Driver Version Detected"]) ?? str(root["Driver Version Detected"]);
  const ids = root["GPU Device IDs"];
  if (Array.isArray(ids)) data.deviceIds = ids.map(String);
  if (typeof root.runtime_error === "string") data.errors.push(root.runtime_error);
  const categories = Array.isArray(root.test_categories) ? root.test_categories : [];
  if (categories.length === 0) problems.add(1, "no test_categories");
  for (const category of categories.filter(isObject)) {
    for (const entry of (Array.isArray(category.tests) ? category.tests : []).filter(isObject)) {
      const test = { category: str(category.category), name: str(entry.name) ?? "(unnamed)", line: 0, result: null, entities: [], warnings: [], errors: [], info: [] };
      for (const result of (Array.isArray(entry.results) ? entry.results : []).filter(isObject)) {
        const status = readResultToken(str(result.status) ?? "");
        const gpu = Number(result.gpu_id ?? result.entity_id);
        if (status) test.entities.push({ gpu: Number.isInteger(gpu) ? gpu : "all", result: status });
        for (const warning of Array.isArray(result.warnings) ? result.warnings : []) {
          const message = typeof warning === "string" ? warning : isObject(warning) ? str(warning.warning) : null;
          if (message) test.warnings.push(message);
        }
        if (typeof result.info === "string") test.info.push(result.info);
        else if (Array.isArray(result.info)) test.info.push(...result.info.map(String));
      }
      const summary2 = isObject(entry.test_summary) ? readResultToken(str(entry.test_summary.status) ?? "") : null;
      test.result = summary2 ?? worst(test.entities.map((e) => e.result));
      for (const w of test.warnings) data.nvlinkDown.push(...nvlinkDownIn(w));
      data.tests.push(test);
    }
  }
  return data;
}
function scan(text, problems) {
  const data = emptyDcgmData("json");
  let category = null;
  let test = null;
  let entity = null;
  const lineOf = lineCounter(text);
  const member = /"(category|name|gpu_id|entity_id|status|warning|version|Driver Version Detected)"\s*:\s*("((?:[^"\\\n]|\\.)*)"|-?\d+)/g;
  for (const match of text.matchAll(member)) {
    const key = match[1];
    const value = match[3] ?? match[2];
    const line = lineOf(match.index);
    if (key === "category") category = value;
    else if (key === "name") {
      test = { category, name: value, line, result: null, entities: [], warnings: [], errors: [], info: [] };
      data.tests.push(test);
      entity = null;
    } else if (key === "gpu_id" || key === "entity_id") entity = Number(value);
    else if (key === "status" && test) {
      const result = readResultToken(value);
      if (!result) problems.add(line, `unknown status "${value.slice(0, 30)}"`);
      else if (entity !== null) test.entities.push({ gpu: entity, result });
      else test.result = result;
      entity = null;
      test.result = worst([test.result, ...test.entities.map((e) => e.result)]);
    } else if (key === "warning" && test) {
      test.warnings.push(value);
      data.nvlinkDown.push(...nvlinkDownIn(value));
    } else if (key === "version") data.dcgmVersion = value;
    else if (key === "Driver Version Detected") data.driverVersion = value;
  }
  if (!text.trimEnd().endsWith("}")) problems.add(lineOf(text.length), "JSON ends mid-document (output cut?)");
  const last = data.tests.at(-1);
  if (last && last.entities.length === 0 && last.result === null) problems.add(last.line, `${last.name}: no status (output cut?)`);
  return data;
}
function jsonErrorLine(error, text) {
  const message = error instanceof Error ? error.message : "";
  const lineCol = /line (\d+)/.exec(message);
  if (lineCol?.[1]) return Number(lineCol[1]);
  const position = /position (\d+)/.exec(message);
  return position?.[1] ? lineCounter(text)(Number(position[1])) : 0;
}
function lineCounter(text) {
  let line = 1;
  let next = text.indexOf("\n");
  return (offset) => {
    while (next !== -1 && next < offset) {
      line++;
      next = text.indexOf("\n", next + 1);
    }
    return line;
  };
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function str(value) {
  return typeof value === "string" ? value : null;
}

// src/parsers/lines.ts
var MAX_LINE_CHARS = 16 * 1024;
var MAX_PROBLEMS = 200;
var ProblemList = class {
  #items = [];
  #dropped = 0;
  add(line, message) {
    if (this.#items.length < MAX_PROBLEMS) this.#items.push({ line, message });
    else this.#dropped++;
  }
  get size() {
    return this.#items.length + this.#dropped;
  }
  toArray() {
    if (this.#dropped === 0) return [...this.#items];
    return [...this.#items, { line: 0, message: `${this.#dropped} more problems not shown` }];
  }
};
function splitLines(text, problems) {
  const lines = [];
  let start = 0;
  let no = 0;
  while (start < text.length) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    no++;
    const length = end - start;
    if (length > MAX_LINE_CHARS) {
      problems.add(no, `line is ${length} characters long (no real output line is); skipped`);
    } else {
      let line = text.slice(start, end);
      if (line.endsWith("\r")) line = line.slice(0, -1);
      lines.push({ no, text: line });
    }
    start = end + 1;
  }
  if (text.length > 0 && !text.endsWith("\n") && text.slice(text.lastIndexOf("\n") + 1).trim() !== "") {
    problems.add(no, "last line has no line end (output cut?)");
  }
  return lines;
}
function looksBinary(text) {
  const sample = text.slice(0, 4096);
  if (sample.length === 0) return false;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 || c >= 127 && c < 160 || c === 65533) odd++;
  }
  return odd / sample.length > 0.1;
}
function nvmlFailure(lines) {
  for (const line of lines) {
    const match = NVML_FAILURE.exec(line.text);
    if (match?.[1]) return { line: line.no, message: match[1].trim() };
  }
  return null;
}
var NVML_FAILURE = /(Failed to initialize NVML: .*|NVIDIA-SMI has failed because .*|No devices were found)/;
function isNvmlFailureLine(text) {
  return NVML_FAILURE.test(text);
}
function refuseBinary(text, problems) {
  if (!looksBinary(text)) return false;
  problems.add(0, "input looks binary, not tool output");
  return true;
}
function describeEmpty(text) {
  if (text.trim().length === 0) return "empty input";
  if (looksBinary(text)) return "input looks binary, not tool output";
  return "no recognisable output";
}

// src/parsers/smi-gpu-header.ts
var HEADER = /^GPU (\d+):\s*(.*?)\s*(?:\(UUID:\s*([^)]*)\))?\s*$/;
function parseSmiGpuHeader(text) {
  const match = HEADER.exec(text.trim());
  if (!match?.[1]) return null;
  return { index: Number(match[1]), name: match[2] ?? "", uuid: match[3]?.trim() || null };
}
function isElision(text) {
  return /^\s*(\[\s*(\.\.\.|…)\s*\]|\.\.\.|…)\s*$/.test(text);
}

// src/parsers/dcgm-diag.ts
var WRAP = 45;
var parseDcgmDiag = neverThrows(readDcgmDiag, () => emptyDcgmData("table"));
function readDcgmDiag(text) {
  const problems = new ProblemList();
  const lines = splitLines(text, problems);
  if (refuseBinary(text, problems)) return { data: emptyDcgmData("table"), problems: problems.toArray(), ok: false };
  const first = lines.find((l) => l.text.trim() !== "");
  if (first?.text.trim().startsWith("{")) return finish(readDcgmJson(text, problems), problems);
  return finish(readTable(lines, problems, text), problems);
}
function finish(data, problems) {
  data.overall = worst(data.tests.map((t) => t.result));
  const ok = data.tests.length > 0 || data.dcgmVersion !== null;
  return { data, problems: problems.toArray(), ok };
}
function readTable(lines, problems, text) {
  const data = emptyDcgmData("table");
  let category = null;
  let test = null;
  let message = null;
  let inTable = false;
  let sawRow = false;
  let lastTableLine = 0;
  const flush = () => {
    if (!message) return;
    const joined = message.pieces.map((p, i) => i < message.pieces.length - 1 ? p.padEnd(WRAP) : p).join("").trim();
    message.test[message.kind].push(joined);
    data.nvlinkDown.push(...nvlinkDownIn(joined));
    message = null;
  };
  for (const line of lines) {
    const trimmed = line.text.trim();
    if (trimmed === "") continue;
    const section = /^[|+]-{3,}\s+([A-Za-z][A-Za-z ]*?)\s+-+\+/.exec(trimmed);
    if (section?.[1]) {
      flush();
      category = section[1];
      inTable = true;
      lastTableLine = line.no;
      continue;
    }
    if (/^\+[=+]+\+$/.test(trimmed)) continue;
    if (/^\+[-+]+\+$/.test(trimmed)) {
      flush();
      inTable = !sawRow;
      sawRow = false;
      lastTableLine = line.no;
      continue;
    }
    if (trimmed.startsWith("|")) {
      if (!inTable && !sawRow && data.tests.length === 0 && !test) {
        problems.add(line.no, "output starts inside the table (cut at the start?)");
      }
      inTable = true;
      sawRow = true;
      lastTableLine = line.no;
      const row = splitRow(line.text);
      if (!row.closed) problems.add(line.no, 'table row has no closing "|" (output cut?)');
      if (row.name === "Diagnostic" && row.value.trim() === "Result") {
        category = null;
        continue;
      }
      if (category === "Metadata" && row.name !== "") {
        readMetadata(data, row.name, row.value.trim());
        continue;
      }
      if (row.name === "") {
        const entities2 = readEntities(row.value);
        if (message) message.pieces.push(row.value);
        else if (test && entities2) addEntities(test, entities2);
        else if (!test) {
          test = orphan(category, line.no, data);
          message = { test, kind: "warnings", pieces: [row.value] };
        } else problems.add(line.no, `continuation row with nothing to continue: "${row.value.trim().slice(0, 50)}"`);
        continue;
      }
      flush();
      if (/^(Warning|Error|Info)$/.test(row.name)) {
        if (!test) {
          problems.add(line.no, `${row.name} row before any test (output cut at the start?)`);
          test = orphan(category, line.no, data);
        }
        const kind = row.name === "Warning" ? "warnings" : row.name === "Error" ? "errors" : "info";
        message = { test, kind, pieces: [row.value] };
        continue;
      }
      test = { category, name: row.name, line: line.no, result: null, entities: [], warnings: [], errors: [], info: [] };
      data.tests.push(test);
      const entities = readEntities(row.value);
      if (entities) addEntities(test, entities);
      else if (row.closed) problems.add(line.no, `${row.name}: unreadable result "${row.value.trim().slice(0, 50)}"`);
      else problems.add(line.no, `${row.name}: result missing (output cut?)`);
      continue;
    }
    flush();
    if (isElision(trimmed)) problems.add(line.no, 'lines elided ("..."): the rest of the table is missing');
    else if (/^(Error|ERROR)\b/.test(trimmed)) data.errors.push(trimmed);
  }
  flush();
  if (sawRow) problems.add(lastTableLine, "the table is not closed by a bottom border (output cut?)");
  if (data.tests.length === 0 && data.dcgmVersion === null) {
    problems.add(0, data.errors[0] ? `dcgmi: ${data.errors[0]}` : `${describeEmpty(text)}: no dcgmi diag table`);
  }
  return data;
}
function orphan(category, line, data) {
  const test = { category, name: "(cut off)", line, result: null, entities: [], warnings: [], errors: [], info: [] };
  data.tests.push(test);
  return test;
}
function splitRow(text) {
  const start = text.indexOf("|");
  const middle = text.indexOf("|", start + 1);
  if (middle < 0) return { name: text.slice(start + 1).trim(), value: "", closed: false };
  let value = text.slice(middle + 1).replace(/\s+$/, "");
  const closed = value.endsWith("|");
  if (closed) value = value.slice(0, -1);
  if (value.startsWith(" ")) value = value.slice(1);
  return { name: text.slice(start + 1, middle).trim(), value: value.slice(0, WRAP), closed };
}
function readMetadata(data, name, value) {
  if (name === "DCGM Version") data.dcgmVersion = value;
  else if (name === "Driver Version Detected") data.driverVersion = value;
  else if (/Device IDs Detected$/.test(name)) data.deviceIds = value.split(",").map((v) => v.trim()).filter((v) => v !== "");
}
function readEntities(cell) {
  const text = cell.trim();
  const v3 = /^(Pass|Fail|Warn|Skip|Not Run)(?:\s*-\s*(?:(All)|GPUs?:\s*([\d,\s]+)))?$/i.exec(text);
  if (v3?.[1]) {
    const result = readResultToken(v3[1]);
    if (v3[3]) return v3[3].split(",").map((id) => id.trim()).filter((id) => id !== "").map((id) => ({ gpu: Number(id), result }));
    return [{ gpu: "all", result }];
  }
  const v4 = /^GPU\s*(\d+)\s*:\s*(Pass|Fail|Warn|Skip|Not Run)$/i.exec(text);
  if (v4?.[1] && v4[2]) return [{ gpu: Number(v4[1]), result: readResultToken(v4[2]) }];
  return null;
}
function addEntities(test, entities) {
  test.entities.push(...entities);
  test.result = worst(test.entities.map((e) => e.result));
}

// src/smoke/gpu-presence.ts
var PCI_PROBE = [
  "sh",
  "-c",
  'for d in /sys/bus/pci/devices/*; do [ -r "$d/vendor" ] && printf "%s %s %s\\n" "${d##*/}" "$(cat "$d/vendor")" "$(cat "$d/class")"; done; exit 0'
];
function countNvidiaGpus(probeOutput) {
  return probeOutput.split("\n").map((line) => line.trim().split(/\s+/)).filter(([, vendor, cls]) => vendor?.toLowerCase() === "0x10de" && /^0x03/i.test(cls ?? "")).length;
}
async function endForMissingTool(ctx, outcome, tool) {
  const probe = await ctx.run("pci-probe", PCI_PROBE, { class: "node" });
  const gpus = countNvidiaGpus(probe.stdout);
  if (gpus === 0) throw new StepEnd("skip", "no NVIDIA GPU", { data: { nvidiaPciDevices: 0 } });
  throw new StepEnd("error", `${tool} is not usable on a node with ${gpus} NVIDIA GPU(s): ${firstLine(outcome)}`, {
    data: { nvidiaPciDevices: gpus }
  });
}
async function requireTool(ctx, outcome, tool) {
  if (notInstalled(outcome)) await endForMissingTool(ctx, outcome, tool);
}

// src/smoke/steps/dcgm-diag.ts
var TABLE_ROW = /^\|\s*([^|]+?)\s*\|\s*(Pass|Fail|Warn|Skip)\b[^|]*\|/;
var dcgmDiagStep = {
  name: "dcgm-diag",
  needsGpu: true,
  async run(ctx) {
    const argv = ["dcgmi", "diag", "-r", String(ctx.config.dcgm.level)];
    const links = ctx.config.expected?.activeLinksPerGpu ?? ctx.config.expected?.nvlinksPerPair;
    if (links && ctx.config.dcgm.expectLinks && ctx.config.dcgm.level >= 2) argv.push("-p", `pcie.gpu_nvlinks_expected_up=${links}`);
    const out = await ctx.run("dcgmi-diag", argv, { class: "node" });
    if (notInstalled(out)) await endForMissingTool(ctx, out, "dcgmi");
    const parsed = parseDcgmDiag(out.stdout);
    const problems = parsed.problems.map((p) => ({ ...p, source: "dcgm-diag" }));
    const rows = out.stdout.split("\n").map((l) => TABLE_ROW.exec(l.trim())).filter((m) => m !== null);
    const checks = [];
    const failed = rows.filter((r) => r[2] === "Fail");
    const warned = rows.filter((r) => r[2] === "Warn");
    if (rows.length === 0) checks.push(check.error("dcgmi-diag", `no test results in the output (${describeExit(out)}): ${firstLine(out)}`));
    else if (failed.length > 0) checks.push(check.fail("dcgmi-diag", `failed: ${failed.map((r) => r[1]).join(", ")}`));
    else {
      const passed = rows.filter((r) => r[2] === "Pass").length;
      checks.push(passed > 0 ? check.pass("dcgmi-diag", `${passed} passed, ${rows.length - passed - warned.length} skipped${warned.length ? `, warnings: ${warned.map((r) => r[1]).join(", ")}` : ""}`) : check.skip("dcgmi-diag", "every test was skipped"));
    }
    const data = { level: ctx.config.dcgm.level };
    keepParsed(data, "dcgm-diag", parsed);
    return { checks, data, problems };
  }
};

// src/smoke/steps/fabric.ts
var RDMA_PROBE = [
  "sh",
  "-c",
  [
    "for p in /sys/class/infiniband/*/ports/*; do",
    '[ -d "$p" ] || continue; dev=${p%/ports/*}; dev=${dev##*/};',
    'state=$(cut -d: -f2 "$p/state" 2>/dev/null | tr -d " "); rate=$(tr " " _ < "$p/rate" 2>/dev/null);',
    'nd=$(ls "/sys/class/infiniband/$dev/device/net" 2>/dev/null | head -n 1); mtu=-;',
    '[ -n "$nd" ] && mtu=$(cat "/sys/class/net/$nd/mtu" 2>/dev/null);',
    'printf "%s %s %s %s %s %s\\n" "$dev" "${p##*/}" "${state:--}" "${rate:--}" "${nd:--}" "${mtu:--}";',
    "done; exit 0"
  ].join(" ")
];
function parseRdmaProbe(text) {
  return text.split("\n").map((line) => line.trim().split(/\s+/)).filter((f) => f.length === 6 && /^\d+$/.test(f[1])).map(([device, port, state, rate, netdev, mtu]) => ({
    device,
    port: Number(port),
    state,
    rate: rate === "-" ? null : rate.replace(/_/g, " "),
    netdev: netdev === "-" ? null : netdev,
    mtu: mtu === "-" || !/^\d+$/.test(mtu) ? null : Number(mtu)
  }));
}
var fabricStep = {
  name: "fabric",
  needsGpu: false,
  async run(ctx) {
    const probe = await ctx.run("rdma-ports", RDMA_PROBE, { class: "node" });
    const ports = parseRdmaProbe(probe.stdout);
    if (ports.length === 0) throw new StepEnd("skip", "no RDMA NIC", { data: { ports: [] } });
    const checks = [];
    const down = ports.filter((p) => p.state !== "ACTIVE");
    checks.push(
      down.length === 0 ? check.pass("link-state", `${ports.length} RDMA port(s) ACTIVE (${[...new Set(ports.map((p) => p.rate ?? "?"))].join(", ")})`) : check.fail("link-state", down.map((p) => `${p.device} port ${p.port}: ${p.state}`).join("; "))
    );
    const want = ctx.config.fabric.mtu;
    if (want === null) checks.push(check.skip("mtu", `MTU ${[...new Set(ports.map((p) => p.mtu ?? "?"))].join(", ")}; no expected MTU configured`));
    else {
      const wrong = ports.filter((p) => p.netdev !== null && p.mtu !== want);
      checks.push(wrong.length === 0 ? check.pass("mtu", `MTU ${want}`) : check.fail("mtu", wrong.map((p) => `${p.netdev}: MTU ${p.mtu}, expected ${want}`).join("; ")));
    }
    const qos = {};
    for (const netdev of [...new Set(ports.map((p) => p.netdev).filter((n) => n !== null))]) {
      const out = await ctx.run(`mlnx_qos-${netdev}`, ["mlnx_qos", "-i", netdev], { class: "node" });
      if (out.exitCode === 127) {
        checks.push(check.skip("pfc-ecn", "mlnx_qos is not installed"));
        break;
      }
      qos[netdev] = out.exitCode === 0 ? out.stdout : firstLine(out);
    }
    return { checks, data: { ports, qos }, problems: [] };
  }
};

// src/parsers/cells.ts
function toNumber(cell) {
  if (cell === void 0) return null;
  const trimmed = cell.trim();
  if (!/^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}
function printable(text, max = 60) {
  const clean = text.replace(/[^\x20-\x7e]/g, "?");
  return clean.length > max ? `${clean.slice(0, max)}...` : clean;
}

// src/parsers/kernel-log/events.ts
var DMESG_EVENT_KINDS = [
  "xid",
  "nvlink-error",
  "iommu-fault",
  "module-rejected",
  "symbol-mismatch",
  "unknown-symbol",
  "api-mismatch",
  "driver-loaded",
  "pcie-degraded"
];

// src/parsers/kernel-log/line-prefix.ts
var KMSG_DICTIONARY = /^ [A-Z_]{1,40}=/;
var KMSG = /^(\d{1,3}),(\d+),(\d+),[^;]{0,16};/;
var PRIORITY = /^<\d{1,3}>/;
var DECODE = /^[a-z0-9]{2,8} *:[a-z]{3,6} *: /;
var ISO_TIME = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:[,.]\d+)?(?:Z|[+-]\d\d:?\d\d)?) /;
var MONOTONIC = /^\[\s*(\d+\.\d+)\] ?/;
var WALL_CLOCK = /^\[([^\]]{0,40}\d\d:\d\d:\d\d[^\]]{0,16})\] ?/;
var SYSLOG_SEARCH_LIMIT = 100;
function splitPrefix(raw) {
  let rest = raw;
  let time = null;
  const first = rest.charCodeAt(0);
  if (first >= 48 && first <= 57) {
    const kmsg = KMSG.exec(rest);
    if (kmsg) {
      time = kmsgTime(kmsg[3]);
      rest = rest.slice(kmsg[0].length).replaceAll("\\x0a", " ");
    }
  }
  if (rest.charCodeAt(0) === 32) rest = rest.trimStart();
  if (rest.charCodeAt(0) === 60) {
    const priority = PRIORITY.exec(rest);
    if (priority) rest = rest.slice(priority[0].length);
  }
  if (rest.charCodeAt(0) !== 91) {
    const kernelAt = rest.indexOf("kernel: ");
    if (kernelAt >= 0 && kernelAt < SYSLOG_SEARCH_LIMIT && (kernelAt === 0 || rest.charCodeAt(kernelAt - 1) === 32)) {
      time ??= syslogTime(rest.slice(0, kernelAt));
      rest = rest.slice(kernelAt + "kernel: ".length);
    }
    const code = rest.charCodeAt(0);
    if (code >= 97 && code <= 122) {
      const decode = DECODE.exec(rest);
      if (decode) rest = rest.slice(decode[0].length);
    }
    if (rest.charCodeAt(0) >= 48 && rest.charCodeAt(0) <= 57) {
      const iso = ISO_TIME.exec(rest);
      if (iso) {
        time ??= iso[1];
        rest = rest.slice(iso[0].length);
      }
    }
  }
  if (rest.charCodeAt(0) === 91) {
    const bracket = MONOTONIC.exec(rest) ?? WALL_CLOCK.exec(rest);
    if (bracket) {
      time ??= bracket[1].trim();
      rest = rest.slice(bracket[0].length);
    }
  }
  return { time, message: rest.trim() };
}
function kmsgTime(usec) {
  const padded = usec.padStart(7, "0");
  return `${padded.slice(0, -6)}.${padded.slice(-6)}`;
}
function syslogTime(prefix) {
  const trimmed = prefix.trim();
  if (trimmed === "") return null;
  const lastSpace = trimmed.lastIndexOf(" ");
  return lastSpace < 0 ? trimmed : trimmed.slice(0, lastSpace).trim();
}

// src/parsers/kernel-log/kernel-matchers.ts
var SYMBOL_MISMATCH = /^([^\s:]{1,64}): disagrees about version of symbol (\S{1,128})/;
var UNKNOWN_SYMBOL = /^([^\s:]{1,64}): Unknown symbol (\S{1,128})(?: \(err (-?\d{1,5})\))?/;
function matchSymbolMismatch(message, line, time) {
  const m = SYMBOL_MISMATCH.exec(message);
  return m ? { kind: "symbol-mismatch", line, time, message, module: m[1], symbol: m[2] } : null;
}
function matchUnknownSymbol(message, line, time) {
  const m = UNKNOWN_SYMBOL.exec(message);
  if (!m) return null;
  return { kind: "unknown-symbol", line, time, message, module: m[1], symbol: m[2], err: m[3] === void 0 ? null : Number(m[3]) };
}
var KERNEL_REJECT = /Loading of (unsigned module|module with unavailable key) is rejected/;
var LOCKDOWN = /Lockdown: [^:]{1,64}: unsigned module loading is restricted/;
var INSERT_REJECT = /could not insert (?:module )?'?([^':\s]{1,200}?)'?: (Required key not available|Key was rejected by service)/;
function matchModuleRejected(message, line, time) {
  const kernel = KERNEL_REJECT.exec(message);
  if (kernel) return { kind: "module-rejected", line, time, message, reason: kernel[1] === "unsigned module" ? "unsigned" : "key-unavailable" };
  if (LOCKDOWN.test(message)) return { kind: "module-rejected", line, time, message, reason: "lockdown" };
  const insert = INSERT_REJECT.exec(message);
  if (!insert) return null;
  const reason = insert[2] === "Required key not available" ? "key-unavailable" : "key-rejected";
  return { kind: "module-rejected", line, time, message, module: moduleName(insert[1]), reason };
}
function moduleName(pathOrName) {
  const base = pathOrName.slice(pathOrName.lastIndexOf("/") + 1);
  return base.replace(/\.ko(?:\.(?:xz|gz|zst))?$/, "");
}
var DMAR = /DMAR: \[(DMA Read|DMA Write|INTR-REMAP)[^\]]{0,40}\] Request device \[((?:[0-9a-f]{4}:)?[0-9a-f]{2}:[0-9a-f]{2}\.[0-7])\] (?:PASID [0-9a-fx]{1,10} )?fault (?:addr|index) (?:0x)?([0-9a-f]{1,20}) ?\[fault reason (?:0x)?([0-9a-f]{1,4})\] ?(.{0,200})/i;
function matchIntelDmar(message, line, time) {
  const m = DMAR.exec(message);
  if (!m) return null;
  const kind = m[1];
  return {
    kind: "iommu-fault",
    line,
    time,
    message,
    vendor: "intel-dmar",
    device: m[2].toLowerCase(),
    address: `0x${m[3]}`,
    reason: `0x${m[4].padStart(2, "0")} ${m[5].trim()}`.trim(),
    access: kind === "DMA Read" ? "read" : kind === "DMA Write" ? "write" : null
  };
}
var AMD_VI_MARK = "AMD-Vi: Event logged [";
var BDF_BEFORE = /((?:[0-9a-f]{4}:)?[0-9a-f]{2}:[0-9a-f]{2}\.[0-7]): $/i;
var AMD_VI_BODY = /^([A-Z_]{1,40})(.*)$/;
function matchAmdVi(message) {
  const at = message.indexOf(AMD_VI_MARK);
  if (at === -1) return null;
  const m = AMD_VI_BODY.exec(message.slice(at + AMD_VI_MARK.length));
  if (!m) return null;
  const body = m[2];
  const device = BDF_BEFORE.exec(message.slice(Math.max(0, at - 20), at))?.[1] ?? /device=((?:[0-9a-f]{4}:)?[0-9a-f]{2}:[0-9a-f]{2}\.[0-7])/i.exec(body)?.[1];
  const address = /address=(0x[0-9a-f]{1,20})/i.exec(body)?.[1] ?? null;
  const fields = device === void 0 ? null : { vendor: "amd-vi", device: device.toLowerCase(), address, reason: m[1], access: null };
  return { fields, open: !body.includes("]") };
}
var RISCV_FAULT = /Fault (\d{1,4}) devid: 0x([0-9a-f]{1,8}) iotval: (?:0x)?([0-9a-f]{1,16}) iotval2: (?:0x)?([0-9a-f]{1,16})/i;
function matchRiscvIommu(message, line, time) {
  const m = RISCV_FAULT.exec(message);
  if (!m) return null;
  return { kind: "iommu-fault", line, time, message, vendor: "riscv", device: requesterId(parseInt(m[2], 16)), address: `0x${m[3]}`, reason: `cause ${m[1]}`, access: null };
}
function requesterId(devid) {
  const hex = (value, width) => value.toString(16).padStart(width, "0");
  const bdf = `${hex(devid >> 8 & 255, 2)}:${hex(devid >> 3 & 31, 2)}.${devid & 7}`;
  return devid > 65535 ? `${hex(devid >>> 16, 4)}:${bdf}` : bdf;
}
var PCIE_LIMITED = /((?:[0-9a-f]{4}:)?[0-9a-f]{2}:[0-9a-f]{2}\.[0-7]): ([\d.]{1,12}) Gb\/s available PCIe bandwidth, limited by ([\d.]{1,8} GT\/s)(?: PCIe)? x(\d{1,2}) link at ([0-9a-f:.]{4,16}) \(capable of ([\d.]{1,12}) Gb\/s with ([\d.]{1,8} GT\/s)(?: PCIe)? x(\d{1,2}) link\)/i;
function matchPcieDegraded(message, line, time) {
  const m = PCIE_LIMITED.exec(message);
  if (!m) return null;
  return {
    kind: "pcie-degraded",
    line,
    time,
    message,
    device: m[1].toLowerCase(),
    availableGbps: Number(m[2]),
    speed: m[3],
    width: Number(m[4]),
    limitedAt: m[5].toLowerCase(),
    capableGbps: Number(m[6]),
    capableSpeed: m[7],
    capableWidth: Number(m[8])
  };
}

// src/parsers/kernel-log/nvrm-matchers.ts
var XID = /^NVRM: Xid \((?:PCI:)?([0-9A-Fa-f]{4}:[0-9A-Fa-f]{2}:[0-9A-Fa-f]{2})(?:\.[0-7])?( GPU-I:\d{1,3})?( GPU-CI:\d{1,3})?\): (\d{1,5}),(.*)$/;
var PID_NAME = /^ ?pid=('?<unknown>'?|\d{1,10}),(?: name=(.{0,64}?),)? ?(.*)$/;
var CAUSED_BY = / caused by previous Xid (\d{1,5})\s*$/;
var XID74_LINK = /NVLink: (?:(fatal|non-?fatal) )?error detected on link (\d{1,3}) ?\(([^)]{0,200})\)/i;
var NVLINK5_LINK = /(\S{1,40}) (Fatal|Non-?fatal) XC\d{1,3} i\d{1,3} Link (-?\d{1,3}) ?\(([^)]{0,200})\)/i;
var NVLINK5_XIDS = /* @__PURE__ */ new Set([144, 145, 146, 147, 148, 149, 150]);
function matchXid(text, line, time) {
  const m = XID.exec(text);
  if (!m) return null;
  const xid = Number(m[4]);
  const rest = m[5];
  let pid = null;
  let process2 = null;
  let detail = rest.trim();
  const pn = PID_NAME.exec(rest);
  if (pn) {
    pid = /^\d+$/.test(pn[1]) ? Number(pn[1]) : null;
    const name = pn[2];
    process2 = name === void 0 || name === "<unknown>" ? null : name;
    detail = pn[3].trim();
  }
  const event = {
    kind: "xid",
    line,
    time,
    message: text,
    xid,
    pci: m[1],
    pid,
    process: process2,
    gpuInstance: m[2] ? Number(m[2].slice(" GPU-I:".length)) : null,
    computeInstance: m[3] ? Number(m[3].slice(" GPU-CI:".length)) : null,
    uuid: null,
    detail
  };
  const cause = CAUSED_BY.exec(detail);
  if (cause) event.causedBy = Number(cause[1]);
  return event;
}
function nvlinkFromXid(xid) {
  let link = null;
  let fatal = null;
  let unit = null;
  let registers = [];
  if (xid.xid === 74) {
    const m = XID74_LINK.exec(xid.detail);
    if (m) {
      link = Number(m[2]);
      fatal = m[1] === void 0 ? null : m[1].toLowerCase() === "fatal";
      registers = words(m[3]);
    }
  } else if (NVLINK5_XIDS.has(xid.xid)) {
    const m = NVLINK5_LINK.exec(xid.detail);
    if (m) {
      const number = Number(m[3]);
      link = number < 0 ? null : number;
      unit = m[1];
      fatal = m[2].toLowerCase() === "fatal";
      registers = words(m[4]);
    }
  } else {
    return null;
  }
  return { kind: "nvlink-error", line: xid.line, time: xid.time, message: xid.message, xid: xid.xid, pci: xid.pci, link, fatal, unit, registers };
}
function words(text) {
  const trimmed = text.trim();
  return trimmed === "" ? [] : trimmed.split(/[\s,]+/);
}
var LOADING = /NVRM: loading NVIDIA UNIX (?:(Open) Kernel Module for (\S{1,16})|(\S{1,16}) Kernel Module)\s{1,8}(\d{1,4}(?:\.\d{1,4}){1,3})\b/;
function matchDriverLoaded(message, line, time) {
  const m = LOADING.exec(message);
  if (!m) return null;
  return { kind: "driver-loaded", line, time, message, version: m[4], open: m[1] !== void 0, arch: m[2] ?? m[3] };
}
var API_CLIENT = /NVRM: API mismatch: the client has the version (\S{1,40}?), but/;
var API_KERNEL = /(?:^|\s)(?:NVRM: )?this kernel module has the version (\S{1,40}?)\.(?:\s|$)/;
function matchApiMismatchStart(message) {
  const m = API_CLIENT.exec(message);
  if (!m) return null;
  const kernel = API_KERNEL.exec(message.slice(m.index + m[0].length));
  return { clientVersion: m[1], kernelVersion: kernel ? kernel[1] : null };
}
function matchApiMismatchKernel(message) {
  const m = API_KERNEL.exec(message);
  return m ? m[1] : null;
}
var GPU_AT = /NVRM: GPU at (?:PCI:)?([0-9A-Fa-f]{4}:[0-9A-Fa-f]{2}:[0-9A-Fa-f]{2}): (GPU-[0-9A-Fa-f-]{8,40})/;
function matchGpuUuid(message) {
  const m = GPU_AT.exec(message);
  return m ? { pci: m[1], uuid: m[2] } : null;
}

// src/parsers/kernel-log/scanner.ts
var RECOGNIZE_WITHIN_LINES = 1e3;
var MAX_REMEMBERED_GPUS = 4096;
var DmesgScanner = class {
  constructor(sink) {
    this.sink = sink;
  }
  sink;
  lineNo = 0;
  carry = "";
  /** Characters of the current line so far while it is over MAX_LINE_CHARS and being skipped. */
  overlong = 0;
  pending = null;
  recognized = false;
  ended = false;
  uuids = /* @__PURE__ */ new Map();
  counts = Object.fromEntries(DMESG_EVENT_KINDS.map((kind) => [kind, 0]));
  push(chunk) {
    if (this.ended) return;
    let start = 0;
    for (; ; ) {
      const newline = chunk.indexOf("\n", start);
      if (newline === -1) break;
      if (this.overlong > 0) {
        this.lineNo++;
        this.sink.problem(overlongLine(this.lineNo, this.overlong + newline - start));
        this.overlong = 0;
      } else if (this.carry !== "") {
        const line = this.carry + chunk.slice(start, newline);
        this.carry = "";
        this.completeLine(line);
      } else {
        this.completeLine(chunk.slice(start, newline));
      }
      start = newline + 1;
    }
    if (start < chunk.length) this.keepPartial(chunk.slice(start));
  }
  end() {
    if (!this.ended) {
      this.ended = true;
      this.resolvePendingAtEnd();
      if (this.overlong > 0) {
        this.lineNo++;
        this.sink.problem(overlongLine(this.lineNo, this.overlong));
      } else if (this.carry !== "") {
        this.lineNo++;
        if (this.carry.trim() !== "") {
          this.sink.problem({ line: this.lineNo, message: "last line has no line end and may be cut off; not read" });
        }
      }
      this.carry = "";
    }
    return { lines: this.lineNo, counts: { ...this.counts }, recognized: this.recognized || this.total() > 0 };
  }
  total() {
    return Object.values(this.counts).reduce((sum, count) => sum + count, 0);
  }
  keepPartial(part) {
    if (this.overlong > 0) {
      this.overlong += part.length;
    } else if (this.carry.length + part.length > MAX_LINE_CHARS) {
      this.overlong = this.carry.length + part.length;
      this.carry = "";
    } else {
      this.carry += part;
    }
  }
  completeLine(raw) {
    this.lineNo++;
    if (raw.length > MAX_LINE_CHARS) {
      this.sink.problem(overlongLine(this.lineNo, raw.length));
      return;
    }
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (line.charCodeAt(0) === 32 && KMSG_DICTIONARY.test(line)) return;
    if (!this.recognized && this.lineNo <= RECOGNIZE_WITHIN_LINES && splitPrefix(line).time !== null) this.recognized = true;
    if (this.pending !== null && this.continuePending(this.pending, line)) return;
    this.dispatch(line);
  }
  emit(event) {
    this.counts[event.kind]++;
    this.sink.event(event);
  }
  problem(message, line = this.lineNo) {
    this.sink.problem({ line, message });
  }
  // Cheap substring checks first: almost every line of a real log matches none of them.
  dispatch(raw) {
    const nvrm = raw.indexOf("NVRM: ");
    if (nvrm !== -1) return this.nvrm(raw, nvrm);
    if (raw.includes("AMD-Vi: Event logged")) return this.amdVi(raw);
    if (raw.includes("DMAR: [")) return this.simple(raw, "Intel DMAR fault", matchIntelDmar);
    if (raw.includes(" devid: 0x")) return this.simple(raw, null, matchRiscvIommu);
    if (raw.includes("available PCIe bandwidth, limited by")) return this.simple(raw, "PCIe bandwidth", matchPcieDegraded);
    if (raw.includes("disagrees about version of symbol")) return this.simple(raw, "symbol version", matchSymbolMismatch);
    if (raw.includes("Unknown symbol ")) return this.simple(raw, null, matchUnknownSymbol);
    if (raw.includes("Loading of ") || raw.includes("Lockdown: ") || raw.includes("could not insert")) {
      return this.simple(raw, null, matchModuleRejected);
    }
  }
  /** Matches one message; `what` names it in the problem when the trigger is there but the shape is not. */
  simple(raw, what, match) {
    const split = splitPrefix(raw);
    const event = match(split.message, this.lineNo, split.time);
    if (event) this.emit(event);
    else if (what) this.problem(`looks like a ${what} message but could not be read: ${printable(split.message)}`);
  }
  nvrm(raw, at) {
    if (raw.startsWith("NVRM: Xid", at)) return this.xid(raw, at);
    if (raw.startsWith("NVRM: GPU at ", at)) {
      const gpu = matchGpuUuid(raw.slice(at));
      if (!gpu) return;
      const key = gpu.pci.toLowerCase();
      if (this.uuids.size < MAX_REMEMBERED_GPUS || this.uuids.has(key)) this.uuids.set(key, gpu.uuid);
      return;
    }
    const loading = raw.startsWith("NVRM: loading NVIDIA UNIX", at);
    if (!loading && !raw.startsWith("NVRM: API mismatch", at)) return;
    const split = splitPrefix(raw);
    const message = split.message;
    if (loading) {
      const loaded = matchDriverLoaded(message, this.lineNo, split.time);
      if (loaded) this.emit(loaded);
      else this.problem(`looks like a driver load banner but could not be read: ${printable(message)}`);
      return;
    }
    const start = matchApiMismatchStart(message);
    if (!start) return this.problem(`looks like an API mismatch message but could not be read: ${printable(message)}`);
    if (start.kernelVersion !== null) {
      this.emit({ kind: "api-mismatch", line: this.lineNo, time: split.time, message, clientVersion: start.clientVersion, kernelVersion: start.kernelVersion });
    } else {
      this.pending = { kind: "api-mismatch", line: this.lineNo, time: split.time, message, clientVersion: start.clientVersion };
    }
  }
  xid(raw, at) {
    let text = raw.slice(at).trimEnd();
    if (at > 0 && raw[at - 1] === '"' && text.endsWith('"')) text = text.slice(0, -1);
    const time = at === 0 ? null : splitPrefix(raw).time;
    const xid = matchXid(text, this.lineNo, time);
    if (!xid) return this.problem(`looks like an Xid report but could not be read (cut off?): ${printable(text)}`);
    if (this.uuids.size > 0) xid.uuid = this.uuids.get(xid.pci.toLowerCase()) ?? null;
    this.emit(xid);
    const nvlink = nvlinkFromXid(xid);
    if (nvlink) this.emit(nvlink);
  }
  amdVi(raw) {
    const split = splitPrefix(raw);
    const match = matchAmdVi(split.message);
    if (match?.open) {
      this.pending = { kind: "amd-vi", line: this.lineNo, time: split.time, message: split.message };
      return;
    }
    this.emitAmdVi(split.message, this.lineNo, split.time, match?.fields);
  }
  emitAmdVi(message, line, time, matched) {
    const fields = matched === void 0 ? matchAmdVi(message)?.fields : matched;
    if (fields) this.emit({ kind: "iommu-fault", line, time, message, ...fields });
    else this.problem(`looks like an AMD-Vi event but names no device: ${printable(message)}`, line);
  }
  /** true when the line completed the pending message (and is used up). */
  continuePending(pending, raw) {
    this.pending = null;
    const split = splitPrefix(raw);
    if (pending.kind === "api-mismatch") {
      const kernelVersion = matchApiMismatchKernel(split.message);
      if (kernelVersion === null) {
        this.problem("API mismatch message ends before the kernel module version; not read", pending.line);
        return false;
      }
      const message = `${pending.message} ${split.message}`;
      this.emit({ kind: "api-mismatch", line: pending.line, time: pending.time, message, clientVersion: pending.clientVersion, kernelVersion });
      return true;
    }
    const continues = split.time === null && !raw.includes("AMD-Vi") && split.message.includes("]");
    this.emitAmdVi(continues ? `${pending.message} ${split.message}` : pending.message, pending.line, pending.time);
    return continues;
  }
  resolvePendingAtEnd() {
    const pending = this.pending;
    this.pending = null;
    if (pending === null) return;
    if (pending.kind === "api-mismatch") {
      this.problem("API mismatch message is cut off before the kernel module version; not read", pending.line);
    } else {
      this.emitAmdVi(pending.message, pending.line, pending.time);
    }
  }
};
function overlongLine(line, length) {
  return { line, message: `line is ${length} characters long (no kernel log line is); skipped` };
}

// src/parsers/dmesg.ts
var parseDmesg = neverThrows(readDmesg, () => ({ events: [] }));
function readDmesg(text) {
  const events = [];
  const problems = new ProblemList();
  if (text.trim() === "") return { data: { events }, problems: [{ line: 0, message: describeEmpty(text) }], ok: false };
  const scanner = new DmesgScanner({ event: (event) => events.push(event), problem: (p) => problems.add(p.line, p.message) });
  scanner.push(text);
  const summary2 = scanner.end();
  if (!summary2.recognized) {
    problems.add(0, `${describeEmpty(text)}: no kernel log lines (no timestamp, log prefix or known message)`);
  }
  return { data: { events }, problems: problems.toArray(), ok: summary2.recognized };
}

// src/parsers/complete-lines.ts
function completeLines(text, problems) {
  const tailStart = text.lastIndexOf("\n") + 1;
  const lines = splitLines(text.slice(0, tailStart), problems);
  const tail = text.slice(tailStart);
  if (tail.trim() !== "") {
    const no = newlines(text, tailStart) + 1;
    if (tail.length > MAX_LINE_CHARS) problems.add(no, `line is ${tail.length} characters long (no real output line is); skipped`);
    else problems.add(no, "last line has no line end and may be cut off; not read");
  }
  return lines;
}
function newlines(text, end) {
  let count = 0;
  for (let at = text.indexOf("\n"); at !== -1 && at < end; at = text.indexOf("\n", at + 1)) count++;
  return count;
}

// src/parsers/lsmod.ts
var ROW = /^([A-Za-z0-9_-]{1,64})\s+(\d{1,12})\s+(-?\d{1,9})(?:\s+([A-Za-z0-9_,-]{1,4000}))?(?:\s+\[permanent\])?$/;
var HEADER2 = /^Module\s+Size\s+Used by$/;
var COMMAND = /(^|[\s#$>])lsmod\b/;
var parseLsmod = neverThrows(readLsmod, () => ({ modules: [] }));
function readLsmod(text) {
  const problems = new ProblemList();
  const modules = [];
  for (const line of completeLines(text, problems)) {
    const trimmed = line.text.trim();
    if (trimmed === "" || HEADER2.test(trimmed) || COMMAND.test(trimmed)) continue;
    const m = ROW.exec(trimmed);
    if (!m) {
      problems.add(line.no, `not an lsmod row: "${printable(trimmed)}"`);
      continue;
    }
    const users = (m[4] ?? "").split(",").filter((user) => user !== "" && user !== "-");
    modules.push({ name: m[1], size: Number(m[2]), usedBy: Number(m[3]), users });
  }
  if (modules.length === 0) problems.add(0, `${describeEmpty(text)}: no lsmod rows`);
  return { data: { modules }, problems: problems.toArray(), ok: modules.length > 0 };
}

// src/parsers/modinfo.ts
var FIELD = /^([a-z][a-z0-9_.-]{0,40}):\s*(.*)$/;
var CONTINUATION = /^\s+(\S.*)$/;
var COMMAND2 = /(^|[\s#$>])modinfo\b/;
var parseModinfo = neverThrows(readModinfo, emptyModinfo);
function emptyModinfo() {
  return {
    name: null,
    filename: null,
    version: null,
    license: null,
    vermagic: null,
    signer: null,
    sigKey: null,
    sigHashAlgo: null,
    signed: false,
    depends: [],
    firmware: [],
    fields: {}
  };
}
function readModinfo(text) {
  const problems = new ProblemList();
  const fields = {};
  let last = null;
  for (const line of completeLines(text, problems)) {
    if (line.text.trim() === "") continue;
    const error = /^modinfo: ERROR: (.*)$/.exec(line.text.trim());
    if (error) {
      problems.add(line.no, `modinfo: ${error[1]}`);
      last = null;
      continue;
    }
    const field = FIELD.exec(line.text);
    if (field) {
      const key = field[1];
      const values = fields[key] ??= [];
      values.push(field[2].trim());
      last = { key, index: values.length - 1 };
      continue;
    }
    const continuation = CONTINUATION.exec(line.text);
    if (continuation && last) {
      const values = fields[last.key];
      values[last.index] = `${values[last.index]}${continuation[1].trim()}`;
      continue;
    }
    if (COMMAND2.test(line.text)) continue;
    problems.add(line.no, `not a modinfo field: "${printable(line.text.trim())}"`);
    last = null;
  }
  const first = (key) => fields[key]?.[0] ?? null;
  const filename = first("filename");
  const data = {
    name: first("name") ?? (filename ? moduleName(filename) : null),
    filename,
    version: first("version"),
    license: first("license"),
    vermagic: first("vermagic"),
    signer: first("signer"),
    sigKey: first("sig_key"),
    sigHashAlgo: first("sig_hashalgo"),
    signed: ["sig_id", "signer", "signature"].some((key) => fields[key] !== void 0),
    depends: (first("depends") ?? "").split(",").filter((dep) => dep !== ""),
    firmware: fields.firmware ?? [],
    fields
  };
  const ok = Object.keys(fields).length > 0;
  if (!ok) problems.add(0, `${describeEmpty(text)}: no modinfo fields`);
  return { data, problems: problems.toArray(), ok };
}

// src/smoke/kernel-log.ts
function logDelta(marker, log) {
  const mark = marker.replace(/\r?\n$/, "");
  if (mark.trim() === "") return { text: log, markerFound: false };
  const lines = log.split("\n");
  const at = lines.lastIndexOf(mark);
  if (at < 0) return { text: log, markerFound: false };
  return { text: lines.slice(at + 1).join("\n"), markerFound: true };
}
var BAD = {
  xid: "Xid",
  "nvlink-error": "NVLink error",
  "iommu-fault": "IOMMU fault",
  "module-rejected": "module rejected",
  "symbol-mismatch": "symbol version mismatch",
  "unknown-symbol": "unknown symbol",
  "api-mismatch": "NVRM API mismatch"
};
function kernelLogChecks(events) {
  const checks = [];
  for (const [kind, title] of Object.entries(BAD)) {
    const found = events.filter((e) => e.kind === kind);
    if (found.length === 0) continue;
    checks.push(check.fail(kernelLogCheckName(kind), `${found.length} ${title} event(s): ${found.slice(0, 3).map(describeEvent).join("; ")}${found.length > 3 ? "; \u2026" : ""}`, { actual: found.map(summary) }));
  }
  if (checks.length === 0) checks.push(check.pass("kernel-log", "no Xid, NVLink error, IOMMU fault, signature rejection, symbol or API mismatch"));
  return checks;
}
function describeEvent(event) {
  switch (event.kind) {
    case "xid":
      return `line ${event.line}: Xid ${event.xid} on PCI ${event.pci}${event.detail ? ` (${clip(event.detail)})` : ""}`;
    case "nvlink-error":
      return `line ${event.line}: NVLink ${event.fatal === false ? "non-fatal" : "fatal"} error on PCI ${event.pci}${event.link === null ? "" : ` link ${event.link}`}`;
    case "iommu-fault":
      return `line ${event.line}: ${event.vendor} fault from ${event.device}${event.reason ? ` (${clip(event.reason)})` : ""}`;
    case "module-rejected":
      return `line ${event.line}: ${event.module ?? "a module"} rejected (${event.reason})`;
    case "symbol-mismatch":
      return `line ${event.line}: ${event.module} disagrees about symbol ${event.symbol}`;
    case "unknown-symbol":
      return `line ${event.line}: ${event.module}: unknown symbol ${event.symbol}`;
    case "api-mismatch":
      return `line ${event.line}: client ${event.clientVersion} vs kernel module ${event.kernelVersion}`;
    default:
      return `line ${event.line}: ${clip(event.message)}`;
  }
}
function summary(event) {
  const { message: _message, ...rest } = event;
  return rest;
}
function clip(text) {
  return text.length > 80 ? `${text.slice(0, 80)}\u2026` : text;
}

// src/smoke/steps/module-load.ts
var LOG_MARKER = ["sh", "-c", "dmesg | tail -n 1"];
var moduleLoadStep = {
  name: "module-load",
  needsGpu: true,
  async run(ctx) {
    const checks = [];
    const problems = [];
    const data = {};
    const { module, load, path } = ctx.config.driver;
    const release = ctx.facts.kernelRelease ?? await unameR(ctx);
    const marker = await ctx.run("kernel-log-marker", LOG_MARKER, { class: "node" });
    if (load === "insmod" && path === null) throw new StepEnd("error", "driver.load is insmod but driver.path is not set");
    const argv = load === "insmod" ? ["insmod", path] : ["modprobe", module];
    const loaded = await ctx.run("load", argv, { class: "node" });
    const alreadyIn = load === "insmod" && /File exists/.test(loaded.stderr);
    if (loaded.exitCode === 0 || alreadyIn) {
      checks.push(check.pass("load", `${argv.join(" ")}: ${alreadyIn ? "already loaded" : "ok"}`));
    } else {
      if (notInstalled(loaded) || /not found|No such device/i.test(loaded.stderr)) {
        const probe = await ctx.run("pci-probe", PCI_PROBE, { class: "node" });
        if (countNvidiaGpus(probe.stdout) === 0) throw new StepEnd("skip", "no NVIDIA GPU", { data: { load: firstLine(loaded) } });
      }
      checks.push(check.fail("load", `${argv.join(" ")} failed (${describeExit(loaded)}): ${firstLine(loaded)}`));
    }
    const lsmod = await ctx.run("lsmod", ["lsmod"], { class: "node" });
    const modules = parseLsmod(lsmod.stdout);
    problems.push(...modules.problems.map((p) => ({ ...p, source: "lsmod" })));
    const entry = modules.data.modules.find((m) => m.name === module);
    keepParsed(data, "lsmod", lsmod.exitCode === 0 ? modules : null);
    if (lsmod.exitCode !== 0) checks.push(check.error("lsmod", `lsmod failed (${describeExit(lsmod)}): ${firstLine(lsmod)}`));
    else if (entry) checks.push(check.pass("lsmod", `${module} loaded (${entry.size} bytes, used by ${entry.usedBy})`));
    else checks.push(check.fail("lsmod", `${module} is not in lsmod after loading`));
    const info = await ctx.run("modinfo", ["modinfo", load === "insmod" ? path : module], { class: "node" });
    const parsedInfo = parseModinfo(info.stdout);
    problems.push(...parsedInfo.problems.map((p) => ({ ...p, source: "modinfo" })));
    const mod = parsedInfo.data;
    keepParsed(data, "modinfo", parsedInfo);
    if (info.exitCode !== 0 || !parsedInfo.ok) {
      checks.push(check.error("modinfo", `modinfo failed (${describeExit(info)}): ${firstLine(info)}`));
    } else {
      const vermagicRelease = mod.vermagic?.split(/\s+/)[0] ?? null;
      if (vermagicRelease === null) checks.push(check.fail("vermagic", "modinfo shows no vermagic"));
      else if (release === null) checks.push(check.skip("vermagic", `built for ${vermagicRelease}; kernel release unknown`));
      else if (vermagicRelease === release) checks.push(check.pass("vermagic", `built for ${release}`));
      else checks.push(check.fail("vermagic", `built for ${vermagicRelease}, running ${release}`, { expected: release, actual: vermagicRelease }));
      checks.push(mod.signed ? check.pass("signature", `signed by ${mod.signer ?? "an unnamed signer"} (${mod.sigHashAlgo ?? "unknown hash"})`) : check.fail("signature", "the module carries no signature"));
      if (mod.version) {
        ctx.facts.driverVersion = mod.version;
        const want = ctx.config.expectedDriverVersion;
        if (want !== null) checks.push(mod.version === want ? check.pass("driver-version", mod.version) : check.fail("driver-version", `${mod.version}, expected ${want}`, { expected: want, actual: mod.version }));
      }
    }
    if (ctx.moduleDigests) await checkDigest(ctx, checks, data);
    else checks.push(check.skip("sha256", "no signing manifest given"));
    const log = await ctx.run("kernel-log", ["dmesg"], { class: "node" });
    if (log.exitCode !== 0) {
      checks.push(check.error("kernel-log", `cannot read the kernel log (${describeExit(log)}): ${firstLine(log)}`));
    } else {
      const delta = logDelta(marker.exitCode === 0 ? marker.stdout : "", log.stdout);
      const parsed = parseDmesg(delta.text);
      problems.push(...parsed.problems.map((p) => ({ ...p, source: "dmesg" })));
      data.dmesg = parsed.data;
      data["kernel-log"] = { markerFound: delta.markerFound, lines: delta.text.split("\n").filter((l) => l !== "").length };
      checks.push(...kernelLogChecks(parsed.data.events));
      const loadedEvent = parsed.data.events.find((e) => e.kind === "driver-loaded");
      if (loadedEvent && loadedEvent.kind === "driver-loaded") ctx.facts.driverVersion ??= loadedEvent.version;
    }
    return { checks, data, problems };
  }
};
async function unameR(ctx) {
  const uname = await ctx.run("uname-r", ["uname", "-r"], { class: "node" });
  if (uname.exitCode !== 0) return null;
  ctx.facts.kernelRelease = uname.stdout.trim();
  return ctx.facts.kernelRelease;
}
async function checkDigest(ctx, checks, data) {
  const { module, path } = ctx.config.driver;
  let file = path;
  if (file === null) {
    const where = await ctx.run("modinfo-filename", ["modinfo", "-n", module], { class: "node" });
    file = where.exitCode === 0 ? where.stdout.trim() || null : null;
  }
  if (file === null) return void checks.push(check.error("sha256", `cannot find the file of module ${module}`));
  const base = file.split("/").at(-1);
  const wanted = ctx.moduleDigests?.get(base) ?? ctx.moduleDigests?.get(base.replace(/\.(xz|zst|gz)$/, ""));
  if (wanted === void 0) return void checks.push(check.fail("sha256", `${base} is not in the signing manifest`));
  const sum = await ctx.run("sha256sum", ["sha256sum", file], { class: "node" });
  const got = /^([0-9a-f]{64})\b/.exec(sum.stdout.trim())?.[1];
  data.sha256 = { file, expected: wanted, actual: got ?? null };
  if (sum.exitCode !== 0 || !got) checks.push(check.error("sha256", `sha256sum ${file} failed: ${firstLine(sum)}`));
  else if (got === wanted) checks.push(check.pass("sha256", `${base} matches the signing manifest`));
  else checks.push(check.fail("sha256", `${base} on the node is ${got.slice(0, 12)}\u2026, the signing manifest says ${wanted.slice(0, 12)}\u2026`, { expected: wanted, actual: got }));
}

// src/parsers/nvbandwidth-json.ts
function readNvbandwidthJson(text, problems) {
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    problems.add(0, `input starts like JSON but is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
  const root = record(record(parsed)?.nvbandwidth);
  if (!root) {
    problems.add(0, 'JSON has no "nvbandwidth" object');
    return null;
  }
  if (typeof root.error === "string") problems.add(0, `nvbandwidth error: ${root.error}`);
  const testcases = [];
  const list = Array.isArray(root.testcases) ? root.testcases : [];
  if (!Array.isArray(root.testcases)) problems.add(0, 'JSON has no "testcases" array');
  list.forEach((entry, index) => {
    const testcase = readTestcase(entry, index, problems);
    if (testcase) testcases.push(testcase);
  });
  return {
    version: text_(root.version),
    driverVersion: text_(root["Driver Version"]),
    cudaRuntimeVersion: text_(root["CUDA Runtime Version"]),
    devices: readDevices(root["GPU Device list"]),
    testcases
  };
}
function readTestcase(entry, index, problems) {
  const tc = record(entry);
  const name = text_(tc?.name);
  if (!tc || name === null) {
    problems.add(0, `testcases[${index}] has no name`);
    return null;
  }
  const status = text_(tc.status);
  if (status === "Waived") return { name, status: "waived", title: text_(tc.bandwidth_description), matrix: null, sum: null, matrices: [] };
  if (status !== "Passed") {
    const error = text_(tc.error);
    problems.add(0, `testcase ${name}: status ${status ?? "missing"}${error ? ` (${error})` : ""}; not read`);
    return null;
  }
  const raw = tc.bandwidth_matrix;
  if (!Array.isArray(raw) || raw.length === 0 || !raw.every(Array.isArray)) {
    problems.add(0, `testcase ${name}: no bandwidth_matrix`);
    return null;
  }
  const matrix = raw.map((row) => row.map((cell) => typeof cell === "number" ? cell : toNumber(text_(cell) ?? void 0)));
  const sum = typeof tc.sum === "number" ? tc.sum : toNumber(text_(tc.sum) ?? void 0);
  const title = text_(tc.bandwidth_description);
  return { name, status: "ok", title, matrix, sum, matrices: [{ title, matrix, sum }] };
}
function readDevices(value) {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry, index) => {
    const line = text_(entry);
    if (line === null) return [];
    const m = /^(?:(\d+): )?(.*?)(?: \(([0-9a-f]{4,8}:[0-9a-f]{2}:[0-9a-f]{2})\))?$/i.exec(line);
    return [{ index: m?.[1] === void 0 ? index : Number(m[1]), name: (m?.[2] ?? line).trim(), pci: m?.[3] ?? null }];
  });
}
function record(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : null;
}
function text_(value) {
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  return null;
}

// src/parsers/nvbandwidth.ts
var RUNNING = /^Running (\S{1,200})\.$/;
var WAIVING_V02 = /^Waiving (\S{1,200})\.$/;
var STATUS = /^(Waived|Error|Not Found):\s*(.*)$/;
var SUM = /^SUM (\S{1,200}) (\S{1,40})$/;
var TITLE = /\((?:GB\/s|ns|us)\)\s*$/;
var DEVICE = /^Device (\d{1,4}): (.*?)(?: \(([0-9a-f]{4,8}:[0-9a-f]{2}:[0-9a-f]{2})\))?$/i;
var parseNvbandwidth = neverThrows(readNvbandwidth, emptyData);
function emptyData() {
  return { version: null, driverVersion: null, cudaRuntimeVersion: null, devices: [], testcases: [] };
}
function readNvbandwidth(text) {
  const problems = new ProblemList();
  const data = text.trimStart().startsWith("{") ? readNvbandwidthJson(text, problems) ?? emptyData() : readText(text, problems);
  const ok = data.testcases.length > 0;
  if (!ok && text.includes("Index, Name:")) problems.add(0, "this is a testcase list (nvbandwidth -l), not results");
  else if (!ok) problems.add(0, `${describeEmpty(text)}: no nvbandwidth testcase results`);
  return { data, problems: problems.toArray(), ok };
}
function readText(text, problems) {
  const data = emptyData();
  let open = null;
  const close = () => {
    if (open) finish2(open, data, problems);
    open = null;
  };
  for (const line of completeLines(text, problems)) {
    const trimmed = line.text.replace(/^\s*(?:>\s?)+/, "").trim();
    const current = open;
    if (current?.columns) {
      if (readMatrixLine(current, trimmed, line, problems)) continue;
    }
    if (trimmed === "") continue;
    let m;
    if (m = RUNNING.exec(trimmed)) {
      close();
      open = { name: m[1], line: line.no, waived: false, failed: false, matrices: [], title: null, columns: null, rows: [] };
    } else if (m = WAIVING_V02.exec(trimmed)) {
      if (current?.name !== m[1]) close();
      data.testcases.push({ name: m[1], status: "waived", title: null, matrix: null, sum: null, matrices: [] });
      open = null;
    } else if (m = STATUS.exec(trimmed)) {
      if (!current) problems.add(line.no, `"${m[1]}:" without a testcase before it`);
      else if (m[1] === "Waived") current.waived = true;
      else {
        current.failed = true;
        problems.add(line.no, `testcase ${current.name}: ${m[1]}: ${printable(m[2])}`);
      }
    } else if (m = SUM.exec(trimmed)) {
      const last = current?.matrices[current.matrices.length - 1];
      if (last && last.sum === null) last.sum = toNumber(m[2]);
      else problems.add(line.no, `SUM line without a matrix before it`);
    } else if (TITLE.test(trimmed) && current) {
      current.title = trimmed;
      current.columns = [];
    } else if (!current) {
      readHeaderLine(trimmed, data);
    } else if (!/^(MIN|MAX|AVG) /.test(trimmed)) {
      problems.add(line.no, `testcase ${current.name}: unexpected line "${printable(trimmed)}"`);
    }
  }
  close();
  return data;
}
function readMatrixLine(open, trimmed, line, problems) {
  const columns = open.columns;
  if (trimmed === "") {
    endMatrix(open, line.no, problems);
    return true;
  }
  const cells = trimmed.split(/\s+/);
  if (columns.length === 0) {
    open.columns = cells;
    return true;
  }
  if (SUM.test(trimmed) || RUNNING.test(trimmed) || STATUS.test(trimmed)) {
    endMatrix(open, line.no, problems);
    return false;
  }
  const values = cells.slice(1).map((cell) => cell === "N/A" ? null : toNumber(cell));
  if (values.length !== columns.length || values.some((v, i) => v === null && cells[i + 1] !== "N/A")) {
    problems.add(line.no, `testcase ${open.name}: matrix row has ${values.length} of ${columns.length} values or an unreadable one (cut off?)`);
    open.failed = true;
    open.columns = null;
    return true;
  }
  open.rows.push(values);
  return true;
}
function endMatrix(open, lineNo, problems) {
  if (open.rows.length === 0) {
    problems.add(lineNo, `testcase ${open.name}: matrix without rows`);
    open.failed = true;
  } else {
    open.matrices.push({ title: open.title, matrix: open.rows, sum: null });
  }
  open.columns = null;
  open.rows = [];
}
function finish2(open, data, problems) {
  if (open.columns && open.rows.length > 0 && !open.failed) open.matrices.push({ title: open.title, matrix: open.rows, sum: null });
  else if (open.columns) open.failed = true;
  if (open.waived) {
    data.testcases.push({ name: open.name, status: "waived", title: open.title, matrix: null, sum: null, matrices: [] });
    return;
  }
  const last = open.matrices[open.matrices.length - 1];
  if (open.failed || !last) {
    if (!open.failed) problems.add(open.line, `testcase ${open.name}: no result (cut off?)`);
    else problems.add(open.line, `testcase ${open.name}: incomplete; not read`);
    return;
  }
  data.testcases.push({ name: open.name, status: "ok", title: last.title, matrix: last.matrix, sum: last.sum, matrices: open.matrices });
}
function readHeaderLine(trimmed, data) {
  let m;
  if (m = /^nvbandwidth Version: (\S+)/.exec(trimmed)) data.version = m[1];
  else if (m = /^Driver Version: (\S+)/.exec(trimmed)) data.driverVersion = m[1];
  else if (m = /^CUDA Runtime Version: (\S+)/.exec(trimmed)) data.cudaRuntimeVersion = m[1];
  else if (m = DEVICE.exec(trimmed)) data.devices.push({ index: Number(m[1]), name: m[2].trim(), pci: m[3] ?? null });
}

// src/parsers/p2p.ts
var TITLE2 = /^(?:(Unidirectional|Bidirectional) )?P2P=(Enabled|Disabled) (Bandwidth|Latency)\b.*\((GB\/s|us)\)$/;
var CONNECTIVITY = /^P2P Connectivity Matrix$/;
var HEADER3 = /^(D\\D|GPU|CPU)((?:\s+\d{1,3})+)$/;
var DEVICE2 = /^Device: (\d{1,4}), (.*), pciBusID: ([0-9a-f]{1,4}), pciDeviceID: [0-9a-f]{1,4}, pciDomainID:\s?[0-9a-f]{1,8}$/i;
var PEER = /^Device=(\d{1,4}) (CAN|CANNOT) Access Peer Device=(\d{1,4})$/;
var parseP2p = neverThrows(readP2p, () => ({ devices: [], peerAccess: [], connectivity: null, matrices: [] }));
function readP2p(text) {
  const problems = new ProblemList();
  const data = { devices: [], peerAccess: [], connectivity: null, matrices: [] };
  let title = null;
  let table = null;
  const close = (reason) => {
    if (table) finish3(table, data, problems, reason);
    table = null;
  };
  for (const line of completeLines(text, problems)) {
    const trimmed = line.text.trim();
    const current = table;
    if (current && trimmed !== "" && readRow(current, trimmed, line, problems)) continue;
    if (current) close(trimmed === "" ? null : trimmed);
    if (trimmed === "") continue;
    let m;
    if ((m = HEADER3.exec(trimmed)) && title) {
      const columns = m[2].trim().split(/\s+/).length;
      const sub = m[1] === "D\\D" ? null : m[1];
      table = { title: title.text, line: line.no, kind: title.kind, table: sub, columns, rows: [] };
    } else if (CONNECTIVITY.test(trimmed)) {
      title = { text: trimmed, line: line.no, kind: "connectivity" };
    } else if (m = TITLE2.exec(trimmed)) {
      title = { text: trimmed, line: line.no, kind: describe(m) };
    } else if (m = DEVICE2.exec(trimmed)) {
      data.devices.push({ index: Number(m[1]), name: m[2].trim(), pciBusId: m[3] });
    } else if (m = PEER.exec(trimmed)) {
      data.peerAccess.push({ from: Number(m[1]), to: Number(m[3]), can: m[2] === "CAN" });
    } else if (/^(\.{3}|\[\.\.\.\])$/.test(trimmed)) {
      problems.add(line.no, 'lines elided ("..."): the output is incomplete');
    } else if (!isChatter(trimmed)) {
      problems.add(line.no, `unexpected line: "${printable(trimmed)}"`);
    }
  }
  close("the end of the output");
  const ok = data.matrices.length > 0 || data.connectivity !== null || data.devices.length > 0 || data.peerAccess.length > 0;
  if (!ok) problems.add(0, `${describeEmpty(text)}: no p2pBandwidthLatencyTest output`);
  return { data, problems: problems.toArray(), ok };
}
function describe(m) {
  const metric = m[3] === "Latency" ? "latency" : "bandwidth";
  const direction = m[1] === "Unidirectional" ? "unidirectional" : m[1] === "Bidirectional" ? "bidirectional" : null;
  return { title: m[0], metric, direction, p2p: m[2] === "Enabled" };
}
function readRow(table, trimmed, line, problems) {
  const cells = trimmed.split(/\s+/);
  if (!/^\d{1,3}$/.test(cells[0])) return false;
  const values = cells.slice(1).map((cell) => toNumber(cell));
  if (values.length !== table.columns || values.some((value) => value === null)) {
    problems.add(line.no, `${table.title}: row ${cells[0]} has ${values.length} of ${table.columns} values or an unreadable one (cut off?)`);
    table.rows = [];
    table.columns = -1;
    return true;
  }
  table.rows.push(values);
  return true;
}
function finish3(table, data, problems, endedBy) {
  if (table.columns < 0) return;
  if (table.rows.length !== table.columns) {
    const by = endedBy === null ? "" : ` (ended by "${printable(endedBy, 40)}")`;
    problems.add(table.line, `${table.title}: ${table.rows.length} of ${table.columns} rows${by}; not read`);
    return;
  }
  if (table.kind === "connectivity") {
    data.connectivity = table.rows;
    return;
  }
  data.matrices.push({ ...table.kind, title: table.title, table: table.table, values: table.rows });
}
function isChatter(trimmed) {
  return trimmed.startsWith("[P2P (Peer-to-Peer) GPU Bandwidth Latency Test]") || /^\*{0,3}NOTE:/.test(trimmed) || trimmed.startsWith("So you can see lesser Bandwidth") || /p2pBandwidthLatencyTest/.test(trimmed) || /^#/.test(trimmed);
}

// src/smoke/bandwidth-check.ts
function floorCheck(pairs, floor) {
  const judged = pairs.filter((p) => p.fraction !== null);
  if (judged.length === 0) return check.skip("peak-fraction", "no pair has a known NVLink peak (topology or link speed unknown)");
  const low = judged.filter((p) => p.fraction < floor);
  const worst2 = judged.reduce((w, p) => p.fraction < w.fraction ? p : w);
  if (low.length === 0) return check.pass("peak-fraction", `${judged.length} pairs \u2265 ${pct(floor)} of NVLink peak (lowest GPU${worst2.a}\u2192GPU${worst2.b} ${pct(worst2.fraction)})`);
  return check.fail(
    "peak-fraction",
    `${low.length} pair(s) below ${pct(floor)} of NVLink peak: ${low.slice(0, 4).map((p) => `GPU${p.a}\u2192GPU${p.b} ${p.GBs} GB/s = ${pct(p.fraction)} of ${p.peakGBs} GB/s`).join("; ")}${low.length > 4 ? "; \u2026" : ""}`,
    { expected: floor, actual: low.map((p) => ({ a: p.a, b: p.b, fraction: p.fraction })) }
  );
}
function baselineCheck(pairs, baseline, maxRegression) {
  if (!baseline || baseline.length === 0) return check.skip("vs-baseline", "no baseline for this canary");
  const before = new Map(baseline.map((p) => [`${p.a}-${p.b}`, p.GBs]));
  const drops = [];
  let compared = 0;
  for (const p of pairs) {
    const old = before.get(`${p.a}-${p.b}`);
    if (old === void 0 || old <= 0) continue;
    compared++;
    const change = (p.GBs - old) / old;
    if (change < -maxRegression) drops.push(`GPU${p.a}\u2192GPU${p.b} ${old} \u2192 ${p.GBs} GB/s (${pct(change)})`);
  }
  if (compared === 0) return check.skip("vs-baseline", "the baseline has none of these pairs");
  if (drops.length > 0) return check.fail("vs-baseline", `${drops.length} pair(s) dropped more than ${pct(maxRegression)}: ${drops.slice(0, 4).join("; ")}`, { expected: maxRegression, actual: drops });
  return check.pass("vs-baseline", `${compared} pairs within ${pct(maxRegression)} of the baseline`);
}
function storedPairs(data) {
  const pairs = data?.pairs;
  if (!Array.isArray(pairs)) return null;
  return pairs.filter(
    (p) => typeof p === "object" && p !== null && Number.isInteger(p.a) && Number.isInteger(p.b) && typeof p.GBs === "number"
  );
}
function pct(x) {
  return `${Math.round(x * 1e3) / 10}%`;
}

// src/smoke/link-model.ts
function linkModel(ctx) {
  const found = topologyFromStepData("node", null, ctx.previous.get("topology")?.data ?? {});
  const expected = ctx.config.expected;
  return {
    linkSpeedGBs: linkRateGBs(found, expected),
    pairPeak: (a, b) => pairPeakGBs(found, a, b, expected),
    gpuPeak: () => gpuPeakGBs(found, expected)
  };
}

// src/smoke/steps/peer-bandwidth.ts
var peerBandwidthStep = {
  name: "peer-bandwidth",
  needsGpu: true,
  async run(ctx) {
    const checks = [];
    const problems = [];
    const data = {};
    const { testcase, maxRegression } = ctx.config.bandwidth;
    const model = linkModel(ctx);
    let matrix = null;
    let tool;
    const nvb = await ctx.run("nvbandwidth", ["nvbandwidth", "-t", testcase], { class: "node" });
    if (!notInstalled(nvb)) {
      tool = "nvbandwidth";
      const parsed = parseNvbandwidth(nvb.stdout);
      keepParsed(data, "nvbandwidth", parsed);
      problems.push(...parsed.problems.map((p) => ({ ...p, source: "nvbandwidth" })));
      const tc = parsed.data.testcases.find((t) => t.name === testcase);
      if (nvb.exitCode !== 0 && !tc) checks.push(check.error("nvbandwidth", `nvbandwidth failed (${describeExit(nvb)}): ${firstLine(nvb)}`));
      else if (!tc) checks.push(check.error("nvbandwidth", `nvbandwidth printed no ${testcase} result`));
      else if (tc.status === "waived") {
        const nvlinkExpected = (ctx.config.expected?.nvlinksPerPair ?? 0) > 0;
        checks.push(nvlinkExpected ? check.fail("nvbandwidth", `${testcase} was waived: no peer access between the GPUs`) : check.skip("nvbandwidth", `${testcase} waived (no peer access; no NVLink expected)`));
      } else matrix = tc.matrix;
    } else {
      const p2p = await ctx.run("p2p", ["p2pBandwidthLatencyTest"], { class: "node" });
      if (notInstalled(p2p)) await endForMissingTool(ctx, p2p, "nvbandwidth or p2pBandwidthLatencyTest");
      tool = "p2pBandwidthLatencyTest";
      const parsed = parseP2p(p2p.stdout);
      keepParsed(data, "p2p", parsed);
      problems.push(...parsed.problems.map((p) => ({ ...p, source: "p2p" })));
      const m = p2pPairMatrix(parsed.data.matrices);
      if (!m) checks.push(check.error("p2p", `p2pBandwidthLatencyTest printed no unidirectional P2P=Enabled bandwidth matrix (${describeExit(p2p)})`));
      else matrix = m;
    }
    const pairs = matrix ? pairsFromMatrix(matrix, (a, b) => model.pairPeak(a, b)) : [];
    if (matrix && pairs.length === 0) checks.push(check.error("pairs", `${tool} reported no GPU pair`));
    if (pairs.length > 0) {
      checks.push(floorCheck(pairs, floorForRate(model.linkSpeedGBs, ctx.config.bandwidth.floor, ctx.config.bandwidth.linkGenerations)));
      checks.push(baselineCheck(pairs, storedPairs(ctx.baseline?.data), maxRegression));
    }
    return { checks, data: { ...data, tool, testcase: tool === "nvbandwidth" ? testcase : null, linkSpeedGBs: model.linkSpeedGBs, pairs }, problems };
  }
};

// src/smoke/steps/preflight.ts
var preflightStep = {
  name: "preflight",
  needsGpu: false,
  async run(ctx) {
    const checks = [];
    const data = {};
    const { preflight } = ctx.config;
    const uname = await ctx.run("uname-r", ["uname", "-r"], { class: "node" });
    if (uname.exitCode !== 0) throw new StepEnd("error", `uname -r failed (${describeExit(uname)}): ${firstLine(uname)}`);
    const release = uname.stdout.trim();
    ctx.facts.kernelRelease = release;
    data.kernelRelease = release;
    const expected = ctx.config.expectedKernelRelease;
    if (expected === null) checks.push(check.skip("kernel-release", `running ${release}; no expected release configured`));
    else if (release === expected) checks.push(check.pass("kernel-release", `running ${release}`, { expected, actual: release }));
    else checks.push(check.fail("kernel-release", `running ${release}, expected ${expected}`, { expected, actual: release }));
    const boot = await ctx.run("boot-id", ["cat", "/proc/sys/kernel/random/boot_id"], { class: "host" });
    ctx.facts.bootId = boot.exitCode === 0 ? boot.stdout.trim() || null : null;
    data.bootId = ctx.facts.bootId;
    const sig = await ctx.run("sig-enforce", ["cat", "/sys/module/module/parameters/sig_enforce"], { class: "node" });
    const sigEnforce = sig.exitCode === 0 ? sig.stdout.trim() === "Y" : null;
    const lock = await ctx.run("lockdown", ["cat", "/sys/kernel/security/lockdown"], { class: "node" });
    const lockdown = lock.exitCode === 0 ? /\[(\w+)\]/.exec(lock.stdout)?.[1] ?? null : null;
    data.security = { sigEnforce, lockdown };
    const state = `sig_enforce=${sigEnforce === null ? "absent" : sigEnforce ? "Y" : "N"}, lockdown=${lockdown ?? "absent"}`;
    if (!preflight.requireSigEnforce) checks.push(check.pass("module-signatures", `${state} (enforcement not required)`));
    else if (sigEnforce === true || lockdown === "integrity" || lockdown === "confidentiality") checks.push(check.pass("module-signatures", state));
    else checks.push(check.fail("module-signatures", `${state}: unsigned modules would load`, { expected: "sig_enforce=Y", actual: state }));
    const iommu = await ctx.run("iommu-groups", ["ls", "-1", "/sys/kernel/iommu_groups"], { class: "node" });
    const groups = iommu.exitCode === 0 ? iommu.stdout.split("\n").filter((l) => /^\d+$/.test(l.trim())).length : 0;
    data.iommuGroups = groups;
    if (groups > 0) checks.push(check.pass("iommu", `${groups} IOMMU groups`));
    else if (preflight.requireIommu) checks.push(check.fail("iommu", "IOMMU not enabled: no IOMMU groups", { expected: "> 0 groups", actual: 0 }));
    else checks.push(check.skip("iommu", "no IOMMU groups (not required)"));
    const df = await ctx.run("df", ["df", "-Pk", preflight.workDir], { class: "host" });
    const freeKb = Number(df.stdout.trim().split("\n").at(-1)?.trim().split(/\s+/)[3]);
    if (df.exitCode !== 0 || !Number.isFinite(freeKb)) {
      checks.push(check.error("free-disk", `cannot read free space of ${preflight.workDir}: ${firstLine(df)}`));
    } else {
      const freeMb = Math.floor(freeKb / 1024);
      data.freeDiskMB = freeMb;
      const ok = freeMb >= preflight.minFreeDiskMB;
      checks.push((ok ? check.pass : check.fail)("free-disk", `${freeMb} MB free in ${preflight.workDir}${ok ? "" : `, need ${preflight.minFreeDiskMB}`}`, { expected: `>= ${preflight.minFreeDiskMB}`, actual: freeMb }));
    }
    const before = ctx.now();
    const date = await ctx.run("date", ["date", "+%s.%N"], { class: "host" });
    const after = ctx.now();
    const remote = Number.parseFloat(date.stdout.trim());
    if (date.exitCode !== 0 || !Number.isFinite(remote)) {
      checks.push(check.error("clock-skew", `cannot read the node's clock: ${firstLine(date)}`));
    } else {
      const skewS = Math.round((remote - (before + after) / 2e3) * 1e3) / 1e3;
      data.clockSkewS = skewS;
      const ok = Math.abs(skewS) <= preflight.maxClockSkewS;
      checks.push((ok ? check.pass : check.fail)("clock-skew", `${skewS} s${ok ? "" : `, more than ${preflight.maxClockSkewS} s`}`, { expected: `|skew| <= ${preflight.maxClockSkewS}`, actual: skewS }));
    }
    return { checks, data, problems: [] };
  }
};

// src/parsers/nvlink-errors.ts
var parseNvlinkErrors = neverThrows(readNvlinkErrors, () => ({ gpus: [], totalErrors: 0 }));
function readNvlinkErrors(text) {
  const problems = new ProblemList();
  const lines = splitLines(text, problems);
  const gpus = [];
  if (refuseBinary(text, problems)) return { data: { gpus, totalErrors: 0 }, problems: problems.toArray(), ok: false };
  let current = null;
  let sawStatus = false;
  for (const line of lines) {
    const trimmed = line.text.trim();
    if (trimmed === "") continue;
    const header = parseSmiGpuHeader(trimmed);
    if (header) {
      current = { ...header, links: [], totals: {} };
      gpus.push(current);
      continue;
    }
    const counter = /^Link (\d+):\s*([A-Za-z][A-Za-z0-9 ._-]*?)\s*:\s*(\S+)$/.exec(trimmed);
    if (counter?.[1] && counter[2] && counter[3]) {
      if (!current) {
        problems.add(line.no, 'counter line before any "GPU N:" header');
        continue;
      }
      const value = readCount(counter[3]);
      if (value === void 0) {
        problems.add(line.no, `GPU ${current.index} link ${counter[1]} ${counter[2]}: unreadable value "${counter[3].slice(0, 30)}"`);
        continue;
      }
      const number = Number(counter[1]);
      let link = current.links.find((l) => l.link === number);
      if (!link) {
        link = { link: number, counters: {} };
        current.links.push(link);
      }
      link.counters[counter[2]] = value;
      current.totals[counter[2]] = (current.totals[counter[2]] ?? 0) + (value ?? 0);
      continue;
    }
    if (isNvmlFailureLine(trimmed)) continue;
    if (isElision(trimmed)) problems.add(line.no, 'lines elided ("[...]"): links missing from the output');
    else if (gpus.length === 0 && /nvidia-smi/.test(trimmed)) continue;
    else if (/^Link \d+:\s*(<?inactive>?|[\d.]+\s*GB\/s)$/i.test(trimmed)) {
      if (!sawStatus) problems.add(line.no, "link speeds: this is `nvlink -s` output, not `nvlink -e`");
      sawStatus = true;
    } else problems.add(line.no, `unexpected line: "${trimmed.slice(0, 60)}"`);
  }
  let totalErrors = 0;
  for (const gpu of gpus) {
    for (const value of Object.values(gpu.totals)) totalErrors += value;
    const counts = new Set(gpu.links.map((l) => Object.keys(l.counters).length));
    if (counts.size > 1) problems.add(0, `GPU ${gpu.index}: links list different numbers of counters (output cut?)`);
  }
  if (gpus.length === 0) {
    const nvml = nvmlFailure(lines);
    problems.add(nvml?.line ?? 0, nvml ? `nvidia-smi failed: ${nvml.message}` : `${describeEmpty(text)}: no "GPU N:" header`);
  }
  const ok = gpus.some((g) => g.links.length > 0);
  if (gpus.length > 0 && !ok) problems.add(0, "no error counters found");
  return { data: { gpus, totalErrors }, problems: problems.toArray(), ok };
}
function readCount(text) {
  if (/^\d+$/.test(text)) return Number(text);
  if (/^(N\/A|\[N\/A\])$/i.test(text)) return null;
  return void 0;
}

// src/parsers/nvlink-status.ts
var parseNvlinkStatus = neverThrows(readNvlinkStatus, () => ({ gpus: [] }));
function readNvlinkStatus(text) {
  const problems = new ProblemList();
  const lines = splitLines(text, problems);
  const gpus = [];
  if (refuseBinary(text, problems)) return { data: { gpus }, problems: problems.toArray(), ok: false };
  let current = null;
  let unreadable = 0;
  for (const line of lines) {
    const trimmed = line.text.trim();
    if (trimmed === "") continue;
    const header = parseSmiGpuHeader(trimmed);
    if (header) {
      current = { ...header, links: [], activeLinks: 0, totalGBs: 0 };
      gpus.push(current);
      continue;
    }
    const link = /^Link (\d+):\s*(.*)$/.exec(trimmed);
    if (link?.[1] && link[2] !== void 0) {
      if (!current) {
        problems.add(line.no, 'link line before any "GPU N:" header');
        continue;
      }
      const parsed = readLinkState(link[2]);
      if (!parsed) {
        if (unreadable++ === 0) problems.add(line.no, `GPU ${current.index} link ${link[1]}: unreadable state "${link[2].slice(0, 40)}"`);
        continue;
      }
      current.links.push({ link: Number(link[1]), ...parsed });
      continue;
    }
    if (isNvmlFailureLine(trimmed)) continue;
    if (isElision(trimmed)) problems.add(line.no, 'lines elided ("[...]"): links missing from the output');
    else if (/nvlink|nvidia-smi|^\S+[@:].*[#$]/i.test(trimmed) && gpus.length === 0) continue;
    else problems.add(line.no, `unexpected line: "${trimmed.slice(0, 60)}"`);
  }
  for (const gpu of gpus) {
    gpu.activeLinks = gpu.links.filter((l) => l.active).length;
    gpu.totalGBs = round(gpu.links.reduce((sum, l) => sum + (l.speedGBs ?? 0), 0));
    const expected = Math.max(...gpus.map((g) => g.links.length));
    if (gpu.links.length < expected) {
      problems.add(0, `GPU ${gpu.index} lists ${gpu.links.length} links, another GPU lists ${expected} (output cut?)`);
    }
    if (gpu.links.length === 0) problems.add(0, `GPU ${gpu.index} lists no links (no NVLink, or output cut)`);
  }
  if (unreadable > 1) problems.add(0, `${unreadable - 1} more link lines unreadable (is this \`nvlink -s\` output?)`);
  if (gpus.length === 0) {
    const nvml = nvmlFailure(lines);
    problems.add(nvml?.line ?? 0, nvml ? `nvidia-smi failed: ${nvml.message}` : `${describeEmpty(text)}: no "GPU N:" header`);
  }
  const ok = gpus.length > 0 && (gpus.some((g) => g.links.length > 0) || unreadable === 0);
  return { data: { gpus }, problems: problems.toArray(), ok };
}
function readLinkState(text) {
  if (/^<?inactive>?$/i.test(text.trim())) return { active: false, speedGBs: null };
  const speed = /^(?:Speed\s*)?(\d+(?:\.\d+)?)\s*GB\/s$/i.exec(text.trim());
  if (speed?.[1]) return { active: true, speedGBs: Number(speed[1]) };
  return null;
}
function round(value) {
  return Math.round(value * 1e3) / 1e3;
}

// src/parsers/query-gpu.ts
var ALIASES = {
  gpu_name: "name",
  gpu_bus_id: "pci.bus_id",
  gpu_uuid: "uuid",
  gpu_serial: "serial"
};
var HEADER_CELL = /^([a-z][a-z0-9_.]*)(?: \[([^\]]+)\])?$/;
var parseQueryGpu = neverThrows(readQueryGpu, () => ({ header: false, columns: null, units: null, rows: [], gpus: [] }));
function readQueryGpu(text, options = {}) {
  const problems = new ProblemList();
  const lines = splitLines(text, problems);
  const data = { header: false, columns: options.fields ? options.fields.map(canonical) : null, units: null, rows: [], gpus: [] };
  if (refuseBinary(text, problems)) return { data, problems: problems.toArray(), ok: false };
  let foreign = false;
  for (const line of lines) {
    const trimmed = line.text.trim();
    if (trimmed === "") continue;
    const command = /--query-gpu=(\S+)/.exec(trimmed);
    if (command?.[1]) {
      data.columns ??= command[1].split(",").filter((f) => f !== "").map(canonical);
      continue;
    }
    if (/^(\S*[#$]\s*)?nvidia-smi\b/.test(trimmed)) continue;
    if (isElision(trimmed)) {
      problems.add(line.no, 'lines elided ("[...]"): GPUs missing from the output');
      continue;
    }
    if (/^(GPU \d+:|Link \d+:|[|+])/.test(trimmed)) {
      if (!foreign) problems.add(line.no, `not --query-gpu CSV: "${trimmed.slice(0, 50)}"`);
      foreign = true;
      continue;
    }
    const cells = trimmed.split(",").map((c) => c.trim());
    if (data.rows.length === 0 && !data.header && cells.every((c) => HEADER_CELL.test(c))) {
      data.header = true;
      data.columns = cells.map((c) => canonical(HEADER_CELL.exec(c)[1]));
      data.units = cells.map((c) => HEADER_CELL.exec(c)[2] ?? null);
      continue;
    }
    if (/Failed to initialize NVML|NVIDIA-SMI has failed|No devices were found|Field ".*" is not a valid field/.test(trimmed)) {
      problems.add(line.no, `nvidia-smi: ${trimmed.slice(0, 120)}`);
      continue;
    }
    const width = data.columns?.length ?? data.rows[0]?.values.length ?? cells.length;
    if (cells.length !== width) {
      problems.add(line.no, `${cells.length} cells where ${width} were expected${cells.length < width ? " (output cut?)" : ""}`);
    }
    const values = cells.map((cell, i) => readValue(cell, data.units?.[i] ?? null));
    const fields = {};
    data.columns?.forEach((name, i) => {
      if (i < values.length) fields[name] = values[i] ?? null;
    });
    data.rows.push({ line: line.no, values, fields });
  }
  data.gpus = data.rows.map(({ fields }) => ({
    index: fields.index !== void 0 && fields.index !== null && /^\d+$/.test(fields.index) ? Number(fields.index) : null,
    name: fields.name ?? null,
    busId: fields["pci.bus_id"] ?? null,
    uuid: fields.uuid ?? null,
    serial: fields.serial ?? null
  }));
  if (data.rows.length === 0) {
    const nvml = nvmlFailure(lines);
    if (!nvml) problems.add(0, `${describeEmpty(text)}: no CSV rows`);
    else if (problems.size === 0) problems.add(nvml.line, `nvidia-smi failed: ${nvml.message}`);
  }
  return { data, problems: problems.toArray(), ok: data.rows.length > 0 };
}
function canonical(field) {
  const name = field.trim();
  return ALIASES[name] ?? name;
}
function readValue(cell, unit) {
  if (/^\[.*\]$/.test(cell) || cell === "N/A") return null;
  if (unit && cell.endsWith(` ${unit}`)) return cell.slice(0, -unit.length - 1);
  return cell;
}

// src/parsers/topo.ts
var AFFINITY_HEADER = /CPU Affinity|NUMA Affinity|GPU NUMA ID/g;
var GPU_LABEL = /^GPU(\d+)$/;
var DEVICE_LABEL = /^(GPU\d+|NIC\d+|[A-Za-z][A-Za-z0-9]*_?[A-Za-z0-9]*\d)$/;
var parseTopo = neverThrows(readTopo, () => ({ format: "matrix", columns: [], affinityColumns: [], gpus: [], nics: [], matrix: {}, nvlinkIslands: [], legend: {} }));
function readTopo(text) {
  const problems = new ProblemList();
  const lines = splitLines(text, problems);
  const data = { format: "matrix", columns: [], affinityColumns: [], gpus: [], nics: [], matrix: {}, nvlinkIslands: [], legend: {} };
  if (refuseBinary(text, problems)) return { data, problems: problems.toArray(), ok: false };
  const headerAt = lines.findIndex((line) => parseHeader(line) !== null);
  const header = headerAt >= 0 ? parseHeader(lines[headerAt]) : null;
  if (!header) {
    const nvml = nvmlFailure(lines);
    problems.add(nvml?.line ?? 0, nvml ? `nvidia-smi failed: ${nvml.message}` : `${describeEmpty(text)}: no topology header (a line starting with GPU0)`);
    return { data, problems: problems.toArray(), ok: false };
  }
  data.columns = header.columns;
  data.affinityColumns = header.affinity;
  const gpuRows = /* @__PURE__ */ new Map();
  let at = headerAt + 1;
  let lastRowLine = header.line;
  for (; at < lines.length; at++) {
    const line = lines[at];
    const trimmed = line.text.trim();
    if (trimmed === "" || /^Legend:?$/.test(trimmed)) break;
    const row = splitRow2(line, header, problems);
    if (!row) {
      problems.add(line.no, `not a matrix row: "${clip2(trimmed)}"`);
      continue;
    }
    lastRowLine = line.no;
    data.matrix[row.label] = row.cells;
    if (GPU_LABEL.test(row.label)) gpuRows.set(row.label, row.affinity);
  }
  const cutAtEnd = at >= lines.length;
  readLegend(lines.slice(at), data, problems, lines.at(-1)?.no ?? 0);
  const missingRows = header.columns.filter((label) => !data.matrix[label]);
  if (missingRows.length > 0) {
    problems.add(cutAtEnd ? lastRowLine : 0, `no row for ${missingRows.join(", ")}${cutAtEnd ? " (output cut?)" : ""}`);
  }
  data.gpus = header.columns.flatMap((label) => {
    const match = GPU_LABEL.exec(label);
    if (!match) return [];
    const values = affinityValues(header.affinity, gpuRows.get(label) ?? []);
    return [{ index: Number(match[1]), label, ...values }];
  });
  data.gpus.sort((a, b) => a.index - b.index);
  const nicLegend = data.legend;
  data.nics = header.columns.filter((label) => !GPU_LABEL.test(label)).map((label) => ({ label, device: /^NIC\d+$/.test(label) ? nicLegend[label] ?? null : label }));
  if (data.nics.some((nic) => nic.device === null)) {
    problems.add(lines.at(-1)?.no ?? 0, "no NIC Legend: the devices behind NIC0.. are unknown (output cut?)");
  }
  checkCells(data, header.line, problems);
  data.nvlinkIslands = nvlinkIslands(data);
  return { data, problems: problems.toArray(), ok: Object.keys(data.matrix).length > 0 };
}
function parseHeader(line) {
  const firstAffinity = line.text.search(AFFINITY_HEADER);
  const devicePart = firstAffinity >= 0 ? line.text.slice(0, firstAffinity) : line.text;
  const columns = devicePart.trim().split(/\s+/).filter((t) => t !== "");
  if (columns[0] !== "GPU0" || !columns.every((c) => DEVICE_LABEL.test(c))) return null;
  if (columns.length === 1 && firstAffinity < 0) return null;
  const affinity = firstAffinity >= 0 ? [...line.text.slice(firstAffinity).matchAll(AFFINITY_HEADER)].map((m) => m[0]) : [];
  return { line: line.no, columns, affinity };
}
function splitRow2(line, header, problems) {
  const width = header.columns.length;
  let tokens;
  let deviceCells;
  let rest;
  if (line.text.includes("	")) {
    tokens = line.text.split("	").map((t) => t.trim());
    if (tokens[0] === "") tokens.shift();
    deviceCells = tokens.slice(1, 1 + width);
    rest = tokens.slice(1 + width).filter((t) => t !== "");
  } else {
    tokens = line.text.trim().split(/\s+/);
    tokens = tokens.flatMap((t, i) => i > 0 && !isCellOrAffinity(t) ? unglue(t) ?? [t] : [t]);
    deviceCells = tokens.slice(1, 1 + width);
    rest = tokens.slice(1 + width);
  }
  const label = tokens[0] ?? "";
  if (!DEVICE_LABEL.test(label)) return null;
  if (!header.columns.includes(label)) problems.add(line.no, `row ${label} has no column in the header`);
  const cells = {};
  header.columns.forEach((column, i) => {
    const cell = deviceCells[i];
    if (cell === void 0) return;
    if (cell === "") cells[column] = null;
    else if (isConnectionCell(cell) || isP2pCell(cell)) cells[column] = cell;
    else {
      cells[column] = null;
      problems.add(line.no, `${label}/${column}: "${clip2(cell)}" is not a topology code${i === deviceCells.length - 1 ? " (output cut?)" : ""}`);
    }
  });
  if (deviceCells.length < width) {
    problems.add(line.no, `row ${label} has ${deviceCells.length} of ${width} cells (output cut?)`);
  }
  const isGpu = GPU_LABEL.test(label);
  if (isGpu && deviceCells.length === width && rest.length < header.affinity.length) {
    const missing = header.affinity.slice(rest.length).join(", ");
    const dropped = rest.pop();
    problems.add(line.no, `row ${label} lacks ${missing}${dropped ? ` and its "${clip2(dropped)}" may be cut` : ""} (output cut?)`);
  }
  if (rest.length > (isGpu ? header.affinity.length : 0)) {
    problems.add(line.no, `row ${label} has ${rest.length - (isGpu ? header.affinity.length : 0)} unexpected trailing cell(s)`);
  }
  return { label, cells, affinity: isGpu ? rest : [] };
}
function isCellOrAffinity(token) {
  return isConnectionCell(token) || isP2pCell(token) || isCpuList(token) || token === "N/A";
}
function affinityValues(columns, values) {
  const pick = (name) => {
    const value = values[columns.indexOf(name)];
    return value === void 0 || value === "N/A" || value === "" ? null : value;
  };
  return { cpuAffinity: pick("CPU Affinity"), numaAffinity: pick("NUMA Affinity"), gpuNumaId: pick("GPU NUMA ID") };
}
function readLegend(lines, data, problems, lastLine) {
  let seenLegend = false;
  for (const line of lines) {
    const trimmed = line.text.trim();
    if (/^(NIC )?Legend:?$/.test(trimmed)) {
      seenLegend = true;
      continue;
    }
    const nic = /^(NIC\d+)\s*:\s*(\S+)$/.exec(trimmed);
    if (nic?.[1] && nic[2]) {
      data.legend[nic[1]] = nic[2];
      continue;
    }
    const entry = /^(\S+)\s*=\s*(.*)$/.exec(trimmed);
    if (seenLegend && entry?.[1] && entry[2] !== void 0) {
      data.legend[entry[1]] = entry[2];
      if (isCutLegend(entry[1], entry[2])) problems.add(line.no, `legend entry ${entry[1]} is cut short (output cut?)`);
    }
  }
  if (!seenLegend) problems.add(lastLine, "no legend after the matrix (output cut?)");
}
function checkCells(data, headerLine, problems) {
  const used = /* @__PURE__ */ new Set();
  let p2p = false;
  for (const [row, cells] of Object.entries(data.matrix)) {
    for (const [column, cell] of Object.entries(cells)) {
      if (cell === null) continue;
      used.add(legendKey(cell));
      if (isP2pCell(cell)) p2p = true;
      if (row === column !== (cell === "X")) problems.add(headerLine, `${row}/${column}: "${cell}" on the ${row === column ? "" : "off-"}diagonal`);
      const mirror = data.matrix[column]?.[row];
      if (mirror && mirror !== cell && row < column) problems.add(headerLine, `${row}/${column} is ${cell} but ${column}/${row} is ${mirror}`);
    }
  }
  data.format = p2p ? "p2p" : "matrix";
  const legendKeys = Object.keys(data.legend).filter((k) => !/^NIC\d+$/.test(k));
  if (legendKeys.length === 0) return;
  const missing = [...used].filter((code) => !(code in data.legend) && !(code === "SYS" && "SOC" in data.legend));
  if (missing.length > 0) problems.add(0, `legend has no entry for ${missing.join(", ")} (output cut?)`);
}
function nvlinkIslands(data) {
  const parent = new Map(data.gpus.map((g) => [g.index, g.index]));
  const find = (i) => {
    let root = i;
    while (parent.get(root) !== root) root = parent.get(root);
    parent.set(i, root);
    return root;
  };
  for (const a of data.gpus) {
    for (const b of data.gpus) {
      if (a.index >= b.index) continue;
      const cell = data.matrix[a.label]?.[b.label] ?? data.matrix[b.label]?.[a.label];
      if (nvlinkCount(cell) > 0) parent.set(find(b.index), find(a.index));
    }
  }
  const groups = /* @__PURE__ */ new Map();
  for (const gpu of data.gpus) {
    const root = find(gpu.index);
    groups.set(root, [...groups.get(root) ?? [], gpu.index]);
  }
  return [...groups.values()].map((g) => g.sort((x, y) => x - y)).sort((x, y) => x[0] - y[0]);
}
function clip2(text) {
  return text.length > 40 ? `${text.slice(0, 40)}\u2026` : text;
}

// src/smoke/topology-findings.ts
function topologyChecks(expected, found, nvlinkRead) {
  const findings = diffTopology(expected, found);
  const of = (...kinds) => findings.filter((f) => kinds.includes(f.kind));
  const checks = [];
  const count = of("gpu-count")[0];
  checks.push(
    count ? check.fail("gpu-count", `${found.gpus.length} GPUs, expected ${expected.gpus}`, { expected: expected.gpus, actual: found.gpus.length }) : check.pass("gpu-count", `${found.gpus.length} GPUs`, { expected: expected.gpus, actual: found.gpus.length })
  );
  if (expected.nvlinksPerPair !== void 0) {
    const wrong = of("pair-links");
    const unseen = of("pair-unseen");
    if (wrong.length > 0) checks.push(failing("nvlinks-per-pair", wrong, expected.nvlinksPerPair));
    else if (unseen.length > 0) {
      const names = unseen.map((f) => `GPU${f.gpus[0]}\u2194GPU${f.gpus[1]}`);
      checks.push(check.error("nvlinks-per-pair", `topo -m did not show ${names.length} pair(s) (output cut?): ${names.slice(0, 4).join(", ")}${names.length > 4 ? ", \u2026" : ""}`));
    } else checks.push(check.pass("nvlinks-per-pair", `every pair NV${expected.nvlinksPerPair}`));
  }
  const split = of("island");
  if (split.length > 0) checks.push(failing("islands", split, expected.islands ?? null));
  else if (expected.islands) checks.push(check.pass("islands", `islands ${expected.islands.map((i) => `[${i.join(",")}]`).join(" ")}`));
  const missing = of("nvlink-missing");
  if (missing.length > 0) {
    const what = `nvlink -s shows no links for ${missing.map((f) => `GPU${f.gpus[0]}`).join(", ")}`;
    checks.push(nvlinkRead ? check.error("nvlinks-active", what) : check.skip("nvlinks-active", "nvlink -s did not answer: active links and link speed not checked"));
  }
  if (!nvlinkRead) return checks;
  const inactive = of("link-inactive");
  if (inactive.length > 0) checks.push(failing("nvlinks-active", inactive, inactive[0].expected));
  else if (missing.length === 0 && (expected.activeLinksPerGpu !== void 0 || expected.nvlinksPerPair)) checks.push(check.pass("nvlinks-active", "every GPU has its expected active NVLinks"));
  if (expected.linkSpeedGBs !== void 0) {
    const slow = of("link-speed");
    checks.push(slow.length > 0 ? failing("link-speed", slow, expected.linkSpeedGBs) : check.pass("link-speed", `every active link at ${expected.linkSpeedGBs} GB/s`));
  }
  return checks;
}
function failing(name, findings, expected) {
  const messages = findings.map((f) => f.message);
  return check.fail(name, `${messages.slice(0, 8).join("; ")}${messages.length > 8 ? `; \u2026 (${messages.length} in all)` : ""}`, { expected, actual: messages });
}

// src/smoke/steps/topology.ts
var NVML_BROKEN = /Failed to initialize NVML[^\n]*|NVIDIA-SMI has failed[^\n]*|couldn't communicate with the NVIDIA driver[^\n]*/;
var NO_DEVICES = /No devices were found/;
var QUERY_FIELDS = ["index", "name", "uuid", "pci.bus_id", "driver_version"];
var topologyStep = {
  name: "topology",
  needsGpu: true,
  async run(ctx) {
    const checks = [];
    const problems = [];
    const data = {};
    const topoOut = await ctx.run("topo", ["nvidia-smi", "topo", "-m"], { class: "node" });
    await requireTool(ctx, topoOut, "nvidia-smi");
    if (NO_DEVICES.test(topoOut.stdout + topoOut.stderr)) await endForMissingTool(ctx, topoOut, "nvidia-smi");
    const broken = NVML_BROKEN.exec(`${topoOut.stdout}
${topoOut.stderr}`);
    if (broken) {
      checks.push(check.fail("nvidia-smi", broken[0].trim()));
      return { checks, data, problems };
    }
    const topo = parseTopo(topoOut.stdout);
    problems.push(...topo.problems.map((p) => ({ ...p, source: "topo" })));
    keepParsed(data, "topo", topo);
    if (!topo.ok) checks.push(check.error("topo", `could not read nvidia-smi topo -m: ${firstLine(topoOut)}`));
    const statusOut = await ctx.run("nvlink-status", ["nvidia-smi", "nvlink", "-s"], { class: "node" });
    const status = readOptional(statusOut, "nvlink -s", checks) ? parseNvlinkStatus(statusOut.stdout) : null;
    if (status) problems.push(...status.problems.map((p) => ({ ...p, source: "nvlink-status" })));
    keepParsed(data, "nvlink-status", status);
    const errorsOut = await ctx.run("nvlink-errors", ["nvidia-smi", "nvlink", "-e"], { class: "node" });
    const errors = readOptional(errorsOut, "nvlink -e", checks) ? parseNvlinkErrors(errorsOut.stdout) : null;
    if (errors) problems.push(...errors.problems.map((p) => ({ ...p, source: "nvlink-errors" })));
    keepParsed(data, "nvlink-errors", errors);
    const queryOut = await ctx.run("query-gpu", ["nvidia-smi", `--query-gpu=${QUERY_FIELDS.join(",")}`, "--format=csv"], { class: "node" });
    const query = readOptional(queryOut, "query-gpu", checks) ? parseQueryGpu(queryOut.stdout) : null;
    if (query) problems.push(...query.problems.map((p) => ({ ...p, source: "query-gpu" })));
    keepParsed(data, "query-gpu", query);
    const driver = query?.data.rows[0]?.fields.driver_version;
    if (driver) ctx.facts.driverVersion ??= driver;
    const expected = ctx.config.expected;
    if (expected === null) checks.push(check.skip("expected-topology", "no expected topology configured for this canary"));
    else {
      const found = topologyFromStepData("node", null, data);
      if (found) checks.push(...topologyChecks(expected, found, status?.ok === true));
      else if (topo.ok) checks.push(check.error("expected-topology", "the parsed topo -m could not be turned into a node graph"));
    }
    return { checks, data, problems };
  }
};
function readOptional(outcome, what, checks) {
  if (notInstalled(outcome)) {
    checks.push(check.skip(what, `not available on this node: ${firstLine(outcome)}`));
    return false;
  }
  if (outcome.exitCode !== 0) {
    checks.push(check.skip(what, `nvidia-smi ${what} failed (exit ${outcome.exitCode}): ${firstLine(outcome)}`));
    return false;
  }
  return true;
}

// src/parsers/nccl-layout.ts
function layoutFromHeader(tokens) {
  const at = (name, from = 0) => tokens.indexOf(name, from);
  const size = at("size");
  const count = at("count");
  const type = at("type");
  const firstTime = at("time");
  if (size !== 0 || count < 0 || type < 0 || firstTime < 0) return null;
  const block = (time) => {
    const algbw = at("algbw", time);
    const busbw = at("busbw", time);
    if (algbw < 0 || busbw < 0) return null;
    const next = tokens[busbw + 1];
    return { time, algbw, busbw, wrong: next === "#wrong" || next === "error" ? busbw + 1 : -1 };
  };
  const outOfPlace = block(firstTime);
  if (!outOfPlace) return null;
  const secondTime = at("time", firstTime + 1);
  const inPlace = secondTime < 0 ? null : block(secondTime);
  return { width: tokens.length, size, count, type, redop: at("redop"), root: at("root"), outOfPlace, inPlace };
}
function layoutFromRow(tokens) {
  for (const blocks of [2, 1]) {
    const lead = tokens.length - 4 * blocks;
    if (lead < 3 || lead > 5) continue;
    const hasRedop = lead >= 4 && !isNumeric(tokens[3]);
    if (lead >= 4 && !hasRedop) continue;
    const block = (start) => ({ time: start, algbw: start + 1, busbw: start + 2, wrong: start + 3 });
    return {
      width: tokens.length,
      size: 0,
      count: 1,
      type: 2,
      redop: hasRedop ? 3 : -1,
      root: lead === 5 ? 4 : -1,
      outOfPlace: block(lead),
      inPlace: blocks === 2 ? block(lead + 4) : null
    };
  }
  return null;
}
function isNumeric(token) {
  return token !== void 0 && /^-?\d/.test(token);
}

// src/parsers/nccl.ts
var RANK_TAG = /^\[\d{1,6}(?:,\d{1,6})?\](?:<std(?:out|err)>)?:?\s?/;
var RANK_LINE = /^Rank\s+(\d{1,6})\s.*\bdevice\s+\d+/;
var PARAMS = /^nThread \d+ nGpus \d+ /;
var OUT_OF_BOUNDS = /^Out of bounds values\s*:\s*(\d+)\s+(OK|FAILED)/;
var AVG_BUSBW = /^Avg bus bandwidth\s*:\s*(\S+)/;
var parseNccl = neverThrows(readNccl, () => ({ ranks: null, rows: [], largest: null, outOfBounds: null, avgBusbwGBs: null }));
function readNccl(text) {
  const problems = new ProblemList();
  const data = { ranks: null, rows: [], largest: null, outOfBounds: null, avgBusbwGBs: null };
  const ranks = /* @__PURE__ */ new Set();
  let layout = null;
  let parameterLines = 0;
  for (const line of completeLines(text, problems)) {
    const untagged = line.text.replace(RANK_TAG, "");
    const commented = untagged.trimStart().startsWith("#");
    const body = untagged.trim().replace(/^#\s*/, "");
    if (body === "") continue;
    let m;
    if (m = RANK_LINE.exec(body)) {
      ranks.add(Number(m[1]));
    } else if (PARAMS.test(body)) {
      if (++parameterLines === 2) problems.add(line.no, "a second test header: each process ran its own test (nccl-tests built without MPI=1?)");
    } else if (m = OUT_OF_BOUNDS.exec(body)) {
      data.outOfBounds = { count: Number(m[1]), ok: m[2] === "OK" };
    } else if (m = AVG_BUSBW.exec(body)) {
      data.avgBusbwGBs = toNumber(m[1]);
    } else if (/^size\s+count\s/.test(body)) {
      layout = layoutFromHeader(body.split(/\s+/));
      if (!layout) problems.add(line.no, `unreadable column header: "${printable(body)}"`);
    } else if (!commented && /^\d/.test(body)) {
      const row = readRow2(body.split(/\s+/), layout, line.no, problems);
      if (row) data.rows.push(row);
    }
  }
  data.ranks = ranks.size > 0 ? ranks.size : null;
  data.largest = data.rows.reduce((best, row) => best === null || row.sizeBytes > best.sizeBytes ? row : best, null);
  const ok = data.rows.length > 0;
  if (!ok) problems.add(0, `${describeEmpty(text)}: no nccl-tests result rows`);
  return { data, problems: problems.toArray(), ok };
}
function readRow2(tokens, header, lineNo, problems) {
  const layout = header && header.width === tokens.length ? header : header === null ? layoutFromRow(tokens) : null;
  if (!layout) {
    const expected = header ? `${header.width} columns like the header` : "a known column count";
    problems.add(lineNo, `row has ${tokens.length} columns, expected ${expected} (cut off or mixed with other output?)`);
    return null;
  }
  const sizeBytes = toNumber(tokens[layout.size]);
  const count = toNumber(tokens[layout.count]);
  const outOfPlace = readBlock(tokens, layout.outOfPlace);
  const inPlace = layout.inPlace ? readBlock(tokens, layout.inPlace) : null;
  if (sizeBytes === null || count === null || outOfPlace === null || layout.inPlace && inPlace === null) {
    problems.add(lineNo, `row with an unreadable number: "${printable(tokens.join(" "))}"`);
    return null;
  }
  return {
    line: lineNo,
    sizeBytes,
    count,
    type: tokens[layout.type],
    redop: layout.redop < 0 ? null : tokens[layout.redop],
    outOfPlace,
    inPlace
  };
}
function readBlock(tokens, columns) {
  const timeUs = toNumber(tokens[columns.time]);
  const algbwGBs = toNumber(tokens[columns.algbw]);
  const busbwGBs = toNumber(tokens[columns.busbw]);
  if (timeUs === null || algbwGBs === null || busbwGBs === null) return null;
  return { timeUs, algbwGBs, busbwGBs, wrong: columns.wrong < 0 ? null : toNumber(tokens[columns.wrong]) };
}

// src/smoke/hardware-scripts.ts
import { readFile as readFile3 } from "node:fs/promises";
var CANDIDATES = ["../../tests/hardware/", "../tests/hardware/", "../../../tests/hardware/"];
async function hardwareScript(name) {
  if (!/^[a-z0-9_]+\.py$/.test(name)) return null;
  for (const dir of CANDIDATES) {
    try {
      return await readFile3(new URL(`${dir}${name}`, import.meta.url), "utf8");
    } catch {
    }
  }
  return null;
}

// src/smoke/steps/training-step.ts
var RUN_PY_FROM_STDIN = [
  "sh",
  "-c",
  'f=$(mktemp "${TMPDIR:-/tmp}/linkgate-XXXXXX.py") || exit 126; cat > "$f"; python3 "$f" "$@"; rc=$?; rm -f "$f"; exit $rc',
  "linkgate-train-step"
];
var trainingStep = {
  name: "training-step",
  needsGpu: true,
  async run(ctx) {
    const checks = [];
    const problems = [];
    const data = {};
    const tools = ctx.config.training.tools;
    const ncclMissing = tools.includes("nccl") ? await runNccl(ctx, checks, problems, data) : null;
    if (tools.includes("train-step")) await runTrainStep(ctx, checks, data);
    if (ncclMissing && checks.every((c) => c.status === "skip")) await endForMissingTool(ctx, ncclMissing, "all_reduce_perf");
    return { checks, data, problems };
  }
};
async function runNccl(ctx, checks, problems, data) {
  const { minBytes, maxBytes, busbwFloor } = ctx.config.training;
  const gpus = ctx.config.expected?.gpus || 1;
  const out = await ctx.run("all_reduce_perf", ["all_reduce_perf", "-b", minBytes, "-e", maxBytes, "-f", "2", "-g", String(gpus)], { class: "node" });
  if (notInstalled(out)) {
    checks.push(check.skip("nccl-tests", "all_reduce_perf is not installed on this node"));
    return out;
  }
  const parsed = parseNccl(out.stdout);
  problems.push(...parsed.problems.map((p) => ({ ...p, source: "nccl" })));
  const largest = parsed.data.largest;
  keepParsed(data, "nccl", parsed);
  const oob = /Out of bounds values\s*:\s*(\d+)\s*(OK|FAILED)?/.exec(out.stdout);
  if (oob && (Number(oob[1]) > 0 || oob[2] === "FAILED")) checks.push(check.fail("nccl-correctness", `Out of bounds values: ${oob[1]} ${oob[2] ?? ""}`.trim()));
  if (out.exitCode !== 0) checks.push(check.fail("nccl-exit", `all_reduce_perf ${describeExit(out)}: ${firstLine(out)}`));
  if (!largest) {
    checks.push(check.error("nccl-busbw", "all_reduce_perf printed no complete result row"));
    return null;
  }
  const busbw = largest.outOfPlace.busbwGBs;
  const peak = linkModel(ctx).gpuPeak();
  const size = `${largest.sizeBytes} B`;
  if (peak === null) checks.push(check.skip("nccl-busbw", `busbw ${busbw} GB/s at ${size}; NVLink peak unknown`));
  else {
    const fraction = Math.round(busbw / peak * 1e3) / 1e3;
    data.ncclBusbwFraction = fraction;
    const ok = fraction >= busbwFloor;
    checks.push((ok ? check.pass : check.fail)("nccl-busbw", `busbw ${busbw} GB/s at ${size} = ${Math.round(fraction * 100)}% of ${peak} GB/s${ok ? "" : `, floor ${Math.round(busbwFloor * 100)}%`}`, { expected: busbwFloor, actual: fraction }));
  }
  return null;
}
async function runTrainStep(ctx, checks, data) {
  const script = await hardwareScript("train_step.py");
  if (script === null) return void checks.push(check.skip("train-step", "train_step.py is not shipped with this linkgate build"));
  const out = await ctx.run("train_step", [...RUN_PY_FROM_STDIN, "--steps", "1"], { class: "node", stdin: script });
  const last = out.stdout.trim().split("\n").at(-1) ?? "";
  let doc = null;
  try {
    const parsed = JSON.parse(last);
    if (typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)) doc = parsed;
  } catch {
    doc = null;
  }
  data["train-step"] = doc;
  if (out.exitCode === 127 || doc === null && /python3: (command )?not found/.test(out.stderr)) return void checks.push(check.skip("train-step", "python3 is not installed on this node"));
  if (doc === null) return void checks.push(check.error("train-step", `train_step.py printed no JSON (${describeExit(out)}): ${firstLine(out)}`));
  if (typeof doc.skip === "string") return void checks.push(check.skip("train-step", `train_step.py: ${doc.skip}`));
  const loss = typeof doc.loss === "number" ? doc.loss : NaN;
  if (out.exitCode !== 0 || doc.ok !== true || !Number.isFinite(loss)) {
    return void checks.push(check.fail("train-step", `one DDP step failed (${describeExit(out)}): ${typeof doc.error === "string" ? doc.error : `loss ${String(doc.loss)}`}`));
  }
  checks.push(check.pass("train-step", `DDP step on ${String(doc.worldSize)} GPU(s): ${String(doc.stepTimeMs)} ms, loss ${loss}`));
}

// src/smoke/steps/index.ts
var STEPS = new Map(
  [preflightStep, moduleLoadStep, topologyStep, peerBandwidthStep, trainingStep, fabricStep, dcgmDiagStep].map((s) => [s.name, s])
);

// src/smoke/suite.ts
var ABANDON_GRACE_MS = 5e3;
var NEEDS_DRIVER = /* @__PURE__ */ new Set(["topology", "peer-bandwidth", "training-step", "dcgm-diag"]);
async function runCanary(run) {
  const now = run.now ?? Date.now;
  const registry = run.registry ?? STEPS;
  const facts = { kernelRelease: null, driverVersion: null, bootId: null };
  const steps = [];
  const previous = /* @__PURE__ */ new Map();
  const result = () => ({
    name: run.name,
    host: run.host,
    labels: run.labels,
    control: run.control,
    state: "ok",
    facts: { ...facts },
    leaseWaitMs: run.leaseWaitMs ?? null,
    steps: [...steps]
  });
  for (const name of run.config.steps) {
    const step = registry.get(name);
    const startedAt = new Date(now()).toISOString();
    let stepResult;
    const blocked = run.signal.aborted ? `run cancelled before this step (${messageOf(run.signal.reason)})` : dependencyBlock(name, previous);
    if (!step) {
      stepResult = ended(name, startedAt, "error", `no step named ${name} in this build`);
    } else if (blocked) {
      stepResult = ended(name, startedAt, "skip", blocked);
    } else {
      stepResult = await runStep(step, run, facts, previous, now, startedAt);
    }
    steps.push(stepResult);
    previous.set(name, stepResult);
    run.logger.info(`${run.name}: ${name}: ${stepResult.status}${stepResult.reason ? ` (${stepResult.reason})` : ""}`);
    await run.onStep?.(result());
  }
  return result();
}
function dependencyBlock(name, previous) {
  if (!NEEDS_DRIVER.has(name)) return null;
  const load = previous.get("module-load");
  if (!load || load.status === "pass") return null;
  if (load.status === "skip") return load.reason ?? "module-load was skipped";
  return `needs the driver, and module-load ended ${load.status}`;
}
async function runStep(step, run, facts, previous, now, startedAt) {
  const started = now();
  const timeoutMs = stepTimeoutMs(run.config, step.name);
  const controller = new AbortController();
  const onRunAbort = () => controller.abort(new Error(`run cancelled (${messageOf(run.signal.reason)})`));
  run.signal.addEventListener("abort", onRunAbort, { once: true });
  const timer = setTimeout(() => controller.abort(new Error(`step timed out after ${timeoutMs / 1e3} s`)), timeoutMs);
  const recorder = new StepRecorder(run.remote, run.outDir, `${run.name}/${step.name}`, controller.signal, started + timeoutMs, now);
  const baseline = run.baseline?.steps.find((s) => s.name === step.name) ?? null;
  const work = step.run({
    step: step.name,
    config: run.config,
    facts,
    previous,
    signal: controller.signal,
    moduleDigests: run.moduleDigests ?? null,
    baseline,
    now,
    run: (label, argv, options) => recorder.run(label, argv, options)
  }).then(
    (outcome2) => outcome2,
    (error) => {
      if (error instanceof StepEnd) {
        return { checks: [], data: {}, problems: [], ...error.partial, status: error.status, reason: error.reason };
      }
      return { checks: [], data: {}, problems: [], status: "error", reason: `internal error in ${step.name}: ${messageOf(error)}` };
    }
  );
  const abandoned = new Promise((resolve) => {
    const onAbort = () => {
      setTimeout(() => resolve("abandoned"), ABANDON_GRACE_MS).unref();
    };
    if (controller.signal.aborted) onAbort();
    else controller.signal.addEventListener("abort", onAbort, { once: true });
  });
  const settled = await Promise.race([work, abandoned]);
  clearTimeout(timer);
  run.signal.removeEventListener("abort", onRunAbort);
  let outcome;
  if (controller.signal.aborted) {
    const why = messageOf(controller.signal.reason);
    const partial = settled === "abandoned" ? { checks: [], data: {}, problems: [] } : settled;
    outcome = { ...partial, status: "error", reason: why };
    await recorder.finish(why);
  } else {
    outcome = settled;
  }
  const rolled = rollUp(outcome.checks);
  const status = outcome.status ?? rolled.status;
  const reason = outcome.status === void 0 ? rolled.reason : outcome.reason ?? null;
  return {
    name: step.name,
    status,
    reason: status === "pass" ? null : reason ?? `${status} without a reason`,
    startedAt,
    durationMs: Math.max(0, now() - started),
    checks: outcome.checks,
    data: outcome.data,
    problems: outcome.problems,
    raw: recorder.raw
  };
}
function ended(name, startedAt, status, reason) {
  return { name, status, reason, startedAt, durationMs: 0, checks: [], data: {}, problems: [], raw: [] };
}

// src/smoke/run.ts
var VIRTUAL_CONCURRENCY = 4;
async function runSmoke(options) {
  const shard = options.shard ?? null;
  const identity = runIdentity(options.env, { ...options.runId !== void 0 ? { runId: options.runId } : {}, sharded: shard !== null });
  const manifest = options.manifest ? await validManifest(options.manifest.path) : null;
  const io = { logger: options.logger, env: options.env, ...options.connectTimeoutMs ? { connectTimeoutMs: options.connectTimeoutMs } : {} };
  const planned = [
    ...manifest && options.manifest ? await plannedFromManifest(manifest, { names: options.manifest.canaries, shard, source: options.manifest.path }, io) : [],
    ...await plannedFromBundles(options.virtual ?? [], shard, io)
  ];
  if (planned.length === 0) {
    if (!shard) throw new UsageError("nothing to test: give --manifest (with canaries) or --virtual BUNDLE_DIR");
    options.logger.warn(`shard ${shard.index}/${shard.count} holds no canary: nothing to test in this leg`);
  }
  const digests = options.signatures ? await readModuleDigests(options.signatures) : null;
  const baseline = options.baseline ? await readResults(options.baseline) : null;
  await mkdir2(options.outDir, { recursive: true });
  const mode = options.manifest && options.virtual?.length ? "mixed" : options.manifest ? "ssh" : "virtual";
  const results = {
    schemaVersion: 1,
    tool: { name: "linkgate", version: VERSION },
    run: { id: identity.id, startedAt: (/* @__PURE__ */ new Date()).toISOString(), finishedAt: null, mode, url: identity.url, complete: false, ...shard ? { shard } : {} },
    canaries: planned.map((p) => pendingCanary(p))
  };
  let writes = Promise.resolve(void 0);
  const save = () => writes = writes.then(() => writeResults(options.outDir, results));
  await save();
  const work = async (remote, p) => {
    const index = planned.indexOf(p);
    const suite = (leaseWaitMs) => runCanary({
      name: p.name,
      host: p.host,
      labels: p.labels,
      control: p.control,
      config: p.config,
      remote,
      leaseWaitMs,
      outDir: options.outDir,
      signal: options.signal,
      logger: options.logger,
      moduleDigests: digests,
      baseline: baseline?.canaries.find((c) => c.name === p.name) ?? null,
      onStep: async (partial) => {
        results.canaries[index] = partial;
        await save();
      }
    });
    if (!p.lease) return { state: "ok", message: null, value: await suite(null) };
    try {
      return { state: "ok", message: null, value: await withLease(remote, leaseOptions(p.name, p.lease, identity, options), (lease) => suite(lease.waitedMs)) };
    } catch (error) {
      if (error instanceof LeaseBusyError) return { state: "timeout", message: error.message, value: untestedCanary(p, "timeout", error.message, p.lease.waitS * 1e3) };
      throw error;
    }
  };
  const outcomes = await runFanOut(planned, {
    concurrency: manifest?.smoke.concurrency ?? VIRTUAL_CONCURRENCY,
    nameOf: (p) => p.name,
    connect: (p, signal) => p.connect(signal),
    work,
    logger: options.logger,
    signal: options.signal
  });
  outcomes.forEach((outcome, index) => {
    const p = planned[index];
    results.canaries[index] = outcome.value ? { ...outcome.value, state: outcome.state } : untestedCanary(p, outcome.state, outcome.message ?? outcome.state);
  });
  if (outcomes.length > 0) options.logger.info(`canaries: ${summarizeFanOut(outcomes)}`);
  results.run.finishedAt = (/* @__PURE__ */ new Date()).toISOString();
  results.run.complete = !options.signal.aborted && results.canaries.every((c, i) => c.steps.length === planned[i].config.steps.length);
  await save();
  await writes;
  await writeTopologyDb(options.outDir, results);
  return results;
}
function smokeExitCode(results) {
  const steps = results.canaries.flatMap((c) => c.steps);
  if (steps.some((s) => s.status === "fail")) return ExitCode.Fail;
  if (!results.run.complete || results.canaries.some((c) => c.state !== "ok") || steps.some((s) => s.status === "error")) return ExitCode.Infra;
  return ExitCode.Pass;
}
function leaseOptions(canary, settings, identity, options) {
  const { waitS, ttlS, pollS } = settings;
  return {
    canary,
    owner: identity.owner,
    runUrl: identity.url,
    waitMs: waitS * 1e3,
    ttlMs: ttlS * 1e3,
    pollMs: pollS * 1e3,
    clock: systemClock,
    logger: options.logger,
    signal: options.signal
  };
}
async function validManifest(path) {
  const parsed = await loadManifest(path);
  if (!parsed.ok) throw new UsageError(`${path}: invalid manifest (${parsed.problems.length} problem(s))`, { details: parsed.problems.map(formatProblem) });
  return parsed.manifest;
}

export {
  SuiteConfig,
  suiteConfigFor,
  BUNDLE_FORMAT,
  META_FILE,
  readModuleDigests,
  rollUp,
  StepRecorder,
  neverThrows,
  ProblemList,
  splitLines,
  nvmlFailure,
  refuseBinary,
  describeEmpty,
  isElision,
  parseDcgmDiag,
  printable,
  moduleName,
  parseDmesg,
  completeLines,
  parseLsmod,
  parseModinfo,
  parseNvbandwidth,
  parseP2p,
  parseNvlinkErrors,
  parseNvlinkStatus,
  parseQueryGpu,
  parseTopo,
  parseNccl,
  runCanary,
  runSmoke,
  smokeExitCode
};
