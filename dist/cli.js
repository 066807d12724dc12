#!/usr/bin/env node
import { createRequire as __linkgateRequire } from 'node:module'; const require = __linkgateRequire(import.meta.url);
import {
  MAX_FRAGMENT_BYTES,
  archInfo,
  auditConfig,
  describePlan,
  inferSrcArch,
  loadKconfigDb,
  parseDotConfig,
  parseFragment,
  planFromManifest,
  runBuild,
  toConfigCheckJson
} from "./chunks/chunk-MECKSSPG.js";
import {
  DEFAULT_BOOT_TIMEOUT_MS,
  armTry,
  bootControlFor,
  chooseBoot,
  deploy,
  deployPlan,
  disarm,
  executePlan,
  fleetExitCode,
  forEachBounded,
  initialState,
  knownGoodExpectation,
  knownGoodOf,
  logOutcome,
  parseSlotState,
  planLines,
  printPlan,
  promote,
  promotePlan,
  rollbackPlan,
  runCanaryPlan,
  slotHolding,
  sshConnectors
} from "./chunks/chunk-R46V723S.js";
import {
  VERDICT_EXIT,
  describeDecision,
  runGate
} from "./chunks/chunk-OQQJ7WVN.js";
import {
  loadReportContext,
  mermaidGraph,
  renderReport,
  reportKind
} from "./chunks/chunk-36EXRSKD.js";
import {
  loadResultsSet,
  readBaseline,
  shardLegs
} from "./chunks/chunk-WWY6WE3E.js";
import {
  HASH_ALGOS,
  SIGNATURES_FILE,
  buildSignedBundle,
  expandModulePaths,
  readSigningCertificate,
  signModules,
  verifyModuleBytes
} from "./chunks/chunk-EA4JAAGO.js";
import {
  formatSha256Sums,
  isSafeArtifactFileName
} from "./chunks/chunk-XKSSTKA5.js";
import {
  sha256File,
  sha256Text
} from "./chunks/chunk-OCBCOUXH.js";
import {
  BUNDLE_FORMAT,
  META_FILE,
  ProblemList,
  StepRecorder,
  SuiteConfig,
  completeLines,
  describeEmpty,
  isElision,
  moduleName,
  neverThrows,
  nvmlFailure,
  parseDcgmDiag,
  parseDmesg,
  parseLsmod,
  parseModinfo,
  parseNccl,
  parseNvbandwidth,
  parseNvlinkErrors,
  parseNvlinkStatus,
  parseP2p,
  parseQueryGpu,
  parseTopo,
  printable,
  readModuleDigests,
  refuseBinary,
  rollUp,
  runCanary,
  runSmoke,
  smokeExitCode,
  splitLines,
  suiteConfigFor
} from "./chunks/chunk-URNPOCJF.js";
import {
  connectSsh,
  parseShard,
  selectCanaries
} from "./chunks/chunk-WQBOWWSI.js";
import {
  bondBetween,
  buildNodeTopology,
  fleetTopologyDb,
  rawPath,
  readResults,
  topologiesFromResults,
  writeResults,
  writeTopologyDb
} from "./chunks/chunk-WVTX2LOG.js";
import {
  VERSION
} from "./chunks/chunk-VUR7653D.js";
import {
  Kernel,
  Manifest,
  fingerprintOf,
  formatProblem,
  loadManifest,
  requireManifest
} from "./chunks/chunk-7IOPUCAM.js";
import "./chunks/chunk-GIWQTAUD.js";
import {
  ExitCode,
  InfraError,
  LinkgateError,
  ProcessRunner,
  UsageError,
  external_exports,
  formatArgv,
  messageOf,
  systemClock
} from "./chunks/chunk-2RUS7HNP.js";

// src/cli/main.ts
import { parseArgs } from "node:util";

// src/core/logger.ts
var StreamLogger = class {
  constructor(write, options = {}) {
    this.write = write;
    this.options = options;
  }
  write;
  options;
  #secrets = /* @__PURE__ */ new Set();
  info(message) {
    this.#emit("", message);
  }
  warn(message, annotation) {
    this.#emit("warning: ", withLocation(message, annotation));
  }
  error(message, annotation) {
    this.#emit("error: ", withLocation(message, annotation));
  }
  debug(message) {
    if (this.options.debug) this.#emit("debug: ", message);
  }
  async group(title, fn) {
    this.#emit("", `== ${title}`);
    return fn();
  }
  mask(value) {
    if (value.length >= 4) this.#secrets.add(value);
  }
  redact(text) {
    let out = text;
    for (const secret of this.#secrets) out = out.split(secret).join("***");
    return out;
  }
  #emit(level, message) {
    const prefix = this.options.prefix ?? "";
    const lines = this.redact(message).split("\n");
    this.write(lines.map((line) => `${prefix}${level}${line}
`).join(""));
  }
};
function withLocation(message, annotation) {
  if (!annotation?.file) return message;
  const position = [annotation.file, annotation.line, annotation.column].filter((p) => p !== void 0).join(":");
  return `${position}: ${message}`;
}

// src/cli/command.ts
var COMMON_OPTIONS = {
  help: { type: "boolean", short: "h" },
  json: { type: "boolean" }
};
function stringOpt(args, name) {
  const value = args.values[name];
  return typeof value === "string" ? value : void 0;
}
function stringsOpt(args, name) {
  const value = args.values[name];
  if (Array.isArray(value)) return value.filter((v) => typeof v === "string");
  return typeof value === "string" ? [value] : [];
}
function boolOpt(args, name) {
  return args.values[name] === true;
}

// src/cli/commands/build.ts
import { isAbsolute, resolve } from "node:path";
var buildCommand = {
  name: "build",
  summary: "Build the riscv64 kernel and out-of-tree modules from the manifest",
  usage: `linkgate build --manifest linkgate.yaml [--out DIR] [--work DIR] [--jobs N] [--ccache-dir DIR] [--force] [--dry-run] [--json]

Unpacks/clones the pinned source, applies the patch series, merges the config fragments, audits the
config (kept/changed/dropped), runs make with ARCH/CROSS_COMPILE (and ccache), builds the manifest's
out-of-tree modules against the O= tree and writes Image, System.map, config, Module.symvers,
modules/, dtbs/, build.log, config-audit.json and metadata.json to --out (default out/kernel).
The source and O= tree live in --work (default out/kernel-work) and are reused by the next build.
An unchanged build fingerprint skips the build (--force rebuilds).
--dry-run prints the plan (every command) and runs nothing; with --json the plan is the document.
Relative manifest paths resolve against the current directory.
Exit: 0 built (or skipped), 1 the kernel or a module failed to compile, 2 manifest/patch/config-audit
problem, 3 infrastructure (missing toolchain, disk full, cancelled).`,
  options: {
    manifest: { type: "string", short: "m" },
    out: { type: "string" },
    work: { type: "string" },
    jobs: { type: "string", short: "j" },
    "ccache-dir": { type: "string" },
    force: { type: "boolean" },
    "dry-run": { type: "boolean" }
  },
  positionals: [0, 0],
  async run(args, ctx) {
    const file = stringOpt(args, "manifest");
    if (!file) throw new UsageError("--manifest is required");
    const manifest = await requireManifest(isAbsolute(file) ? file : resolve(ctx.cwd, file), file);
    const jobsText = stringOpt(args, "jobs");
    const jobs = jobsText === void 0 ? void 0 : Number(jobsText);
    if (jobs !== void 0 && (!Number.isInteger(jobs) || jobs < 1 || jobs > 1024)) throw new UsageError(`--jobs must be a whole number from 1 to 1024, got ${jobsText}`);
    const out = stringOpt(args, "out") ?? "out/kernel";
    const ccacheDir = stringOpt(args, "ccache-dir");
    const plan = await planFromManifest(
      manifest,
      {
        baseDir: ctx.cwd,
        outDir: out,
        workDir: stringOpt(args, "work") ?? `${out.replace(/\/+$/, "")}-work`,
        ...jobs !== void 0 ? { jobs } : {},
        ...ccacheDir ? { ccacheDir } : {}
      },
      ctx.runner
    );
    if (boolOpt(args, "dry-run")) {
      if (boolOpt(args, "json")) ctx.stdout(JSON.stringify({ dryRun: true, plan }, null, 2) + "\n");
      else ctx.logger.info(describePlan(plan, formatArgv));
      return ExitCode.Pass;
    }
    const outcome = await runBuild(plan, { runner: ctx.runner, logger: ctx.logger, clock: ctx.clock, signal: ctx.signal, echo: !boolOpt(args, "json") }, { force: boolOpt(args, "force") });
    const s = outcome.state;
    if (boolOpt(args, "json")) {
      ctx.stdout(
        JSON.stringify({
          ok: outcome.exitCode === ExitCode.Pass,
          status: outcome.status,
          message: outcome.message,
          kernelRelease: s.kernelRelease,
          fingerprint: s.fingerprint,
          artifactsDir: plan.outDir,
          metadata: outcome.metadataPath
        }) + "\n"
      );
    }
    if (outcome.exitCode === ExitCode.Pass) ctx.logger.info(`${outcome.message}: ${plan.outDir} (fingerprint ${s.fingerprint})`);
    else {
      ctx.logger.error(outcome.message);
      for (const line of outcome.details) ctx.logger.error(line);
    }
    return outcome.exitCode;
  }
};

// src/cli/commands/capture.ts
import { rm } from "node:fs/promises";
import { join as join2, resolve as resolve2 } from "node:path";

// src/smoke/bundle/capture.ts
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
async function writeBundleFromRun(options) {
  const { resultsDir, canary, bundleDir } = options;
  const commands = [];
  const used = /* @__PURE__ */ new Set();
  for (const step of canary.steps) {
    for (const name of step.raw.filter((n) => n.endsWith(".json"))) {
      const record = JSON.parse(await readFile(rawPath(resultsDir, name), "utf8"));
      if (record.class !== "node" || record.state !== "done" || record.exitCode === null && record.signal === null) continue;
      const safe = record.label.replace(/[^A-Za-z0-9_.-]+/g, "_");
      let label = safe;
      for (let n = 2; used.has(`${step.name}/${label}`); n++) label = `${safe}-${n}`;
      used.add(`${step.name}/${label}`);
      await mkdir(join(bundleDir, step.name), { recursive: true });
      const base = name.replace(/\.json$/, "");
      const stdout = `${step.name}/${label}.stdout`;
      const stderr = `${step.name}/${label}.stderr`;
      await copyFile(rawPath(resultsDir, `${base}.stdout`), join(bundleDir, stdout));
      await copyFile(rawPath(resultsDir, `${base}.stderr`), join(bundleDir, stderr));
      commands.push({
        step: step.name,
        label,
        argv: [...record.argv],
        stdout,
        stderr,
        exitCode: record.exitCode,
        signal: record.exitCode === null ? record.signal?.replace(/^SIG/, "") ?? null : null,
        durationMs: record.durationMs,
        replayDelayMs: 0
      });
    }
  }
  const meta = {
    format: BUNDLE_FORMAT,
    version: 1,
    name: canary.name,
    description: options.description ?? `captured from ${canary.host} by linkgate capture`,
    capturedAt: (/* @__PURE__ */ new Date()).toISOString(),
    tool: { name: "linkgate", version: VERSION },
    node: {
      host: canary.host,
      kernelRelease: canary.facts.kernelRelease,
      driverVersion: canary.facts.driverVersion,
      labels: canary.labels,
      control: canary.control
    },
    suite: options.config,
    commands
  };
  await mkdir(bundleDir, { recursive: true });
  await writeFile(join(bundleDir, META_FILE), `${JSON.stringify(meta, null, 2)}
`);
  return meta;
}

// src/cli/commands/capture.ts
var CAPTURE_RUN_DIR = "capture-run";
var captureCommand = {
  name: "capture",
  summary: "Record a capture bundle from a real canary",
  usage: `linkgate capture --manifest linkgate.yaml --canary NAME --out BUNDLE_DIR

Runs the smoke suite on one real canary and keeps what the node answered as a capture bundle:
BUNDLE_DIR/meta.json + BUNDLE_DIR/<step>/<label>.stdout|.stderr, and the run itself under
BUNDLE_DIR/${CAPTURE_RUN_DIR}/. "linkgate smoke --virtual BUNDLE_DIR" replays it (docs/smoke.md).
--json prints {"bundle", "commands", "canary": {name, state, steps: [{name, status}]}}.`,
  options: { manifest: { type: "string", short: "m" }, canary: { type: "string" }, out: { type: "string" } },
  positionals: [0, 0],
  async run(args, ctx) {
    const manifestPath = stringOpt(args, "manifest");
    const name = stringOpt(args, "canary");
    const outOpt = stringOpt(args, "out");
    if (!manifestPath || !name || !outOpt) throw new UsageError("--manifest, --canary and --out are required");
    const bundleDir = resolve2(ctx.cwd, outOpt);
    const parsed = await loadManifest(resolve2(ctx.cwd, manifestPath));
    if (!parsed.ok) throw new UsageError(`${manifestPath}: invalid manifest`, { details: parsed.problems.map(formatProblem) });
    if (!parsed.manifest.canaries.some((c) => c.name === name)) throw new UsageError(`no canary named ${name} in ${manifestPath}`);
    const runDir = join2(bundleDir, CAPTURE_RUN_DIR);
    await rm(runDir, { recursive: true, force: true });
    const results = await runSmoke({ outDir: runDir, logger: ctx.logger, signal: ctx.signal, env: ctx.env, manifest: { path: resolve2(ctx.cwd, manifestPath), canaries: [name] } });
    const canary = results.canaries[0];
    if (canary.state !== "ok") {
      ctx.logger.error(`${name}: ${canary.state}; nothing captured`);
      return ExitCode.Infra;
    }
    const meta = await writeBundleFromRun({ resultsDir: runDir, canary, config: suiteConfigFor(parsed.manifest, name), bundleDir });
    ctx.logger.info(`${bundleDir}: ${meta.commands.length} command(s) captured from ${canary.host}`);
    if (args.values.json) {
      ctx.stdout(`${JSON.stringify({ bundle: bundleDir, commands: meta.commands.length, canary: { name, state: canary.state, steps: canary.steps.map((s) => ({ name: s.name, status: s.status })) } })}
`);
    }
    return results.run.complete ? ExitCode.Pass : ExitCode.Infra;
  }
};

// src/cli/commands/config-check.ts
import { readFile as readFile2, stat } from "node:fs/promises";
import { isAbsolute as isAbsolute2, resolve as resolve3 } from "node:path";
var MAX_CONFIG_BYTES = 16 * 1024 * 1024;
var configCheckCommand = {
  name: "config-check",
  summary: "Audit a .config against the fragments that requested it",
  usage: `linkgate config-check --fragment F [--fragment F2 ...] --config BUILD/.config [--kconfig-root SRC] [--arch ARCH] [--json]

Compares every line of every fragment with the final .config: kept, changed or dropped (absent from
.config: invisible, unmet dependencies). With --kconfig-root (the kernel source tree) each changed or
dropped option gets the depends on / select lines that explain it; the arch is read from .config
(CONFIG_RISCV=y \u2192 riscv) unless --arch says. "# CONFIG_X is not set" and CONFIG_X=n are the same request.
--json prints exactly:
  {"ok": bool, "options": [{"symbol": "CONFIG_X", "requested": "y", "actual": "n"|null,
                            "status": "kept"|"changed"|"dropped", "reason": "..."}]}
Exit: 0 every option held, 1 some did not, 2 unreadable input or a fragment syntax error.`,
  options: {
    fragment: { type: "string", multiple: true },
    config: { type: "string" },
    "kconfig-root": { type: "string" },
    arch: { type: "string" }
  },
  positionals: [0, 0],
  async run(args, ctx) {
    const at = (p) => isAbsolute2(p) ? p : resolve3(ctx.cwd, p);
    const fragments = stringsOpt(args, "fragment");
    const configPath = stringOpt(args, "config");
    if (fragments.length === 0) throw new UsageError("at least one --fragment is required");
    if (!configPath) throw new UsageError("--config is required");
    const requests = [];
    const problems = [];
    for (const fragment of fragments) {
      const text = await readLimited(at(fragment), `fragment ${fragment}`, MAX_FRAGMENT_BYTES);
      const parsed = parseFragment(text);
      for (const p of parsed.problems) {
        problems.push(`${fragment}:${p.line}: ${p.message}`);
        ctx.logger.error(p.message, { file: fragment, line: p.line, title: "Kconfig fragment syntax" });
      }
      for (const entry of parsed.entries) requests.push({ ...entry, fragment, policy: "fail" });
    }
    if (problems.length > 0) throw new UsageError(`${problems.length} fragment syntax error(s)`, { details: problems });
    const config = parseDotConfig(await readLimited(at(configPath), `config ${configPath}`, MAX_CONFIG_BYTES));
    if (config.size === 0) throw new UsageError(`${configPath} holds no CONFIG_ lines: not a .config`);
    const root = stringOpt(args, "kconfig-root");
    let db;
    if (root) {
      if (!await stat(resolve3(at(root), "Kconfig")).catch(() => null)) throw new UsageError(`--kconfig-root ${root} has no Kconfig file: not a kernel source tree`);
      const archName = stringOpt(args, "arch");
      const srcArch = archName ? archInfo(archName)?.linuxArch ?? archName : inferSrcArch(at(root), config);
      if (!srcArch) throw new UsageError(`cannot tell the arch of ${configPath}; pass --arch (e.g. riscv64)`);
      db = loadKconfigDb(at(root), srcArch);
      for (const note of db.notes.slice(0, 5)) ctx.logger.debug(`kconfig: ${note}`);
    }
    const audit = auditConfig(requests, config, db);
    for (const o of audit.options) {
      if (o.status === "kept") continue;
      ctx.logger.error(`${o.symbol}=${o.requested} ${o.status}${o.actual === null ? " (absent)" : ` to ${o.actual}`}: ${o.reason}`, {
        file: o.fragment,
        line: o.line,
        title: `config option ${o.status}`
      });
    }
    for (const o of audit.overridden) ctx.logger.warn(`${o.symbol} at ${o.fragment}:${o.line} is overridden by ${o.by}`);
    const dropped = audit.options.filter((o) => o.status === "dropped").length;
    const changed = audit.options.filter((o) => o.status === "changed").length;
    ctx.logger.info(`${audit.options.length - dropped - changed} kept, ${changed} changed, ${dropped} dropped`);
    if (args.values.json) ctx.stdout(JSON.stringify(toConfigCheckJson(audit)) + "\n");
    return audit.ok ? ExitCode.Pass : ExitCode.Fail;
  }
};
async function readLimited(path, what, limit) {
  let size2;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new UsageError(`${what} is not a file`);
    size2 = info.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read ${what}: ${error.code ?? String(error)}`);
  }
  if (size2 > limit) throw new UsageError(`${what} is ${size2} bytes; the limit is ${limit}`);
  const text = await readFile2(path, "utf8");
  if (text.includes("\0")) throw new UsageError(`${what} contains NUL bytes: not a text file`);
  return text;
}

// src/cli/commands/demo.ts
import { resolve as resolve4 } from "node:path";
import { fileURLToPath } from "node:url";
import { existsSync as existsSync3 } from "node:fs";

// src/canary/demo/demo-pipeline.ts
import { existsSync as existsSync2 } from "node:fs";
import { mkdir as mkdir5, mkdtemp, readFile as readFile8, rm as rm5, writeFile as writeFile6 } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join8 } from "node:path";

// src/canary/canary-kernel.ts
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { join as join3 } from "node:path";
import { promisify } from "node:util";

// src/canary/file-lock.ts
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
async function withFileLock(lockFile, fn) {
  mkdirSync(dirname(lockFile), { recursive: true });
  const holder = spawn("flock", ["--exclusive", lockFile, "sh", "-c", "echo locked; exec cat >/dev/null"], { stdio: ["pipe", "pipe", "inherit"] });
  await new Promise((resolve9, reject) => {
    holder.once("error", reject);
    holder.once("exit", (code) => reject(new Error(`flock exited (${code}) before locking ${lockFile}`)));
    holder.stdout.once("data", () => resolve9());
  });
  try {
    return await fn();
  } finally {
    holder.stdin.end();
  }
}

// src/canary/canary-kernel.ts
var KNOWN_GOOD_FRAGMENTS = ["fixtures/kernel/qemu-virt.config", "fixtures/kernel/module-signing.config"];
var CANDIDATE_FRAGMENTS = [...KNOWN_GOOD_FRAGMENTS, "fixtures/kernel/qemu-canary.config"];
var LOCALVERSION_PATCH = "fixtures/kernel/patches/0001-add-linkgate-localversion.patch";
async function debianKernelTarball() {
  const fallback = "/usr/src/linux-source-6.1.tar.xz";
  try {
    const { stdout } = await promisify(execFile)("dpkg", ["-L", "linux-source-6.1"], { encoding: "utf8" });
    return stdout.split("\n").find((l) => /\.tar\.xz$/.test(l)) ?? fallback;
  } catch {
    return fallback;
  }
}
async function buildCanaryKernel(flavour, options) {
  const tarball = await debianKernelTarball();
  if (!existsSync(tarball)) {
    throw new InfraError(`kernel source ${tarball} is missing: apt-get install linux-source-6.1 gcc-riscv64-linux-gnu (see docs/demo.md)`);
  }
  const kernel = Kernel.parse({
    source: { type: "tarball", path: tarball, sha256: await sha256File(tarball) },
    arch: "riscv64",
    toolchain: { crossCompile: "riscv64-linux-gnu-", ccache: true, ccacheDir: join3(options.repoRoot, ".cache", "ccache") },
    config: { base: "tinyconfig", fragments: (flavour === "candidate" ? CANDIDATE_FRAGMENTS : KNOWN_GOOD_FRAGMENTS).map((path) => ({ path })) },
    patches: [LOCALVERSION_PATCH],
    targets: ["Image", "modules"]
  });
  const tree = flavour === "candidate" ? "canary-kernel" : "kernel-tree";
  const root = join3(options.repoRoot, ".cache", tree);
  return withFileLock(join3(options.repoRoot, ".cache", `${tree}.lock`), () => build(flavour, kernel, root, options));
}
async function build(flavour, kernel, root, options) {
  const plan = await planFromManifest(
    { kernel, modules: [{ name: "linkgate_test", path: "fixtures/modules/linkgate_test" }] },
    { baseDir: options.repoRoot, outDir: join3(root, "out"), workDir: join3(root, "work") },
    options.runner
  );
  const signFile = join3(plan.buildDir, "scripts", "sign-file");
  const force = !existsSync(signFile) || !existsSync(join3(plan.buildDir, "Module.symvers"));
  const outcome = await runBuild(plan, { runner: options.runner, logger: options.logger, clock: options.clock, signal: options.signal, echo: options.echo ?? false }, { force });
  if (outcome.exitCode !== 0) {
    throw new InfraError(`${flavour} kernel: build ${outcome.status}: ${outcome.message}`, { details: [...outcome.details, `log: ${join3(plan.outDir, "build.log")}`] });
  }
  const release = outcome.state.kernelRelease;
  if (!release) throw new InfraError(`${flavour} kernel: the build recorded no kernel release`);
  return {
    release,
    image: join3(plan.outDir, plan.arch.imageTarget),
    build: plan.buildDir,
    testModule: join3(plan.outDir, "external", "linkgate_test", "linkgate_test.ko"),
    signFile,
    built: outcome.status !== "skipped"
  };
}

// src/canary/qemu/qemu-canary.ts
import { mkdir as mkdir4, rm as rm4 } from "node:fs/promises";

// src/canary/guest/fetch-debs.ts
import { createHash, randomBytes } from "node:crypto";
import { mkdir as mkdir2, readdir, readFile as readFile3, rename, rm as rm2, writeFile as writeFile2 } from "node:fs/promises";
import { join as join4 } from "node:path";

// src/canary/guest/apt-source.ts
var GUEST_PACKAGES = [
  "busybox-static",
  "dropbear-bin",
  "gcc-14-base",
  "libc6",
  "libcrypt1",
  "libgcc-s1",
  // Without it: "dropbear: error while loading shared libraries: libgmp.so.10".
  "libgmp10",
  "libtomcrypt1",
  "libtommath1",
  "zlib1g",
  // Only the sftp-server binary is used (it needs libc alone); dropbear execs /usr/lib/sftp-server.
  "openssh-sftp-server",
  // kmod's insmod/modprobe/modinfo, as on a real node: busybox modinfo cannot read module
  // signatures (no signer, no sig_key), so the smoke suite would see every module as unsigned.
  "kmod",
  // The login shell. busybox sh (Debian's build prefers its own applets over PATH) would run
  // busybox's insmod/modinfo even where kmod's are installed.
  "dash",
  "libkmod2",
  "libssl3t64",
  "libzstd1"
];
var GUEST_SUITE = "trixie";
function debianMirrorFromSources(texts) {
  for (const text of texts) {
    for (const raw of text.split("\n")) {
      const line = raw.trim();
      const uris = /^URIs:\s*(.+)$/i.exec(line)?.[1]?.split(/\s+/) ?? [];
      const oneLine = /^deb\s+(?:\[[^\]]*\]\s+)?(\S+)\s+\S+/.exec(line)?.[1];
      for (const uri of oneLine ? [...uris, oneLine] : uris) {
        if (isMainDebianArchive(uri)) return uri.replace(/\/+$/, "");
      }
    }
  }
  return null;
}
function isMainDebianArchive(uri) {
  if (!/^https?:\/\/[^\s/]+\/\S*$/.test(uri)) return false;
  if (/security|ports|backports|nodesource|google/i.test(uri)) return false;
  return /\/debian\/?$/.test(uri);
}
function privateAptOptions(stateDir) {
  const options = {
    "Dir::State::Lists": `${stateDir}/lists`,
    "Dir::State::status": `${stateDir}/status`,
    "Dir::Cache::Archives": `${stateDir}/archives`,
    "Dir::Cache::pkgcache": "",
    "Dir::Cache::srcpkgcache": "",
    "Dir::Etc::SourceList": `${stateDir}/sources.list`,
    "Dir::Etc::SourceParts": `${stateDir}/empty`,
    "APT::Architecture": "riscv64",
    "APT::Architectures::": "riscv64",
    // Once apt-file is installed on the host, update fails fetching Contents-riscv64 without this.
    "Acquire::IndexTargets::deb::Contents-deb::DefaultEnabled": "false",
    // Another apt on the machine may hold the lock; wait instead of failing.
    "DPkg::Lock::Timeout": "600"
  };
  return Object.entries(options).flatMap(([key, value]) => ["-o", `${key}=${value}`]);
}
function sourcesListLine(mirror) {
  return `deb [arch=riscv64] ${mirror} ${GUEST_SUITE} main
`;
}

// src/canary/guest/fetch-debs.ts
async function fetchGuestDebs(options) {
  const packages = [...options.packages ?? GUEST_PACKAGES].sort();
  const mirror = options.mirror ?? await hostMirror();
  const key = createHash("sha256").update(JSON.stringify({ mirror, packages })).digest("hex").slice(0, 16);
  const root = join4(options.cacheDir, key);
  const debsDir = join4(root, "debs");
  const done = join4(root, "done.json");
  const previous = await readDone(done);
  if (previous) {
    const files = previous.map((name) => join4(debsDir, name));
    return { dir: debsDir, files, mirror, cached: true };
  }
  const work = `${root}.tmp-${randomBytes(4).toString("hex")}`;
  const state = join4(work, "apt");
  const workDebs = join4(work, "debs");
  try {
    for (const sub of ["lists/partial", "archives/partial", "empty"]) await mkdir2(join4(state, sub), { recursive: true });
    await mkdir2(workDebs, { recursive: true });
    await writeFile2(join4(state, "status"), "");
    await writeFile2(join4(state, "sources.list"), sourcesListLine(mirror));
    const apt = [...privateAptOptions(state), "-o", "APT::Sandbox::User=root", "-q"];
    options.logger.info(`guest packages: apt-get update (riscv64, trixie) from ${mirror}`);
    await mustRun(options, "apt-get update", ["apt-get", ...apt, "update"], work);
    options.logger.info(`guest packages: downloading ${packages.length} riscv64 debs`);
    await mustRun(options, "apt-get download", ["apt-get", ...apt, "download", ...packages], workDebs);
    const names2 = (await readdir(workDebs)).filter((f) => f.endsWith(".deb")).sort();
    const missing = packages.filter((p) => !names2.some((n) => n.startsWith(`${p}_`)));
    if (missing.length > 0) throw new InfraError(`guest packages: apt did not download ${missing.join(", ")}`);
    await writeFile2(join4(work, "done.json"), JSON.stringify(names2, null, 2) + "\n");
    await rm2(state, { recursive: true, force: true });
    if (!await readDone(done)) await rm2(root, { recursive: true, force: true });
    try {
      await rename(work, root);
    } catch {
    }
  } finally {
    await rm2(work, { recursive: true, force: true });
  }
  const names = await readDone(done);
  if (!names) throw new InfraError(`guest packages: ${root} is incomplete after the download`);
  return { dir: debsDir, files: names.map((n) => join4(debsDir, n)), mirror, cached: false };
}
async function mustRun(options, label, argv, cwd) {
  const result = await options.runner.run({ argv, cwd, timeoutMs: 3e5, signal: options.signal });
  if (result.exitCode !== 0) {
    const tail = (result.stderr || result.stdout).trim().split("\n").slice(-5);
    throw new InfraError(`guest packages: ${label} failed (exit ${result.exitCode}); the command was: ${formatArgv(argv)}`, { details: tail });
  }
}
async function readDone(file) {
  try {
    const names = JSON.parse(await readFile3(file, "utf8"));
    if (Array.isArray(names) && names.every((n) => typeof n === "string" && /^[\w.+%~:-]+\.deb$/.test(n))) {
      const dir = join4(file, "..", "debs");
      const present = new Set(await readdir(dir));
      if (names.every((n) => present.has(n))) return names;
    }
  } catch {
  }
  return null;
}
async function hostMirror() {
  const fromEnv = process.env.LINKGATE_DEBIAN_MIRROR;
  if (fromEnv) return fromEnv.replace(/\/+$/, "");
  const texts = [];
  for (const file of ["/etc/apt/sources.list", ...await listSources("/etc/apt/sources.list.d")]) {
    try {
      texts.push(await readFile3(file, "utf8"));
    } catch {
    }
  }
  const mirror = debianMirrorFromSources(texts);
  if (mirror) return mirror;
  throw new InfraError(
    "no Debian archive for the riscv64 guest packages: the host's apt sources name none; set LINKGATE_DEBIAN_MIRROR to a Debian archive URL (\u2026/debian)"
  );
}
async function listSources(dir) {
  try {
    return (await readdir(dir)).filter((f) => /\.(list|sources)$/.test(f)).sort().map((f) => join4(dir, f));
  } catch {
    return [];
  }
}

// src/canary/guest/initramfs.ts
import { chmod, lstat, mkdir as mkdir3, readdir as readdir2, readFile as readFile4, rm as rm3, symlink, writeFile as writeFile3 } from "node:fs/promises";
import { dirname as dirname2, join as join5 } from "node:path";
import { promisify as promisify2 } from "node:util";
import { gzip } from "node:zlib";

// src/canary/guest/ed25519-keys.ts
import { generateKeyPairSync, randomBytes as randomBytes2 } from "node:crypto";
function generateEd25519() {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  const priv = privateKey.export({ format: "jwk" });
  const pub = publicKey.export({ format: "jwk" });
  if (typeof priv.d !== "string" || typeof pub.x !== "string") throw new Error("ed25519 JWK export without d/x");
  return { seed: Buffer.from(priv.d, "base64url"), publicKey: Buffer.from(pub.x, "base64url") };
}
function publicKeyBlob(key) {
  return Buffer.concat([sshString("ssh-ed25519"), sshString(key.publicKey)]);
}
function openSshPublicLine(key, comment) {
  return `ssh-ed25519 ${publicKeyBlob(key).toString("base64")}${comment ? ` ${comment}` : ""}`;
}
function sha256Fingerprint(key) {
  return `SHA256:${fingerprintOf(publicKeyBlob(key))}`;
}
function dropbearPrivateKey(key) {
  return Buffer.concat([sshString("ssh-ed25519"), sshString(Buffer.concat([key.seed, key.publicKey]))]);
}
function openSshPrivateKey(key, comment) {
  const check = randomBytes2(4);
  const body = Buffer.concat([
    check,
    check,
    sshString("ssh-ed25519"),
    sshString(key.publicKey),
    sshString(Buffer.concat([key.seed, key.publicKey])),
    sshString(comment)
  ]);
  const padLength = (8 - body.length % 8) % 8;
  const padding = Buffer.from(Array.from({ length: padLength }, (_, i) => i + 1));
  const blob = Buffer.concat([
    Buffer.from("openssh-key-v1\0", "latin1"),
    sshString("none"),
    sshString("none"),
    sshString(""),
    uint32(1),
    sshString(publicKeyBlob(key)),
    sshString(Buffer.concat([body, padding]))
  ]);
  const lines = blob.toString("base64").match(/.{1,70}/g) ?? [];
  return `-----BEGIN OPENSSH PRIVATE KEY-----
${lines.join("\n")}
-----END OPENSSH PRIVATE KEY-----
`;
}
function sshString(value) {
  const bytes = typeof value === "string" ? Buffer.from(value, "utf8") : value;
  return Buffer.concat([uint32(bytes.length), bytes]);
}
function uint32(n) {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
}

// src/canary/guest/guest-files.ts
var SSH_STARTED_MARKER = "LINKGATE-SSH-STARTED";
var BOOT_MARKER = "LINKGATE-BOOT";
var GUEST_HOST_KEY_PATH = "etc/dropbear/dropbear_ed25519_host_key";
var GUEST_ADDRESS = "10.0.2.15";
function initScript(hostname) {
  return `#!/bin/sh
# linkgate QEMU canary init (PID 1; /bin/sh is dash, the tools are busybox applets)
/bin/busybox mkdir -p /proc /sys /dev /tmp /run /root /var/log
/bin/busybox mount -t proc proc /proc
/bin/busybox mount -t sysfs sysfs /sys
/bin/busybox mount -t devtmpfs devtmpfs /dev 2>/dev/null
/bin/busybox --install -s /bin
mkdir -p /dev/pts
mount -t devpts devpts /dev/pts
mount -t tmpfs tmpfs /tmp
hostname ${hostname}
# No RTC driver in the tiny kernel: the launcher passes the wall clock as linkgate.epoch=SECONDS.
for word in $(cat /proc/cmdline); do
  case "$word" in linkgate.epoch=*) date -s "@\${word#linkgate.epoch=}" >/dev/null ;; esac
done
ip link set lo up
ip link set eth0 up
ip addr add ${GUEST_ADDRESS}/24 dev eth0
echo "${BOOT_MARKER} $(cat /proc/sys/kernel/random/boot_id 2>/dev/null || echo none) $(uname -r)"
# -s: no passwords; -F -E: foreground, log to the console; the host key was made with the initramfs.
/usr/sbin/dropbear -r /${GUEST_HOST_KEY_PATH} -F -E -s -p 22 &
echo "${SSH_STARTED_MARKER}"
wait
poweroff -f
`;
}
function guestFiles(options) {
  return [
    { path: "init", mode: 493, content: initScript(options.hostname) },
    { path: "etc/passwd", mode: 420, content: "root:x:0:0:root:/root:/bin/dash\n" },
    { path: "etc/group", mode: 420, content: "root:x:0:\n" },
    // Dropbear refuses a login shell that /etc/shells does not list.
    { path: "etc/shells", mode: 420, content: "/bin/sh\n/bin/dash\n" },
    { path: "etc/hostname", mode: 420, content: `${options.hostname}
` },
    { path: "root", mode: 448, dir: true },
    { path: "root/.ssh", mode: 448, dir: true },
    { path: "etc/dropbear", mode: 448, dir: true },
    { path: GUEST_HOST_KEY_PATH, mode: 384, content: options.hostKey },
    // Dropbear ignores authorized_keys unless ~/.ssh and the file are private to the user.
    { path: "root/.ssh/authorized_keys", mode: 384, content: `${options.authorizedKey}
` },
    // /bin/sh is dash, as on Debian: the SSH transport runs its wrapper with /bin/sh, and Debian's
    // busybox sh prefers its own applets (insmod, modinfo) over the kmod tools in PATH.
    { path: "usr/bin/sh", mode: 511, symlink: "dash" },
    // kmod's tools (they read module signatures; busybox's do not) win over busybox's applets,
    // which `busybox --install` would otherwise put first in PATH: it never replaces a file.
    ...KMOD_TOOLS.map((tool) => ({ path: `usr/bin/${tool}`, mode: 511, symlink: `../sbin/${tool}` })),
    { path: "bin", mode: 511, symlink: "usr/bin" },
    { path: "sbin", mode: 511, symlink: "usr/sbin" },
    // The ELF interpreter is /lib/ld-linux-riscv64-lp64d.so.1; merged /usr puts it under usr/lib.
    { path: "lib", mode: 511, symlink: "usr/lib" }
  ];
}
var KMOD_TOOLS = ["insmod", "rmmod", "modinfo", "modprobe", "depmod"];
var PRUNED_PATHS = [
  "usr/share",
  "usr/lib/riscv64-linux-gnu/gconv",
  // kmod needs libcrypto only; TLS and OpenSSL's loadable engines/providers are dead weight.
  "usr/lib/riscv64-linux-gnu/libssl.so.3",
  "usr/lib/riscv64-linux-gnu/engines-3",
  "usr/lib/riscv64-linux-gnu/ossl-modules",
  "etc/init.d",
  "etc/default"
];

// src/canary/guest/initramfs.ts
async function buildGuestInitramfs(options) {
  const started = Date.now();
  const rootfs = join5(options.workDir, "rootfs");
  await rm3(rootfs, { recursive: true, force: true });
  await mkdir3(rootfs, { recursive: true, mode: 493 });
  for (const deb of options.debs) {
    await mustRun2(options, ["dpkg-deb", "-x", deb, rootfs]);
  }
  for (const pruned of PRUNED_PATHS) await rm3(join5(rootfs, pruned), { recursive: true, force: true });
  const hostKey = generateEd25519();
  const clientKey = generateEd25519();
  const clientKeyPath = join5(options.workDir, "client_ed25519");
  await writeFile3(clientKeyPath, openSshPrivateKey(clientKey, "linkgate-qemu-client"), { mode: 384 });
  const cpioPath = join5(options.workDir, "initramfs.cpio");
  const path = `${cpioPath}.gz`;
  let gzBytes;
  try {
    const files = guestFiles({
      hostname: options.hostname ?? "linkgate-qemu",
      authorizedKey: openSshPublicLine(clientKey, "linkgate-qemu-client"),
      hostKey: dropbearPrivateKey(hostKey)
    });
    for (const file of files) {
      const target = join5(rootfs, file.path);
      await mkdir3(dirname2(target), { recursive: true });
      if (file.dir) {
        await mkdir3(target, { recursive: true });
        await chmod(target, file.mode);
      } else if (file.symlink !== void 0) {
        await rm3(target, { recursive: true, force: true });
        await symlink(file.symlink, target);
      } else {
        await writeFile3(target, file.content ?? "", { mode: file.mode });
        await chmod(target, file.mode);
      }
    }
    for (const [guestPath, localPath] of options.extra ?? []) {
      const target = join5(rootfs, guestPath.replace(/^\/+/, ""));
      await mkdir3(dirname2(target), { recursive: true });
      await writeFile3(target, await readFile4(localPath), { mode: 420 });
    }
    const list = await listTree(rootfs);
    await mustRun2(options, ["cpio", "-o", "-H", "newc", "--owner=0:0", "--quiet", `--file=${cpioPath}`], rootfs, list.join("\n") + "\n");
    const gz = await promisify2(gzip)(await readFile4(cpioPath), { level: 9 });
    await writeFile3(path, gz, { mode: 384 });
    gzBytes = gz.length;
    await rm3(cpioPath, { force: true });
    await rm3(rootfs, { recursive: true, force: true });
  } catch (error) {
    await Promise.all([clientKeyPath, rootfs, cpioPath, path].map((p) => rm3(p, { recursive: true, force: true })));
    throw error;
  }
  return {
    path,
    bytes: gzBytes,
    hostKey: openSshPublicLine(hostKey, ""),
    hostKeyFingerprint: sha256Fingerprint(hostKey),
    clientKeyPath,
    durationMs: Date.now() - started
  };
}
async function listTree(root) {
  const out = [];
  const walk = async (rel) => {
    const names = (await readdir2(join5(root, rel))).sort();
    for (const name of names) {
      const child = rel ? `${rel}/${name}` : name;
      out.push(child);
      const info = await lstat(join5(root, child));
      if (info.isDirectory()) await walk(child);
    }
  };
  await walk("");
  return out;
}
async function mustRun2(options, argv, cwd, stdin) {
  const result = await options.runner.run({ argv, cwd, stdin, timeoutMs: 12e4, signal: options.signal });
  if (result.exitCode !== 0) {
    throw new InfraError(`initramfs: ${formatArgv(argv)} failed (exit ${result.exitCode})`, {
      details: result.stderr.trim().split("\n").slice(-5)
    });
  }
}

// src/canary/qemu/qemu-node.ts
import { readFile as readFile5, writeFile as writeFile4 } from "node:fs/promises";
import { join as join6 } from "node:path";

// src/canary/qemu/qemu-machine.ts
import { createWriteStream } from "node:fs";

// src/canary/qemu/free-port.ts
import { createServer } from "node:net";
function freeLoopbackPort() {
  return new Promise((resolve9, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => port > 0 ? resolve9(port) : reject(new Error("no port assigned")));
    });
  });
}

// src/canary/qemu/qemu-argv.ts
var QEMU_BINARY = "qemu-system-riscv64";
var DEFAULT_MEMORY_MIB = 512;
function machineArgs(spec, dumpDtbTo) {
  const machine = dumpDtbTo === void 0 ? "virt" : `virt,dumpdtb=${dumpDtbTo}`;
  return [
    "-machine",
    machine,
    "-m",
    `${spec.memoryMiB ?? DEFAULT_MEMORY_MIB}M`,
    "-smp",
    String(spec.cpus ?? 1),
    "-nographic",
    "-bios",
    "default"
  ];
}
function qemuBootArgv(spec) {
  if (!Number.isInteger(spec.sshPort) || spec.sshPort < 1 || spec.sshPort > 65535) {
    throw new RangeError(`ssh port out of range: ${spec.sshPort}`);
  }
  const append = ["console=ttyS0", "panic=-1", ...spec.append ?? []].join(" ");
  return [
    QEMU_BINARY,
    ...machineArgs(spec),
    "-no-reboot",
    "-kernel",
    spec.kernel,
    "-initrd",
    spec.initrd,
    ...spec.dtb === void 0 ? [] : ["-dtb", spec.dtb],
    "-append",
    append,
    "-netdev",
    `user,id=n0,restrict=on,hostfwd=tcp:127.0.0.1:${spec.sshPort}-:22`,
    "-device",
    "virtio-net-pci,netdev=n0,romfile="
  ];
}
function isHostForwardFailure(stderr) {
  return /Could not set up host forwarding rule/.test(stderr);
}

// src/canary/qemu/ssh-banner.ts
import { connect } from "node:net";
async function waitForSshBanner(host, port, options) {
  let lastError = "no attempt made";
  while (Date.now() < options.deadline) {
    if (options.signal?.aborted) throw new Error("cancelled while waiting for the SSH banner");
    if (options.isAlive && !options.isAlive()) throw new Error("the machine stopped while waiting for the SSH banner");
    const attemptMs = Math.min(options.attemptMs ?? 1e3, Math.max(50, options.deadline - Date.now()));
    try {
      return await readBanner(host, port, attemptMs);
    } catch (error) {
      lastError = error.message;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  throw new Error(`no SSH banner on ${host}:${port} before the deadline (last: ${lastError})`);
}
function readBanner(host, port, timeoutMs) {
  return new Promise((resolve9, reject) => {
    const socket = connect({ host, port });
    let text = "";
    const done = (error, banner) => {
      clearTimeout(timer);
      socket.destroy();
      if (error) reject(error);
      else resolve9(banner ?? "");
    };
    const timer = setTimeout(() => done(new Error(`no banner within ${timeoutMs} ms`)), timeoutMs);
    socket.on("data", (chunk) => {
      text += chunk.toString("latin1");
      const line = text.split("\n").find((l) => l.startsWith("SSH-"));
      if (line) done(null, line.trim());
      else if (text.length > 8192) done(new Error("not an SSH server (no banner in 8 KiB)"));
    });
    socket.on("error", (error) => done(error));
    socket.on("close", () => done(new Error("connection closed before a banner")));
  });
}

// src/canary/qemu/qemu-machine.ts
var MAX_CONSOLE_LINES = 2e3;
var QemuMachine = class _QemuMachine {
  constructor(facts, exited, abort, consoleLines) {
    this.facts = facts;
    this.exited = exited;
    this.#abort = abort;
    this.#console = consoleLines;
    void exited.then((r) => this.#exitResult = r);
  }
  facts;
  exited;
  #abort;
  #console;
  #exitResult = null;
  get running() {
    return this.#exitResult === null;
  }
  /** The last console lines, for error reports. */
  consoleTail(lines = 40) {
    return this.#console.slice(-lines);
  }
  async stop() {
    this.#abort.abort(new Error("stop"));
    return this.exited;
  }
  static async boot(options) {
    let port = options.preferPort ?? await freeLoopbackPort();
    for (let attempt = 1; ; attempt++) {
      try {
        return await bootOnce(options, port);
      } catch (error) {
        if (!(error instanceof PortTaken) || attempt >= 3) throw error;
        options.logger.warn(`qemu: port ${port} was taken before QEMU could bind it; trying another`);
        port = await freeLoopbackPort();
      }
    }
  }
  /** @internal */
  static create(facts, exited, abort, lines) {
    return new _QemuMachine(facts, exited, abort, lines);
  }
};
var PortTaken = class extends Error {
};
async function bootOnce(options, sshPort) {
  const started = Date.now();
  const abort = new AbortController();
  const onOuterAbort = () => abort.abort(options.signal?.reason);
  if (options.signal?.aborted) onOuterAbort();
  options.signal?.addEventListener("abort", onOuterAbort, { once: true });
  const log = createWriteStream(options.consoleLog, { flags: "a", mode: 420 });
  log.on("error", () => void 0);
  const lines = [];
  let bootId = null;
  let release = null;
  let markSeen = () => void 0;
  const sshStarted = new Promise((resolve9) => markSeen = resolve9);
  const argv = qemuBootArgv({ ...options.spec, sshPort });
  options.logger.debug(`qemu: ${argv.join(" ")}`);
  const exited = options.runner.run({
    argv,
    signal: abort.signal,
    maxOutputBytes: 4 * 1024 * 1024,
    onLine: (_stream, raw) => {
      const line = raw.replace(/\r$/, "");
      log.write(`${line}
`);
      lines.push(line);
      if (lines.length > MAX_CONSOLE_LINES) lines.shift();
      const boot = new RegExp(`^${BOOT_MARKER} (\\S+) (\\S+)`).exec(line);
      if (boot) {
        bootId = boot[1] === "none" ? null : boot[1] ?? null;
        release = boot[2] ?? null;
      }
      if (line.startsWith(SSH_STARTED_MARKER)) markSeen();
    }
  }).finally(() => {
    options.signal?.removeEventListener("abort", onOuterAbort);
    log.end();
  });
  let alive = true;
  void exited.then(
    () => alive = false,
    () => alive = false
  );
  const deadline = started + (options.readyTimeoutMs ?? 6e4);
  const failWith = async (message) => {
    abort.abort(new Error(message));
    const result = await exited.catch(() => null);
    const stderr = result?.stderr ?? "";
    if (isHostForwardFailure(stderr)) throw new PortTaken(stderr.trim());
    throw new InfraError(`qemu canary: ${message}`, {
      details: [...stderr.trim().split("\n").filter(Boolean).slice(-3), ...lines.slice(-15)]
    });
  };
  const outcome = await Promise.race([
    sshStarted.then(() => "ready"),
    exited.then(
      () => "exited",
      () => "exited"
    ),
    new Promise((r) => setTimeout(() => r("timeout"), Math.max(0, deadline - Date.now())).unref())
  ]);
  if (outcome === "exited") return failWith("QEMU exited before the guest started SSH");
  if (outcome === "timeout") return failWith(`no "${SSH_STARTED_MARKER}" on the console within ${options.readyTimeoutMs ?? 6e4} ms`);
  let banner;
  try {
    banner = await waitForSshBanner("127.0.0.1", sshPort, { deadline, isAlive: () => alive, signal: abort.signal });
  } catch (error) {
    return failWith(error.message);
  }
  const facts = { sshPort, bootId, release, bootToSshMs: Date.now() - started, banner };
  return QemuMachine.create(facts, exited, abort, lines);
}

// src/canary/qemu/qemu-node.ts
var QemuCanaryNode = class {
  constructor(options) {
    this.options = options;
    this.name = options.name;
    this.#state = initialState(options.knownGood);
  }
  options;
  name;
  boots = [];
  #state;
  #machine = null;
  #port;
  #stopped = false;
  #loop = null;
  #waiters = [];
  #consecutiveGoodFailures = 0;
  #abort = new AbortController();
  /** 127.0.0.1 and the forwarded port of the current (or last) boot. */
  get sshPort() {
    return this.#port;
  }
  get current() {
    return this.boots[this.boots.length - 1];
  }
  /** Boots and returns once the first boot answers on SSH. */
  async start() {
    if (this.#loop) throw new Error("already started");
    await this.#persist();
    this.#loop = this.#run();
    await this.#nextBoot(0);
    const first = this.current;
    if (!first || first.outcome !== "up") {
      throw new InfraError(`qemu canary ${this.name}: the known-good kernel did not boot: ${first?.message ?? "no boot"}`);
    }
    return first;
  }
  async stop() {
    this.#stopped = true;
    this.#abort.abort(new Error("node stopped"));
    await this.#machine?.stop();
    await this.#loop;
    this.#wake();
  }
  /** Resolves when a boot after boot number `after` has finished starting (up or failed). */
  async waitForBoot(after, timeoutMs = 12e4) {
    const deadline = Date.now() + timeoutMs;
    while ((this.current?.n ?? 0) <= after && !this.#stopped && Date.now() < deadline) {
      await new Promise((resolve9) => {
        this.#waiters.push(resolve9);
        setTimeout(resolve9, 250).unref();
      });
    }
    return this.current;
  }
  async #nextBoot(after) {
    await this.waitForBoot(after, (this.options.readyTimeoutMs ?? 6e4) + 3e4);
  }
  async #run() {
    while (!this.#stopped) {
      const choice = chooseBoot(this.#state);
      this.#state = choice.state;
      await this.#persist();
      const n = this.boots.length + 1;
      const consoleLog = join6(this.options.workDir, `console-${String(n).padStart(2, "0")}-slot-${choice.slot}.log`);
      this.options.logger.info(`${this.name}: boot ${n}: slot ${choice.slot} (${choice.content.release})`);
      try {
        const machine = await QemuMachine.boot({
          spec: {
            kernel: choice.content.image,
            initrd: this.options.initrd,
            ...choice.content.dtb ? { dtb: choice.content.dtb } : {},
            memoryMiB: this.options.memoryMiB,
            // The guest has no RTC driver; like a board's RTC, the "bootloader" hands it the time.
            append: [...this.options.append ?? [], `linkgate.epoch=${Math.floor(Date.now() / 1e3)}`]
          },
          runner: this.options.runner,
          logger: this.options.logger,
          consoleLog,
          readyTimeoutMs: this.options.readyTimeoutMs,
          preferPort: this.#port,
          signal: this.#abort.signal
        });
        this.#machine = machine;
        this.#port = machine.facts.sshPort;
        this.#consecutiveGoodFailures = 0;
        this.#record({ n, slot: choice.slot, release: choice.content.release, outcome: "up", facts: machine.facts, message: null, consoleLog });
        this.options.logger.info(`${this.name}: boot ${n} up: SSH on 127.0.0.1:${machine.facts.sshPort} after ${machine.facts.bootToSshMs} ms`);
        await machine.exited.catch(() => void 0);
        this.#machine = null;
      } catch (error) {
        this.#record({ n, slot: choice.slot, release: choice.content.release, outcome: "failed", facts: null, message: messageOf(error), consoleLog });
        this.options.logger.warn(`${this.name}: boot ${n} (slot ${choice.slot}) failed: ${messageOf(error)}`);
        if (choice.slot === this.#state.knownGood && ++this.#consecutiveGoodFailures >= 2) {
          this.options.logger.error(`${this.name}: the known-good slot failed twice in a row; the node stays down`);
          this.#stopped = true;
        }
      }
    }
  }
  #record(boot) {
    this.boots.push(boot);
    this.#wake();
  }
  #wake() {
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const wake of waiters) wake();
  }
  async #persist() {
    await writeFile4(join6(this.options.workDir, "slots.json"), JSON.stringify(this.#state, null, 2) + "\n");
  }
  /** Reads the state file back (what a bootloader would find after a power loss). */
  async storedState() {
    try {
      return parseSlotState(JSON.parse(await readFile5(join6(this.options.workDir, "slots.json"), "utf8")));
    } catch {
      return null;
    }
  }
  // BootControl: for QEMU the "boot partition" is on the host; the kernel image never crosses SSH.
  async state() {
    return this.#state;
  }
  async install(slot, content) {
    if (slot === this.#state.knownGood) throw new Error(`refusing to overwrite the known-good slot ${slot}`);
    if (content.modules?.length) throw new Error("the QEMU canary boots an initramfs and keeps no modules across a reboot: copy them after the boot (the smoke step does)");
    this.#state = { ...this.#state, slots: { ...this.#state.slots, [slot]: content } };
    await this.#persist();
  }
  async armTry(slot) {
    this.#state = armTry(this.#state, slot);
    await this.#persist();
  }
  async disarm() {
    this.#state = disarm(this.#state);
    await this.#persist();
  }
  async promote(slot) {
    this.#state = promote(this.#state, slot);
    await this.#persist();
  }
  async reboot(host) {
    const before = this.current?.n ?? 0;
    await host.exec(["reboot", "-f"], { timeoutMs: 5e3 }).catch(() => void 0);
    const exited = this.#machine?.exited;
    if (exited) {
      const timer = new Promise((r) => setTimeout(r, 1e4).unref());
      await Promise.race([exited.catch(() => void 0), timer]);
      if (this.#machine && this.current?.n === before) throw new Error("the guest did not go down after reboot -f");
    }
  }
  hardReset = async () => {
    this.options.logger.warn(`${this.name}: power-cycling (killing QEMU)`);
    await this.#machine?.stop();
  };
};

// src/canary/qemu/qemu-remote.ts
import { readFile as readFile6 } from "node:fs/promises";
async function qemuConnector(node, keys, logger) {
  const privateKey = await readFile6(keys.clientKeyPath);
  return () => {
    const port = node.sshPort;
    if (port === void 0) return Promise.reject(new Error(`${node.name}: not booted`));
    const target = {
      name: node.name,
      host: "127.0.0.1",
      port,
      user: "root",
      hostKeys: [keys.hostKey],
      hostKeyPolicy: "pinned",
      privateKey
    };
    return connectSsh(target, { logger, connectTimeoutMs: 5e3, keepaliveIntervalMs: 2e3, retry: { attempts: 1 } });
  };
}

// src/canary/qemu/qemu-canary.ts
async function startQemuCanary(options) {
  await mkdir4(options.workDir, { recursive: true });
  const debs = await fetchGuestDebs({ cacheDir: options.cacheDir, runner: options.runner, logger: options.logger, signal: options.signal });
  const initrd = await buildGuestInitramfs({
    debs: debs.files,
    workDir: options.workDir,
    runner: options.runner,
    hostname: options.name,
    extra: options.extra,
    signal: options.signal
  });
  options.logger.info(`${options.name}: initramfs ${(initrd.bytes / 1024 / 1024).toFixed(1)} MiB, host key ${initrd.hostKeyFingerprint} (pinned)`);
  const node = new QemuCanaryNode({
    name: options.name,
    initrd: initrd.path,
    knownGood: options.knownGood,
    runner: options.runner,
    logger: options.logger,
    workDir: options.workDir,
    readyTimeoutMs: options.readyTimeoutMs
  });
  const close = async () => {
    await node.stop();
    await rm4(initrd.clientKeyPath, { force: true });
    await rm4(initrd.path, { force: true });
  };
  try {
    const firstBoot = await node.start();
    const connect2 = await qemuConnector(node, initrd, options.logger);
    return { node, initrd, firstBoot, connect: connect2, close };
  } catch (error) {
    await close();
    throw error;
  }
}

// src/canary/signature/test-modules.ts
import { chmod as chmod2, readFile as readFile7, writeFile as writeFile5 } from "node:fs/promises";
import { join as join7 } from "node:path";
async function makeSignatureFiles(options) {
  const deps = { runner: options.runner, logger: options.logger, env: {} };
  const common = { modules: [options.module], hash: options.hash, method: "auto", kernelTree: options.kernelBuild, strip: false, crossCompile: "riscv64-linux-gnu-" };
  const name = options.module.split("/").pop() ?? "module.ko";
  await signModules({ ...common, outDir: join7(options.workDir, "signed"), certPath: join7(options.certsDir, "signing_key.x509"), key: { file: join7(options.certsDir, "signing_key.pem") } }, deps);
  const rogue = await throwawayKey(options.runner, options.workDir);
  await signModules({ ...common, outDir: join7(options.workDir, "other-key"), certPath: rogue, key: { file: rogue } }, deps);
  const signed = join7(options.workDir, "signed", name);
  const tampered = join7(options.workDir, `tampered-${name}`);
  await writeFile5(tampered, tamper(await readFile7(signed)));
  return { signed, unsigned: options.module, "other-key": join7(options.workDir, "other-key", name), tampered };
}
function tamper(bytes) {
  const copy = Buffer.from(bytes);
  const at = copy.indexOf("license=");
  if (at < 0) throw new InfraError("cannot tamper: no license= in the module's .modinfo");
  copy[at + "license=".length] = (copy[at + "license=".length] ?? 0) ^ 1;
  return copy;
}
function signatureCases(remoteDir, moduleName2) {
  return [
    { name: "signed", remotePath: `${remoteDir}/signed.ko`, module: moduleName2, expect: "load" },
    { name: "unsigned", remotePath: `${remoteDir}/unsigned.ko`, module: moduleName2, expect: "reject" },
    { name: "other-key", remotePath: `${remoteDir}/other-key.ko`, module: moduleName2, expect: "reject" },
    { name: "tampered", remotePath: `${remoteDir}/tampered.ko`, module: moduleName2, expect: "reject" }
  ];
}
async function throwawayKey(runner, dir) {
  const pem = join7(dir, "throwaway-key.pem");
  const config = join7(dir, "throwaway.genkey");
  await writeFile5(
    config,
    "[ req ]\ndefault_bits = 2048\ndistinguished_name = dn\nprompt = no\nx509_extensions = ext\n[ dn ]\nCN = linkgate throwaway key (not trusted by any kernel)\n[ ext ]\nbasicConstraints=critical,CA:FALSE\nkeyUsage=digitalSignature\nsubjectKeyIdentifier=hash\n"
  );
  const result = await runner.run({
    argv: ["openssl", "req", "-new", "-nodes", "-utf8", "-sha256", "-days", "1", "-batch", "-x509", "-config", config, "-newkey", "rsa:2048", "-outform", "PEM", "-out", pem, "-keyout", pem],
    timeoutMs: 6e4
  });
  if (result.exitCode !== 0) throw new InfraError("openssl could not make a throwaway key", { details: result.stderr.trim().split("\n").slice(-3) });
  await chmod2(pem, 384);
  return pem;
}

// src/canary/signature/load-verdict.ts
var REASONS = [
  [/Key was rejected by service/, "key-rejected"],
  [/Required key not available/, "key-unavailable"],
  [/Invalid module format|Exec format error/i, "bad-format"],
  [/File exists|already in kernel/, "exists"],
  [/Operation not permitted/, "not-permitted"],
  [/No such file or directory|not found/, "not-found"]
];
function classifyLoad(exitCode, stderr, stdout = "") {
  const text = `${stderr}
${stdout}`.slice(0, 64 * 1024);
  const message = text.split("\n").map((l) => l.trim()).find((l) => l !== "") ?? "";
  if (exitCode === 0) return { outcome: "loaded", message: message || "loaded" };
  for (const [pattern, outcome] of REASONS) if (pattern.test(text)) return { outcome, message };
  return { outcome: "other", message: message || `exit ${exitCode ?? "none"}` };
}
var REFUSALS = ["key-rejected", "key-unavailable"];
function judgeCase(c, result) {
  const name = `${c.name} module`;
  const actual = result.outcome;
  if (c.expect === "load") {
    if (actual === "loaded") return { name, status: "pass", message: `${c.module}: loaded`, expected: "loaded", actual };
    if (REFUSALS.includes(actual)) {
      return { name, status: "fail", message: `${c.module}: signed by linkgate but refused: ${result.message}`, expected: "loaded", actual };
    }
    return { name, status: "error", message: `${c.module}: could not be tried: ${result.message}`, expected: "loaded", actual };
  }
  if (REFUSALS.includes(actual)) {
    return { name, status: "pass", message: `${c.module}: refused (${actual === "key-rejected" ? "EKEYREJECTED" : "ENOKEY"}): ${result.message}`, expected: "refused", actual };
  }
  if (actual === "loaded" || actual === "exists") {
    return { name, status: "fail", message: `${c.module}: the kernel accepted a ${c.name} module: signature enforcement is off`, expected: "refused", actual };
  }
  return { name, status: "error", message: `${c.module}: refused for another reason, so enforcement is unproven: ${result.message}`, expected: "refused", actual };
}
function judgeSigEnforce(exitCode, stdout) {
  const value = stdout.trim();
  if (exitCode !== 0) return { name: "sig_enforce", status: "error", message: "cannot read /sys/module/module/parameters/sig_enforce" };
  if (value === "Y") return { name: "sig_enforce", status: "pass", message: "module.sig_enforce=Y", expected: "Y", actual: value };
  return { name: "sig_enforce", status: "fail", message: `module.sig_enforce=${value || "(empty)"}: unsigned modules would load`, expected: "Y", actual: value };
}

// src/canary/signature/enforcement-step.ts
var SIGNATURE_STEP = "module-signature";
async function runSignatureEnforcement(options) {
  const now = options.now ?? Date.now;
  const started = now();
  const recorder = new StepRecorder(options.host, options.outDir, `${options.canary}/${SIGNATURE_STEP}`, options.signal, started + (options.timeoutMs ?? 12e4), now);
  const checks = [];
  const data = {};
  try {
    const enforce = await recorder.run("sig-enforce", ["cat", "/sys/module/module/parameters/sig_enforce"], { class: "node" });
    checks.push(judgeSigEnforce(enforce.exitCode, enforce.stdout));
    const ordered = [...options.cases].sort((a, b) => a.expect === b.expect ? 0 : a.expect === "reject" ? -1 : 1);
    for (const c of ordered) {
      const load = await recorder.run(`insmod-${c.name}`, ["insmod", c.remotePath], { class: "node", timeoutMs: 3e4 });
      const verdict = classifyLoad(load.exitCode, load.stderr, load.stdout);
      data[c.name] = { outcome: verdict.outcome, message: verdict.message };
      checks.push(judgeCase(c, verdict));
      if (verdict.outcome === "loaded") {
        const unload = await recorder.run(`rmmod-${c.name}`, ["rmmod", c.module], { class: "node", timeoutMs: 3e4 });
        checks.push(
          unload.exitCode === 0 ? { name: `${c.name} module unload`, status: "pass", message: `${c.module}: unloaded` } : { name: `${c.name} module unload`, status: "error", message: `rmmod ${c.module} failed: ${unload.stderr.trim().split("\n")[0] ?? ""}` }
        );
      }
    }
  } catch (error) {
    checks.push({ name: "connection", status: "error", message: error.message });
  } finally {
    await recorder.finish("step ended");
  }
  const { status, reason } = rollUp(checks);
  return {
    name: SIGNATURE_STEP,
    status,
    reason,
    startedAt: new Date(started).toISOString(),
    durationMs: now() - started,
    checks,
    data,
    problems: [],
    raw: [...recorder.raw]
  };
}

// src/canary/demo/qemu-smoke.ts
var QEMU_SIG_DIR = "/tmp/linkgate-sig";
async function smokeQemuCanary(options) {
  const remote = await options.connect();
  try {
    await remote.exec(["mkdir", "-p", QEMU_SIG_DIR]);
    const cases = signatureCases(QEMU_SIG_DIR, options.moduleName);
    for (const c of cases) await remote.put(options.files[c.name], c.remotePath, { mode: 420 });
    const signature = await runSignatureEnforcement({ host: remote, canary: options.name, cases, outDir: options.outDir, signal: options.signal });
    options.logger.info(`${options.name}: module-signature: ${signature.status}${signature.reason ? ` (${signature.reason})` : ""}`);
    const extra = `/lib/modules/${options.expectedRelease}/extra`;
    await remote.exec(["mkdir", "-p", extra]);
    await remote.put(options.files.signed, `${extra}/${options.moduleName}.ko`, { mode: 420 });
    const depmod = await remote.exec(["depmod", options.expectedRelease], { timeoutMs: 3e4 });
    if (depmod.exitCode !== 0) options.logger.warn(`${options.name}: depmod failed: ${depmod.stderr.trim()}`);
    const config = SuiteConfig.parse({
      steps: ["preflight", "module-load", "topology"],
      expectedKernelRelease: options.expectedRelease,
      driver: { module: options.moduleName, load: "modprobe" },
      preflight: { requireIommu: false, requireSigEnforce: true, minFreeDiskMB: 1 }
    });
    const result = await runCanary({
      name: options.name,
      host: `127.0.0.1:${options.port}`,
      labels: { kind: "qemu-riscv64" },
      control: false,
      config,
      remote,
      outDir: options.outDir,
      signal: options.signal,
      logger: options.logger,
      moduleDigests: options.moduleDigests ?? null
    });
    return { ...result, steps: [signature, ...result.steps] };
  } finally {
    await remote.close().catch(() => void 0);
  }
}

// src/canary/demo/stages.ts
var StageUnavailable = class extends Error {
};
var StageLog = class {
  constructor(logger, now) {
    this.logger = logger;
    this.now = now;
  }
  logger;
  now;
  records = [];
  /** Runs a stage; returns its value, or null when it failed or was not available. */
  async run(name, fn) {
    const started = this.now();
    this.logger.info(`== ${name}`);
    try {
      const { value, detail } = await fn();
      this.#record({ name, status: "done", detail, ms: this.now() - started });
      return value;
    } catch (error) {
      const status = error instanceof StageUnavailable ? "not-available" : "failed";
      this.#record({ name, status, detail: messageOf(error), ms: this.now() - started });
      return null;
    }
  }
  skip(name, why) {
    this.#record({ name, status: "skipped", detail: why, ms: 0 });
  }
  #record(record) {
    this.records.push(record);
    const line = `${record.name}: ${record.status} in ${(record.ms / 1e3).toFixed(1)} s \u2014 ${record.detail}`;
    if (record.status === "done" || record.status === "skipped") this.logger.info(line);
    else this.logger.warn(line);
  }
};

// src/canary/demo/demo-pipeline.ts
var DEFAULT_BUNDLES = ["fixtures/scenarios/h100-nv18-healthy", "fixtures/scenarios/nvlink-degraded"];
var QEMU_CANARY = "qemu-riscv64";
var TEST_MODULE = "linkgate_test";
async function runDemo(options) {
  const log = new StageLog(options.logger, () => options.clock.now());
  const out = options.outDir;
  const results = join8(out, "results");
  const reports = {};
  await mkdir5(out, { recursive: true });
  const secrets = await mkdtemp(join8(tmpdir(), "linkgate-demo-"));
  let canary = null;
  let verdict = null;
  try {
    const kernels = await log.run("build", async () => {
      const hint = "apt-get install gcc-riscv64-linux-gnu linux-source-6.1 flex bison bc libssl-dev libelf-dev";
      await requireTools(options.runner, ["riscv64-linux-gnu-gcc", "make", "flex", "bison"], hint);
      const tarball = await debianKernelTarball();
      if (!existsSync2(tarball)) throw new StageUnavailable(`not available here: ${tarball} missing (${hint})`);
      const deps = { repoRoot: options.repoRoot, runner: options.runner, logger: options.logger, clock: options.clock, signal: options.signal, echo: false };
      options.logger.info("building the known-good kernel (cached after the first run; a cold build takes 4-8 minutes on 2 cores)");
      const good = await withHeartbeat(options, "known-good kernel", join8(options.repoRoot, ".cache", "kernel-tree", "out", "build.log"), () => buildCanaryKernel("known-good", deps));
      options.logger.info(`known-good: ${good.release} ${good.built ? "(built)" : "(cache)"}`);
      const candidate = await withHeartbeat(options, "candidate kernel", join8(options.repoRoot, ".cache", "canary-kernel", "out", "build.log"), () => buildCanaryKernel("candidate", deps));
      options.logger.info(`candidate: ${candidate.release} ${candidate.built ? "(built)" : "(cache)"}`);
      return { value: { good, candidate }, detail: `known-good ${good.release}, candidate ${candidate.release}${good.built || candidate.built ? "" : " (both from cache)"}` };
    });
    const signedDir = join8(out, "signed");
    const signed = kernels ? await log.run("sign", async () => {
      const { manifest, bundle } = await buildSignedBundle(
        signedDir,
        { modules: [kernels.candidate.testModule], certPath: certOf(kernels.candidate), key: { file: keyOf(kernels.candidate) }, hash: "sha512", method: "auto", kernelTree: kernels.candidate.build, strip: false, crossCompile: "riscv64-linux-gnu-" },
        [kernels.candidate.image],
        { runner: options.runner, logger: options.logger, env: options.env, signal: options.signal }
      );
      reports["signed bundle"] = signedDir;
      return { value: join8(signedDir, `${TEST_MODULE}.ko`), detail: `${manifest.modules.length} module(s) signed into ${signedDir} (${Object.values(bundle).length} metadata files)` };
    }) : (log.skip("sign", "no kernel build"), null);
    const verified = kernels && signed ? await log.run("verify", async () => {
      const cert = await readSigningCertificate(certOf(kernels.candidate));
      const verdict2 = await verifyModuleBytes(signed, await readFile8(signed), { cert, kernelRelease: kernels.candidate.release });
      if (verdict2.valid !== true || verdict2.problems.length > 0) throw new Error(`signature does not verify: ${verdict2.problems.join("; ") || "invalid"}`);
      return { value: true, detail: `signer "${verdict2.signer}", ${verdict2.hashAlgo}, vermagic ${verdict2.vermagic}` };
    }) : (log.skip("verify", "nothing signed"), null);
    let files = null;
    if (kernels && verified) {
      canary = await log.run("deploy", async () => {
        await requireTools(options.runner, ["qemu-system-riscv64", "dpkg-deb", "cpio", "apt-get"], "apt-get install qemu-system-misc cpio (see docs/canary.md)");
        files = await makeSignatureFiles({ module: kernels.candidate.testModule, certsDir: join8(kernels.candidate.build, "certs"), kernelBuild: kernels.candidate.build, hash: "sha512", workDir: secrets, runner: options.runner, logger: options.logger });
        files.signed = signed;
        const started = await startQemuCanary({
          name: QEMU_CANARY,
          cacheDir: join8(options.repoRoot, ".cache", "guest-debs"),
          workDir: join8(out, "qemu"),
          knownGood: { release: kernels.good.release, image: kernels.good.image },
          runner: options.runner,
          logger: options.logger,
          signal: options.signal
        });
        reports["qemu console logs"] = join8(out, "qemu");
        const run = await executePlan(deployPlan(await started.node.state(), { release: kernels.candidate.release, image: kernels.candidate.image }, 12e4), {
          control: started.node,
          connect: started.connect,
          clock: options.clock,
          logger: options.logger,
          signal: options.signal
        });
        if (run.failure) {
          await started.close();
          throw new Error(`${run.failure.step}: ${run.failure.message}`);
        }
        const first = started.firstBoot.facts?.bootToSshMs ?? 0;
        return { value: started, detail: `${QEMU_CANARY}: boot-to-SSH ${first} ms; slot b now runs ${run.after?.release} (new boot id ${run.after?.bootId?.slice(0, 8)}\u2026)` };
      });
    } else log.skip("deploy", "no verified build to deploy");
    await log.run("smoke", async () => {
      const bundles = (options.bundles ?? DEFAULT_BUNDLES).map((b) => b.startsWith("/") ? b : join8(options.repoRoot, b));
      const virtual = await runSmoke({ outDir: results, logger: options.logger, signal: options.signal, env: options.env, virtual: [...bundles] });
      const canaries = [...virtual.canaries];
      if (canary && files && kernels) {
        canaries.push(
          await smokeQemuCanary({
            connect: canary.connect,
            name: QEMU_CANARY,
            port: canary.node.sshPort ?? 0,
            expectedRelease: kernels.candidate.release,
            files,
            moduleName: TEST_MODULE,
            outDir: results,
            signal: options.signal,
            logger: options.logger,
            moduleDigests: await readModuleDigests(join8(signedDir, SIGNATURES_FILE))
          })
        );
      }
      const combined = { ...await readResults(results), canaries, run: { ...virtual.run, mode: canary ? "mixed" : "virtual", finishedAt: new Date(options.clock.now()).toISOString() } };
      await writeResults(results, combined);
      reports["results.json"] = join8(results, "results.json");
      reports["raw outputs"] = join8(results, "raw");
      const counts = canaries.map((c) => `${c.name}: ${summarize(c)}`).join("; ");
      return { value: true, detail: counts };
    });
    await log.run("reports", async () => {
      const ctx = await loadReportContext({ results: [results] });
      for (const [kind, file] of [["junit", "junit.xml"], ["summary", "summary.md"], ["metrics", "metrics.prom"]]) {
        const path = join8(results, file);
        await writeFile6(path, await renderReport(kind, ctx));
        reports[file] = path;
      }
      return { value: true, detail: "junit.xml, summary.md, metrics.prom" };
    });
    const decision = await log.run("gate", async () => {
      const d = await runGate({ results: [results], attempt: 1, now: () => new Date(options.clock.now()) }, options.logger);
      const lines = describeDecision(d);
      await writeFile6(join8(results, "gate.txt"), lines.join("\n") + "\n");
      reports["gate decision"] = join8(results, "gate.txt");
      for (const line of lines) options.logger.info(line);
      return { value: d, detail: `${d.verdict}: ${d.reasons.map((r) => `${r.canary ?? "run"}: ${r.check}`).slice(0, 4).join(", ") || "no findings"}` };
    });
    verdict = decision?.verdict ?? null;
    await log.run("rollback", async () => {
      if (!decision) throw new Error("no gate decision");
      const failed = [...new Set(decision.reasons.map((r) => r.canary).filter((c) => c !== null))];
      const lines = [];
      if (decision.verdict === "ROLLBACK" && canary) {
        const back = await executePlan(rollbackPlan(knownGoodExpectation(await canary.node.state()), 12e4), { control: canary.node, connect: canary.connect, clock: options.clock, logger: options.logger, signal: options.signal });
        if (back.failure) throw new Error(`${QEMU_CANARY}: rollback failed at ${back.failure.step}: ${back.failure.message}`);
        lines.push(`${QEMU_CANARY}: back on ${back.after?.release} (new boot id ${back.after?.bootId?.slice(0, 8)}\u2026)`);
      } else if (decision.verdict === "PROMOTE" && canary) {
        const slot = (await canary.node.state()).tryOnce ?? "b";
        await executePlan(promotePlan(slot), { control: canary.node, connect: canary.connect, clock: options.clock, logger: options.logger, signal: options.signal });
        lines.push(`${QEMU_CANARY}: slot ${slot} promoted`);
      }
      for (const name of failed.filter((n) => n !== QEMU_CANARY)) lines.push(`${name}: virtual (replayed capture): no bootloader to drive; on hardware its boot hooks run the same rollback plan`);
      return { value: true, detail: lines.join("; ") || `nothing to roll back (${decision.verdict})` };
    });
  } finally {
    if (canary) await canary.close().catch((error) => options.logger.warn(`qemu: ${messageOf(error)}`));
    await rm5(secrets, { recursive: true, force: true });
  }
  const failedStage = log.records.some((r) => r.status === "failed");
  const exitCode = failedStage ? ExitCode.Infra : verdict === "PROMOTE" ? ExitCode.Pass : verdict === "ROLLBACK" ? ExitCode.Fail : ExitCode.Infra;
  return { exitCode, stages: log.records, verdict, reports };
}
var certOf = (k) => join8(k.build, "certs", "signing_key.x509");
var keyOf = (k) => join8(k.build, "certs", "signing_key.pem");
function summarize(c) {
  const by = (s) => c.steps.filter((x) => x.status === s).length;
  return `${by("pass")} pass, ${by("fail")} fail, ${by("error")} error, ${by("skip")} skip`;
}
async function withHeartbeat(options, what, log, fn) {
  const started = options.clock.now();
  const timer = setInterval(() => {
    void readFile8(log, "utf8").then((text) => text.trimEnd().split("\n").pop()?.trim() ?? "").catch(() => "").then((last) => options.logger.info(`  \u2026 ${what}: ${Math.round((options.clock.now() - started) / 1e3)} s${last ? ` (${last.slice(0, 100)})` : ""}`));
  }, 2e4);
  timer.unref();
  try {
    return await fn();
  } finally {
    clearInterval(timer);
  }
}
async function requireTools(runner, tools, hint) {
  const missing = [];
  for (const tool of tools) {
    const found = await runner.run({ argv: ["sh", "-c", 'command -v "$1"', "sh", tool], timeoutMs: 1e4 }).catch(() => null);
    if (found?.exitCode !== 0) missing.push(tool);
  }
  if (missing.length > 0) throw new StageUnavailable(`not available here: ${missing.join(", ")} missing (${hint})`);
}

// src/cli/commands/demo.ts
var demoCommand = {
  name: "demo",
  summary: "Run the whole pipeline on the embedded virtual fleet",
  usage: `linkgate demo [--out DIR] [--bundle DIR ...]

build (cached) -> sign -> verify -> deploy to a QEMU riscv64 canary (A/B slots) and to virtual GPU
canaries (replayed capture bundles, one degraded) -> smoke -> reports -> gate -> rollback of what
failed. Prints where every report is. Run from a linkgate checkout (it builds the kernel from
fixtures/kernel and Debian's linux-source-6.1). Default --out: ./demo-out.
Exit code: the gate's (0 promote, 1 rollback, 3 inconclusive or a stage failed).`,
  options: { out: { type: "string" }, bundle: { type: "string", multiple: true } },
  positionals: [0, 0],
  async run(args, ctx) {
    const outDir = resolve4(ctx.cwd, stringOpt(args, "out") ?? "demo-out");
    const repoRoot = findRepoRoot(ctx.cwd);
    const bundles = stringsOpt(args, "bundle").map((b) => resolve4(ctx.cwd, b));
    const started = ctx.clock.now();
    const outcome = await runDemo({
      repoRoot,
      outDir,
      runner: ctx.runner,
      logger: ctx.logger,
      clock: ctx.clock,
      signal: ctx.signal,
      env: ctx.env,
      ...bundles.length > 0 ? { bundles } : {}
    });
    const seconds = ((ctx.clock.now() - started) / 1e3).toFixed(1);
    ctx.logger.info("");
    const width = Math.max(...outcome.stages.map((r) => r.name.length));
    for (const r of outcome.stages) ctx.logger.info(`${r.name.padEnd(width)}  ${r.status.padEnd(13)} ${(r.ms / 1e3).toFixed(1).padStart(6)} s  ${r.detail}`);
    ctx.logger.info(`linkgate demo finished in ${seconds} s \u2014 verdict: ${outcome.verdict ?? "none"}`);
    for (const [role, path] of Object.entries(outcome.reports)) ctx.logger.info(`  ${role.padEnd(18)} ${path}`);
    if (args.values.json) {
      ctx.stdout(`${JSON.stringify({ verdict: outcome.verdict, exitCode: outcome.exitCode, seconds: Number(seconds), stages: outcome.stages, reports: outcome.reports })}
`);
    }
    return outcome.exitCode;
  }
};
function findRepoRoot(cwd) {
  const candidates = [cwd, resolve4(fileURLToPath(import.meta.url), "../../../.."), resolve4(fileURLToPath(import.meta.url), "../..")];
  return candidates.find((dir) => existsSync3(resolve4(dir, "fixtures", "kernel", "qemu-virt.config"))) ?? cwd;
}

// src/cli/commands/deploy.ts
import { resolve as resolve6 } from "node:path";

// src/cli/commands/rollback.ts
import { resolve as resolve5 } from "node:path";

// src/canary/rollout/rollback-fleet.ts
var FROM_TABLE = "<the known-good slot's release, from the node's slot table>";
var ENTRY = "(the known-good boot entry)";
var seedFor = (action, expect) => ({
  release: action === "rollback" ? expect?.release ?? FROM_TABLE : ENTRY,
  image: ENTRY
});
function planRollbacks(requests, action, bootTimeoutMs) {
  const problems = [];
  const targets = [];
  for (const request of requests) {
    const { canary, expect } = request;
    const made = bootControlFor(canary, seedFor(action, expect), action);
    if (!made.ok) {
      problems.push(made.message);
      continue;
    }
    const table = made.control.slotTablePath;
    if (expect === null && (action === "promote" || !table)) {
      problems.push(
        action === "promote" ? `canary ${canary.name}: promote needs the release that must be running (--release, gate.expectedKernelRelease or smoke.expectedKernelRelease)` : `canary ${canary.name}: no known-good release: give --baseline DIR or --known-good-release R (boot.strategy "${canary.boot.strategy}" keeps no slot table on the node; "ab-slots" does)`
      );
      continue;
    }
    const notes = table ? [`slots are read from the node's slot table ${table} when this runs`] : [];
    targets.push({ ...request, action, plan: printPlan(canary, planFor(action, initialState(seedFor(action, expect)), expect, canary, bootTimeoutMs), made.control, notes) });
  }
  if (problems.length > 0) throw new UsageError(`cannot ${action} ${problems.length} canary(ies)`, { details: problems });
  return targets;
}
function planFor(action, state, expect, canary, bootTimeoutMs) {
  const e = expect ?? { release: knownGoodOf(state).release, driverVersion: null, module: canary.driver.module };
  return action === "rollback" ? rollbackPlan(e, bootTimeoutMs) : promotePlan(slotHolding(state, e.release), e);
}
async function runRollbacks(targets, options) {
  return forEachBounded(targets, options.concurrency ?? 8, async (target) => {
    return logOutcome(options.logger, await runOne(target, options));
  });
}
async function runOne(target, options) {
  const { canary, action } = target;
  const end = (status, exitCode, message) => ({ canary: canary.name, action, status, exitCode, message, plan: target.plan, run: null });
  const connector = options.connectors.get(canary.name);
  if (!connector) return end("unreachable", ExitCode.Infra, "no connection settings");
  const made = bootControlFor(canary, seedFor(action, target.expect), action);
  if (!made.ok) return end("step-failed", ExitCode.Usage, made.message);
  const control = made.control;
  let host;
  try {
    host = await connector.first();
  } catch (error) {
    return end("unreachable", ExitCode.Infra, `unreachable: ${messageOf(error)}`);
  }
  try {
    const loaded = await control.load(host);
    if (!loaded.ok) return end("step-failed", ExitCode.Infra, loaded.message);
    if (target.expect === null && !loaded.stored) {
      return end("step-failed", ExitCode.Usage, `the node has no slot table yet (${control.slotTablePath}): give --known-good-release R or --baseline DIR`);
    }
  } catch (error) {
    return end("unreachable", ExitCode.Infra, `lost the node: ${messageOf(error)}`);
  } finally {
    await host.close().catch(() => void 0);
  }
  return runCanaryPlan(canary, planFor(action, await control.state(), target.expect, canary, options.bootTimeoutMs), control, connector, options);
}

// src/cli/commands/rollback.ts
var rollbackCommand = {
  name: "rollback",
  summary: "Roll canaries back to their known-good kernel and driver (or promote the new one), verified",
  usage: `linkgate rollback --manifest linkgate.yaml --canary NAME [--canary NAME ...] [--baseline DIR | --known-good-release R [--known-good-driver V]] [--promote [--release R]] [--boot-timeout S] [--dry-run] [--json]

Runs the rollback plan on each canary through its boot.strategy (docs/canary.md): clear any pending
try (boot.rollback), and unless the node already runs the known-good build, reboot (boot.reboot),
wait for a new boot id, and verify uname -r = the known-good release, /sys/module/<driver>/version =
the known-good driver, and the driver module loaded. Idempotent: a canary already on the verified
known-good build is not rebooted again ("already-done").
The known-good release and driver come from --known-good-release/--known-good-driver, else the
canary's facts in --baseline (the last promoted run), else (boot.strategy ab-slots) the node's slot table.
  --promote        verify the new build runs (--release, else gate/smoke.expectedKernelRelease; the
                   driver from gate/smoke.expectedDriverVersion), then boot.promote makes it permanent
  --boot-timeout S how long to wait for a rebooted node (default ${DEFAULT_BOOT_TIMEOUT_MS / 1e3})
  --dry-run        print the plans; touch nothing
  --json           print {"plans": [...], "outcomes": [...]} (outcomes [] with --dry-run)
Exit: 0 all done (or already done), 1 a verification or hook failed (reported with what was found),
3 a canary could not be reached or did not come back, 2 bad flags, manifest, or boot.strategy none.`,
  options: {
    manifest: { type: "string", short: "m" },
    canary: { type: "string", multiple: true },
    baseline: { type: "string" },
    "known-good-release": { type: "string" },
    "known-good-driver": { type: "string" },
    release: { type: "string" },
    promote: { type: "boolean" },
    "boot-timeout": { type: "string" },
    "dry-run": { type: "boolean" }
  },
  positionals: [0, 0],
  async run(args, ctx) {
    const file = stringOpt(args, "manifest");
    const names = stringsOpt(args, "canary");
    if (!file) throw new UsageError("--manifest is required");
    if (names.length === 0) throw new UsageError("--canary NAME is required (which canaries to roll back)");
    const promote2 = boolOpt(args, "promote");
    if (promote2 && (stringOpt(args, "known-good-release") || stringOpt(args, "known-good-driver") || stringOpt(args, "baseline"))) {
      throw new UsageError("--promote takes --release, not --known-good-release/--known-good-driver/--baseline");
    }
    if (!promote2 && stringOpt(args, "release")) throw new UsageError("--release goes with --promote; a rollback takes --known-good-release");
    const path = resolve5(ctx.cwd, file);
    const manifest = await requireManifest(path, file);
    const canaries = selectCanaries(manifest.canaries, { names, shard: null, source: file });
    const bootTimeoutMs = bootTimeout(args);
    const requests = promote2 ? promoteRequests(manifest, canaries, stringOpt(args, "release")) : await rollbackRequests(args, canaries, ctx.cwd);
    const action = promote2 ? "promote" : "rollback";
    const targets = planRollbacks(requests, action, bootTimeoutMs);
    for (const target of targets) for (const line of planLines(target.plan)) ctx.logger.info(line);
    if (boolOpt(args, "dry-run")) {
      if (args.values.json) ctx.stdout(`${JSON.stringify({ plans: targets.map((t) => t.plan), outcomes: [] })}
`);
      return ExitCode.Pass;
    }
    const connect2 = sshConnectors({ env: ctx.env, logger: ctx.logger, clock: ctx.clock, signal: ctx.signal });
    const connectors = /* @__PURE__ */ new Map();
    for (const target of targets) connectors.set(target.canary.name, await connect2(target.canary));
    const outcomes = await runRollbacks(targets, { connectors, clock: ctx.clock, logger: ctx.logger, signal: ctx.signal, bootTimeoutMs });
    if (args.values.json) ctx.stdout(`${JSON.stringify({ plans: outcomes.map((o) => o.plan), outcomes })}
`);
    return fleetExitCode(outcomes.map((o) => o.exitCode));
  }
};
async function rollbackRequests(args, canaries, cwd) {
  const baselineDir = stringOpt(args, "baseline");
  const baseline = baselineDir ? await readBaseline(resolve5(cwd, baselineDir)) : { runs: [] };
  return canaries.map((canary) => {
    const facts = baseline.runs.flatMap((r) => r.canaries).filter((c) => c.name === canary.name).at(-1)?.facts;
    const release = stringOpt(args, "known-good-release") ?? facts?.kernelRelease ?? null;
    const driverVersion = stringOpt(args, "known-good-driver") ?? facts?.driverVersion ?? null;
    return { canary, expect: release === null ? null : { release, driverVersion, module: canary.driver.module } };
  });
}
function promoteRequests(manifest, canaries, release) {
  const wanted = release ?? manifest.gate.expectedKernelRelease ?? manifest.smoke.expectedKernelRelease ?? null;
  const driverVersion = manifest.gate.expectedDriverVersion ?? manifest.smoke.expectedDriverVersion ?? null;
  return canaries.map((canary) => ({ canary, expect: wanted === null ? null : { release: wanted, driverVersion, module: canary.driver.module } }));
}
function bootTimeout(args) {
  const text = stringOpt(args, "boot-timeout");
  if (text === void 0) return DEFAULT_BOOT_TIMEOUT_MS;
  if (!/^\d{1,5}$/.test(text) || Number(text) < 1 || Number(text) > 7200) throw new UsageError(`--boot-timeout ${JSON.stringify(text.slice(0, 20))}: give whole seconds from 1 to 7200`);
  return Number(text) * 1e3;
}

// src/cli/commands/deploy.ts
var deployCommand = {
  name: "deploy",
  summary: "Install the candidate kernel and signed modules on canaries, reboot into it, and check it came back",
  usage: `linkgate deploy --manifest linkgate.yaml --artifacts DIR [--canary NAME ...] [--shard I/N] [--kernel-release R] [--boot-timeout S] [--dry-run] [--json]

DIR is what actions/kernel-pipeline leaves (docs/deploy.md): the kernel Image, metadata.json and the
signed modules with signatures.json and SHA256SUMS (or build-kernel's modules/ tree). Every digest
the directory states is checked before any canary is touched.
On each selected canary (control canaries are skipped) the deploy plan runs through its
boot.strategy (docs/canary.md): read boot id and uname -r, upload the image and modules and run
boot.install (which also arms a one-shot try), boot.reboot, then wait for a NEW boot id running the
candidate's release. A candidate that hangs is reset into the known-good entry by the bootloader.
  --canary NAME      deploy only these (default: every canary of the manifest)
  --shard I/N        only leg I (0 \u2026 N-1) of N: canary i of the manifest goes to leg i mod N
  --kernel-release R the release the build must be (default: metadata.json's)
  --boot-timeout S   how long to wait for the rebooted node (default ${DEFAULT_BOOT_TIMEOUT_MS / 1e3})
  --dry-run          print the plans; touch nothing
  --json             print {"release", "plans": [...], "outcomes": [...]}
Exit: 0 every canary runs the candidate, 1 a canary came back on another kernel or never came back
(the candidate failed), 3 a canary was unreachable before the deploy, a hook failed or a node never
rebooted, 2 bad flags, manifest or artifacts, or a canary whose boot.strategy is none.`,
  options: {
    manifest: { type: "string", short: "m" },
    artifacts: { type: "string" },
    canary: { type: "string", multiple: true },
    shard: { type: "string" },
    "kernel-release": { type: "string" },
    "boot-timeout": { type: "string" },
    "dry-run": { type: "boolean" }
  },
  positionals: [0, 0],
  async run(args, ctx) {
    const file = stringOpt(args, "manifest");
    const artifacts = stringOpt(args, "artifacts");
    if (!file) throw new UsageError("--manifest is required");
    if (!artifacts) throw new UsageError("--artifacts DIR is required (the kernel-pipeline artifact: Image, metadata.json, signed modules)");
    const shardText = stringOpt(args, "shard");
    const shard = shardText === void 0 ? null : parseShard(shardText);
    if (shard && !shard.ok) throw new UsageError(`--${shard.message}`);
    const bootTimeoutMs = bootTimeout(args);
    const outcome = await deploy(
      { manifest: resolve6(ctx.cwd, file), artifacts: resolve6(ctx.cwd, artifacts), canaries: stringsOpt(args, "canary"), shard: shard?.ok ? shard.shard : null, kernelRelease: stringOpt(args, "kernel-release") ?? null, bootTimeoutMs, dryRun: boolOpt(args, "dry-run") },
      ctx
    );
    if (args.values.json) ctx.stdout(`${JSON.stringify(outcome.report)}
`);
    return outcome.exitCode;
  }
};

// src/cli/commands/gate.ts
var gateCommand = {
  name: "gate",
  summary: "Decide PROMOTE, ROLLBACK or INCONCLUSIVE from results",
  usage: `linkgate gate --results DIR [--results DIR ...] [--baseline DIR] [--policy FILE] [--attempt N] [--write-baseline DIR] [--json]

Decides in this order: infrastructure trouble (unreachable canaries, timeouts, unreadable output,
control canaries failing too) \u2192 INCONCLUSIVE; a hard check failed \u2192 ROLLBACK; a metric regressed vs
the baseline (Mann\u2013Whitney U with >= minSamples a side, else thresholds) or fell below its floor \u2192
ROLLBACK; otherwise PROMOTE. --results directories with the same run id are shards of one run;
different run ids are repeated runs (samples). --write-baseline DIR stores the runs as the new
baseline on PROMOTE. --attempt (default: $GITHUB_RUN_ATTEMPT or 1) spends the retry budget.
With --json prints {"verdict", "reasons": [{canary, check, message}], "method": {...}}.
Exit: 0 PROMOTE, 1 ROLLBACK, 3 INCONCLUSIVE, 2 bad flags or policy.`,
  options: {
    results: { type: "string", multiple: true },
    baseline: { type: "string" },
    policy: { type: "string" },
    attempt: { type: "string" },
    "write-baseline": { type: "string" }
  },
  positionals: [0, 0],
  async run(args, ctx) {
    const attemptText = stringOpt(args, "attempt") ?? ctx.env.GITHUB_RUN_ATTEMPT ?? "1";
    const attempt = Number(attemptText);
    if (!Number.isInteger(attempt) || attempt < 1) throw new UsageError(`--attempt must be a positive integer, got "${attemptText}"`);
    const decision = await runGate(
      {
        results: stringsOpt(args, "results"),
        baseline: stringOpt(args, "baseline"),
        policy: stringOpt(args, "policy"),
        writeBaseline: stringOpt(args, "write-baseline"),
        attempt,
        now: () => new Date(ctx.clock.now())
      },
      ctx.logger
    );
    if (args.values.json) ctx.stdout(`${JSON.stringify(decision)}
`);
    for (const line of describeDecision(decision)) ctx.logger.info(line);
    return VERDICT_EXIT[decision.verdict];
  }
};

// src/cli/commands/merge.ts
import { cp, mkdir as mkdir6, readdir as readdir3, stat as stat2 } from "node:fs/promises";
import { join as join9 } from "node:path";
var mergeCommand = {
  name: "merge",
  summary: "Merge result shards of one fleet run",
  usage: `linkgate merge --results DIR [--results DIR ...] --out DIR

Combines the results directories of one run's shards (same run id, each canary in one shard) into
one: results.json and raw/. Refuses shards of different runs, a canary in two shards, a raw file in
two shards, and a non-empty --out. Legs of "linkgate smoke --shard I/N" must agree on N; a missing
leg marks the merged run incomplete (the gate then says INCONCLUSIVE). With --json prints {"out", "canaries", "shards"}. Exit 0 or 2.`,
  options: { results: { type: "string", multiple: true }, out: { type: "string" } },
  positionals: [0, 0],
  async run(args, ctx) {
    const out = stringOpt(args, "out");
    if (!out) throw new UsageError("--out DIR is required");
    const dirs = stringsOpt(args, "results");
    const { loaded, merged } = await loadResultsSet(dirs);
    const legs = shardLegs(loaded.map((l) => l.results));
    if (legs.ok && legs.missing.length > 0) {
      ctx.logger.warn(`shard leg(s) ${legs.missing.join(", ")} missing: their canaries were not judged, so the merged run is marked incomplete (the gate says INCONCLUSIVE)`);
    }
    if (await nonEmpty(out)) throw new UsageError(`--out ${out} exists and is not empty`);
    await mkdir6(join9(out, "raw"), { recursive: true });
    for (const dir of dirs) {
      const raw = join9(dir, "raw");
      if (!await nonEmpty(raw)) continue;
      try {
        await cp(raw, join9(out, "raw"), { recursive: true, force: false, errorOnExist: true });
      } catch (error) {
        const message = error.message;
        if (error.code === "ERR_FS_CP_EEXIST") throw new UsageError(`raw files of ${dir} collide with another shard's: ${message}`);
        throw new UsageError(`cannot copy the raw files of ${dir} into ${out}: ${message}`);
      }
    }
    await writeResults(out, merged);
    await writeTopologyDb(out, merged);
    if (args.values.json) ctx.stdout(`${JSON.stringify({ out, canaries: merged.canaries.length, shards: dirs.length })}
`);
    ctx.logger.info(`merged ${dirs.length} shard(s), ${merged.canaries.length} canaries, into ${out}`);
    return ExitCode.Pass;
  }
};
async function nonEmpty(dir) {
  try {
    if (!(await stat2(dir)).isDirectory()) return true;
    return (await readdir3(dir)).length > 0;
  } catch {
    return false;
  }
}

// src/parsers/modprobe.ts
var ERROR_LINE = /^(modprobe|insmod): (?:ERROR|FATAL): (.*)$/;
var COULD_NOT_INSERT = /^could not insert (?:module )?'?([^':\s]{1,300}?)'?: (.*)$/;
var NOT_FOUND = /^Module (\S{1,200}) not found/;
var VERBOSE_INSERT = /^insmod (\/\S{1,400}\.ko(?:\.(?:xz|gz|zst))?)(?:\s.*)?$/;
var REASONS2 = [
  [/^Required key not available/, "key-unavailable"],
  [/^Key was rejected by service/, "key-rejected"],
  [/^(Exec format error|Invalid module format)/, "exec-format"],
  [/^Unknown symbol in module/, "unknown-symbol"],
  [/^No such device/, "no-device"],
  [/^(Invalid argument|Invalid parameters)/, "invalid-argument"],
  [/^(File exists|Module already in kernel)/, "exists"],
  [/^Operation not permitted/, "permission"],
  [/^(Function not implemented|Kernel does not have module support)/, "no-module-support"]
];
var parseModprobe = neverThrows(readModprobe, () => ({ errors: [], inserted: [] }));
function readModprobe(text) {
  const problems = new ProblemList();
  const errors = [];
  const inserted = [];
  let recognized = 0;
  for (const line of completeLines(text, problems)) {
    const trimmed = line.text.trim();
    if (trimmed === "") continue;
    const verbose = VERBOSE_INSERT.exec(trimmed);
    if (verbose) {
      inserted.push(verbose[1]);
      recognized++;
      continue;
    }
    const error = ERROR_LINE.exec(trimmed);
    if (error) {
      errors.push(readError(line.no, error[1], error[2]));
      recognized++;
      continue;
    }
    if (/(^|[\s#$>])(modprobe|insmod)\b/.test(trimmed)) continue;
    problems.add(line.no, `not a modprobe message: "${printable(trimmed)}"`);
  }
  if (recognized === 0) problems.add(0, `${describeEmpty(text)}: no modprobe messages (modprobe prints nothing on success; check its exit status)`);
  return { data: { errors, inserted }, problems: problems.toArray(), ok: recognized > 0 };
}
function readError(line, tool, message) {
  const insert = COULD_NOT_INSERT.exec(message);
  if (insert) {
    const cause = insert[2];
    const reason = REASONS2.find(([pattern]) => pattern.test(cause))?.[1] ?? "other";
    return { line, tool, module: moduleName(insert[1]), reason, message };
  }
  const notFound = NOT_FOUND.exec(message);
  if (notFound) return { line, tool, module: notFound[1], reason: "not-found", message };
  return { line, tool, module: null, reason: "other", message };
}

// src/parsers/smi-query.ts
var parseSmiQuery = neverThrows(readSmiQuery, () => ({ driverVersion: null, cudaVersion: null, attachedGpus: null, gpus: [] }));
function readSmiQuery(text) {
  const problems = new ProblemList();
  const lines = splitLines(text, problems);
  if (refuseBinary(text, problems)) {
    return { data: { driverVersion: null, cudaVersion: null, attachedGpus: null, gpus: [] }, problems: problems.toArray(), ok: false };
  }
  const root = { title: "", line: 0, values: {}, sections: [] };
  const gpuRoots = [];
  const stack = [{ indent: -1, node: root }];
  for (const line of lines) {
    if (line.text.trim() === "") continue;
    const indent = line.text.length - line.text.trimStart().length;
    const trimmed = line.text.trim();
    if (isElision(trimmed)) {
      problems.add(line.no, 'lines elided ("[...]"): fields missing from the output');
      continue;
    }
    if (/^(\S*[#$]\s*)?nvidia-smi\b/.test(trimmed) || /^=+\s*NVSMI LOG\s*=+$/.test(trimmed)) continue;
    while (stack.length > 1 && stack.at(-1).indent >= indent) stack.pop();
    const gpu = /^GPU ([0-9A-Fa-f]{4,8}:[0-9A-Fa-f]{2}:[0-9A-Fa-f]{2}\.[0-7])$/.exec(trimmed);
    if (gpu?.[1]) {
      const node = { title: trimmed, line: line.no, values: {}, sections: [] };
      gpuRoots.push({ busId: gpu[1], node });
      stack.length = 1;
      stack.push({ indent, node });
      continue;
    }
    const pair = /^([^:]*?\S)\s*:\s?(.*)$/.exec(trimmed);
    if (pair?.[1] !== void 0 && pair[2] !== void 0 && !/^[A-Za-z].*\S\s{2,}\S/.test(pair[1])) {
      stack.at(-1).node.values[pair[1]] = pair[2].trim();
      continue;
    }
    if (/^[A-Za-z][\w /().,-]*$/.test(trimmed) && trimmed.length <= 80) {
      const node = { title: trimmed, line: line.no, values: {}, sections: [] };
      stack.at(-1).node.sections.push(node);
      stack.push({ indent, node });
      continue;
    }
    problems.add(line.no, `unexpected line: "${trimmed.slice(0, 60)}"`);
  }
  if (gpuRoots.length === 0 && (root.sections.length > 0 || "Product Name" in root.values) && hasFields(root)) {
    gpuRoots.push({ busId: null, node: root });
  }
  const data = {
    driverVersion: root.values["Driver Version"] ?? null,
    cudaVersion: root.values["CUDA Version"] ?? null,
    attachedGpus: /^\d+$/.test(root.values["Attached GPUs"] ?? "") ? Number(root.values["Attached GPUs"]) : null,
    gpus: gpuRoots.map(({ busId, node }) => readGpu(busId, node))
  };
  if (data.attachedGpus !== null && data.gpus.length > 0 && data.gpus.length < data.attachedGpus) {
    problems.add(0, `${data.attachedGpus} GPUs attached but ${data.gpus.length} listed (output cut or elided?)`);
  }
  const ok = data.gpus.length > 0 || data.driverVersion !== null;
  if (!ok) {
    const nvml = nvmlFailure(lines);
    problems.add(nvml?.line ?? 0, nvml ? `nvidia-smi failed: ${nvml.message}` : `${describeEmpty(text)}: no nvidia-smi -q fields`);
  }
  return { data, problems: problems.toArray(), ok };
}
function hasFields(section2) {
  const pending = [section2];
  for (let next = pending.pop(); next; next = pending.pop()) {
    if (Object.keys(next.values).length > 0) return true;
    pending.push(...next.sections);
  }
  return false;
}
function readGpu(busId, node) {
  const ecc = section(node, "ECC Errors");
  const eccMode = section(node, "ECC Mode");
  const remap = section(node, "Remapped Rows");
  const fabric = section(node, "Fabric");
  const retired = section(node, "Retired Pages");
  return {
    busId,
    line: node.line,
    productName: node.values["Product Name"] ?? null,
    uuid: node.values["GPU UUID"] ?? null,
    serial: node.values["Serial Number"] ?? null,
    ecc: ecc || eccMode ? readEcc(ecc, eccMode) : null,
    retiredPages: retired ? { ...retired.values } : null,
    remappedRows: remap ? {
      correctable: count(remap.values["Correctable Error"]),
      uncorrectable: count(remap.values["Uncorrectable Error"]),
      pending: yesNo(remap.values["Pending"]),
      failure: yesNo(remap.values["Remapping Failure Occurred"])
    } : null,
    fabric: fabric ? {
      state: na(fabric.values["State"]),
      status: na(fabric.values["Status"]),
      clusterUuid: na(fabric.values["ClusterUUID"] ?? fabric.values["Cluster UUID"]),
      cliqueId: na(fabric.values["CliqueId"] ?? fabric.values["Clique ID"])
    } : null,
    sections: node.sections,
    values: node.values
  };
}
function readEcc(ecc, mode) {
  const volatile = counters(ecc ? section(ecc, "Volatile") : void 0);
  const aggregate = counters(ecc ? section(ecc, "Aggregate") : void 0);
  return {
    mode: na(mode?.values["Current"]),
    volatile,
    aggregate,
    volatileUncorrectable: total(volatile, "Double Bit/Total", /uncorrectable/i),
    aggregateUncorrectable: total(aggregate, "Double Bit/Total", /uncorrectable/i),
    aggregateCorrectable: total(aggregate, "Single Bit/Total", /(^|[^n])correctable/i)
  };
}
function counters(node, prefix = "") {
  const out = {};
  if (!node) return out;
  for (const [key, value] of Object.entries(node.values)) {
    const n = count(value);
    if (n !== null) out[prefix + key] = n;
  }
  for (const child of node.sections) Object.assign(out, counters(child, `${prefix}${child.title}/`));
  return out;
}
function total(values, legacyTotal, pattern) {
  if (legacyTotal in values) return values[legacyTotal];
  const keys = Object.keys(values).filter((k) => pattern.test(k) && !/threshold/i.test(k));
  return keys.length === 0 ? null : keys.reduce((sum, k) => sum + values[k], 0);
}
function section(node, title) {
  return node.sections.find((s) => s.title.toLowerCase() === title.toLowerCase());
}
function count(value) {
  return value !== void 0 && /^\d+$/.test(value) ? Number(value) : null;
}
function yesNo(value) {
  if (value === void 0) return null;
  if (/^yes$/i.test(value)) return true;
  if (/^no$/i.test(value)) return false;
  return null;
}
function na(value) {
  return value === void 0 || value === "" || value === "N/A" ? null : value;
}

// src/parsers/index.ts
var PARSER_KINDS = [
  "topo",
  "nvlink-status",
  "nvlink-errors",
  "query-gpu",
  "nvbandwidth",
  "p2p",
  "nccl",
  "dmesg",
  "lsmod",
  "modinfo",
  "dcgm-diag",
  // Beyond issue 6's list: `nvidia-smi -q` (ECC, remapped rows, fabric) and modprobe/insmod errors.
  "smi-query",
  "modprobe"
];
function isParserKind(value) {
  return PARSER_KINDS.includes(value);
}
var PARSERS = {
  // --- nvidia-smi family + DCGM -------------------------------------------------------------
  topo: parseTopo,
  "nvlink-status": parseNvlinkStatus,
  "nvlink-errors": parseNvlinkErrors,
  "query-gpu": parseQueryGpu,
  "dcgm-diag": parseDcgmDiag,
  "smi-query": parseSmiQuery,
  // --- kernel and benchmark outputs ----------------------------------------------------------
  nvbandwidth: parseNvbandwidth,
  p2p: parseP2p,
  nccl: parseNccl,
  dmesg: parseDmesg,
  lsmod: parseLsmod,
  modinfo: parseModinfo,
  modprobe: parseModprobe
};

// src/cli/read-input.ts
import { readFile as readFile9, stat as stat3 } from "node:fs/promises";
var MAX_INPUT_BYTES = 256 * 1024 * 1024;
async function readInput(file, stdin = process.stdin) {
  if (file === "-") {
    const chunks = [];
    let size2 = 0;
    for await (const chunk of stdin) {
      const buffer = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      size2 += buffer.length;
      if (size2 > MAX_INPUT_BYTES) throw new UsageError(`stdin is larger than ${MAX_INPUT_BYTES} bytes`);
      chunks.push(buffer);
    }
    return Buffer.concat(chunks).toString("utf8");
  }
  let info;
  try {
    info = await stat3(file);
  } catch {
    throw new UsageError(`${file}: no such file`);
  }
  if (!info.isFile()) throw new UsageError(`${file}: not a file`);
  if (info.size > MAX_INPUT_BYTES) throw new UsageError(`${file} is ${info.size} bytes; the limit is ${MAX_INPUT_BYTES}`);
  return readFile9(file, "utf8");
}

// src/cli/commands/parse.ts
var parseCommand = {
  name: "parse",
  summary: "Parse a GPU or kernel tool output",
  usage: `linkgate parse KIND FILE [--json]

KIND: ${PARSER_KINDS.join(", ")}
FILE may be - for stdin.

Prints {"kind", "ok", "data", "problems": [{"line", "message"}]}: with --json as one JSON document,
otherwise the data indented on stdout and each problem as FILE:LINE: message on stderr.
"ok" is false only when nothing usable was read. docs/parsers.md lists the data fields.

Exit codes: 0 read (problems may still be listed), 3 nothing usable read (an unreadable tool output
is inconclusive, like any infrastructure failure), 2 unknown KIND or unreadable FILE.`,
  options: {},
  positionals: [2, 2],
  async run(args, ctx) {
    const [kind, file] = args.positionals;
    if (!isParserKind(kind)) throw new UsageError(`unknown KIND "${kind}"; one of: ${PARSER_KINDS.join(", ")}`);
    const parser = PARSERS[kind];
    const text = await readInput(file);
    const result = parser(text);
    const problems = result.problems.map(({ line, message }) => ({ line, message }));
    const doc = { kind, ok: result.ok, data: result.data, problems };
    ctx.stdout(args.values.json ? `${JSON.stringify(doc)}
` : `${JSON.stringify(result.data, null, 2)}
`);
    const name = file === "-" ? "<stdin>" : file;
    for (const problem of problems) ctx.logger.warn(`${name}:${problem.line}: ${problem.message}`);
    if (!result.ok) {
      ctx.logger.error(`${name}: no usable ${kind} output`);
      return ExitCode.Infra;
    }
    return ExitCode.Pass;
  }
};

// src/cli/commands/report.ts
import { mkdir as mkdir7, writeFile as writeFile7 } from "node:fs/promises";
import { dirname as dirname3 } from "node:path";
var reportCommand = {
  name: "report",
  summary: "Generate JUnit, a job summary or Prometheus metrics from results",
  usage: `linkgate report junit|summary|metrics --results DIR [--results DIR ...] [--out FILE] [--baseline DIR] [--policy FILE]

Made from results.json alone (plus raw/ excerpts for JUnit), so it works offline on a downloaded
artifact. Several --results directories are shards of one run and are merged. Without --out the
report goes to stdout; with --out and --json, {"kind", "out", "bytes"} is printed. The summary's
verdict banner uses the gate's decision with --policy/--baseline (defaults: built-in policy, none).
Exit: 0 written, 2 unreadable results or bad flags.`,
  options: { results: { type: "string", multiple: true }, out: { type: "string" }, baseline: { type: "string" }, policy: { type: "string" } },
  positionals: [1, 1],
  async run(args, ctx) {
    const kind = reportKind(args.positionals[0]);
    const out = stringOpt(args, "out");
    if (args.values.json && !out) throw new UsageError("--json needs --out FILE (stdout then carries the JSON document, not the report)");
    const context = await loadReportContext({ results: stringsOpt(args, "results"), baseline: stringOpt(args, "baseline"), policy: stringOpt(args, "policy") });
    const text = await renderReport(kind, context);
    if (!out) {
      ctx.stdout(text);
      return ExitCode.Pass;
    }
    await mkdir7(dirname3(out), { recursive: true });
    await writeFile7(out, text);
    const bytes = Buffer.byteLength(text);
    if (args.values.json) ctx.stdout(`${JSON.stringify({ kind, out, bytes })}
`);
    ctx.logger.info(`${kind}: wrote ${out} (${bytes} bytes)`);
    return ExitCode.Pass;
  }
};

// src/manifest/json-schema.ts
function manifestJsonSchema() {
  const schema = external_exports.toJSONSchema(Manifest, { io: "input", target: "draft-2020-12" });
  return {
    ...schema,
    $id: "https://linkgate.dev/schema/linkgate.schema.json",
    title: "linkgate platform manifest",
    description: "linkgate.yaml: kernel, modules, signing, canary fleet, smoke suite and gate policy."
  };
}

// src/cli/commands/schema.ts
var schemaCommand = {
  name: "schema",
  summary: "Print the JSON Schema of linkgate.yaml",
  usage: `linkgate schema > linkgate.schema.json

Prints the JSON Schema generated from the manifest's zod schema. Point your editor at it, e.g. with
the YAML language server, as the first line of linkgate.yaml:
  # yaml-language-server: $schema=./linkgate.schema.json`,
  options: {},
  positionals: [0, 0],
  async run(_args, ctx) {
    ctx.stdout(JSON.stringify(manifestJsonSchema(), null, 2) + "\n");
    return ExitCode.Pass;
  }
};

// src/cli/commands/sign.ts
import { mkdtemp as mkdtemp2, rm as rm7 } from "node:fs/promises";
import { tmpdir as tmpdir2 } from "node:os";
import { join as join11 } from "node:path";

// src/artifacts/local-directory-store.ts
import { copyFile as copyFile2, mkdir as mkdir8, readFile as readFile10, rename as rename2, rm as rm6, stat as stat4 } from "node:fs/promises";
import { dirname as dirname4, join as join10, resolve as resolve7 } from "node:path";
var LocalDirectoryStore = class {
  constructor(base) {
    this.base = base;
  }
  base;
  kind = "local";
  async upload(artifact) {
    if (!isSafeArtifactFileName(artifact.name) || artifact.name.includes("/")) throw new UsageError(`artifact name ${JSON.stringify(artifact.name)} is not a plain name`);
    const target = resolve7(this.base, artifact.name);
    if (await exists(target)) throw new UsageError(`artifact ${artifact.name} already exists in ${this.base}; names are unique per run`);
    const staging = `${target}.linkgate-partial-${process.pid}`;
    await rm6(staging, { recursive: true, force: true });
    try {
      const entries = [];
      let size2 = 0;
      for (const file of artifact.files) {
        if (!isSafeArtifactFileName(file)) throw new UsageError(`artifact file ${JSON.stringify(file)} is not a safe relative path`);
        const dest = join10(staging, file);
        await mkdir8(dirname4(dest), { recursive: true });
        await copyFile2(join10(artifact.rootDir, file), dest);
        const bytes = await readFile10(dest);
        size2 += bytes.length;
        entries.push({ name: file, sha256: sha256Text(bytes) });
      }
      await rename2(staging, target);
      return { name: artifact.name, id: artifact.name, digest: sha256Text(Buffer.from(formatSha256Sums(entries))), size: size2, location: target };
    } catch (error) {
      await rm6(staging, { recursive: true, force: true });
      if (error instanceof LinkgateError) throw error;
      throw new InfraError(`storing artifact ${artifact.name} in ${this.base}: ${messageOf(error)}`);
    }
  }
};
async function exists(path) {
  try {
    await stat4(path);
    return true;
  } catch {
    return false;
  }
}

// src/cli/commands/sign.ts
var METHODS = ["auto", "sign-file", "openssl"];
var signCommand = {
  name: "sign",
  summary: "Sign kernel modules",
  usage: `linkgate sign --key KEY.pem|--key-env VAR --cert CERT [--hash sha256] [--strip] MODULE.ko...

MODULE may be a directory: every *.ko below it is signed.

  --key FILE            private key (PEM); or
  --key-env VAR         private key PEM in environment variable VAR (a CI secret)
  --cert CERT           the certificate (PEM or DER); PEM may also hold the key (certs/signing_key.pem)
  --hash ALGO           sha256 (default), sha384 or sha512
  --method M            auto (default: the kernel tree's scripts/sign-file if present, else openssl),
                        sign-file or openssl
  --kernel-tree DIR     kernel build tree (O= dir) holding scripts/sign-file
  --strip               strip debug info first: \${CROSS_COMPILE}strip --strip-debug
  --cross-compile PFX   strip tool prefix (default: $CROSS_COMPILE, else the host's strip)
  --out DIR             publish to a local artifact store: DIR/NAME/ gets the signed modules,
                        signatures.json and SHA256SUMS (sha256sum -c compatible);
                        without --out, modules are signed in place
  --artifact-name NAME  the artifact's name in DIR (default signed-modules)
  --extra FILE          also publish FILE (kernel image, metadata) in the artifact; repeatable

An existing signature is replaced, never stacked. Every signature is verified by linkgate before
the module is written. --json prints {"signatures": <signatures.json>, "artifact": {...}|null}.`,
  options: {
    key: { type: "string" },
    "key-env": { type: "string" },
    cert: { type: "string" },
    hash: { type: "string" },
    method: { type: "string" },
    "kernel-tree": { type: "string" },
    strip: { type: "boolean" },
    "cross-compile": { type: "string" },
    out: { type: "string" },
    "artifact-name": { type: "string" },
    extra: { type: "string", multiple: true }
  },
  positionals: [1, Infinity],
  async run(args, ctx) {
    const options = { ...readOptions(args, ctx.env), modules: await expandModulePaths(args.positionals) };
    const deps = { runner: ctx.runner, logger: ctx.logger, env: ctx.env, signal: ctx.signal };
    const out = stringOpt(args, "out");
    const extras = stringsOpt(args, "extra");
    if (!out && extras.length > 0) throw new UsageError("--extra needs --out (extra files are published with the artifact)");
    let manifest;
    let artifact = null;
    if (out) {
      const staging = await mkdtemp2(join11(tmpdir2(), "linkgate-bundle-"));
      try {
        const built = await buildSignedBundle(staging, options, extras, deps);
        manifest = built.manifest;
        const name = stringOpt(args, "artifact-name") ?? "signed-modules";
        artifact = await new LocalDirectoryStore(out).upload({ name, rootDir: staging, files: built.bundle.files });
        ctx.logger.info(`stored artifact ${artifact.name} at ${artifact.location} (digest ${artifact.digest}); check with: cd ${artifact.location} && sha256sum -c SHA256SUMS`);
      } finally {
        await rm7(staging, { recursive: true, force: true });
      }
    } else {
      manifest = await signModules(options, deps);
    }
    if (boolOpt(args, "json")) ctx.stdout(`${JSON.stringify({ signatures: manifest, artifact })}
`);
    return ExitCode.Pass;
  }
};
function readOptions(args, env) {
  const keyFile = stringOpt(args, "key");
  const keyEnv = stringOpt(args, "key-env");
  if (keyFile === void 0 === (keyEnv === void 0)) throw new UsageError("give exactly one of --key FILE or --key-env VAR");
  const key = keyFile !== void 0 ? { file: keyFile } : { env: keyEnv };
  const certPath = stringOpt(args, "cert");
  if (!certPath) throw new UsageError("--cert is required");
  const hash = stringOpt(args, "hash") ?? "sha256";
  if (!HASH_ALGOS.includes(hash)) throw new UsageError(`--hash ${hash}: expected one of ${HASH_ALGOS.join(", ")}`);
  const method = stringOpt(args, "method") ?? "auto";
  if (!METHODS.includes(method)) throw new UsageError(`--method ${method}: expected one of ${METHODS.join(", ")}`);
  const kernelTree = stringOpt(args, "kernel-tree");
  return {
    modules: args.positionals,
    certPath,
    key,
    hash,
    method,
    ...kernelTree ? { kernelTree } : {},
    strip: boolOpt(args, "strip"),
    crossCompile: stringOpt(args, "cross-compile") ?? env.CROSS_COMPILE ?? ""
  };
}

// src/cli/commands/smoke.ts
import { resolve as resolve8 } from "node:path";
var smokeCommand = {
  name: "smoke",
  summary: "Run the smoke suite on canaries (real or virtual)",
  usage: `linkgate smoke --manifest linkgate.yaml [--canary NAME ...] [--shard I/N [--run-id ID]] [--out DIR]
linkgate smoke --virtual BUNDLE_DIR [--virtual BUNDLE_DIR ...] [--out DIR]

Runs preflight, module-load, topology, peer-bandwidth, training-step (and fabric, dcgm-diag when
listed in smoke.steps) over SSH on each canary. --virtual serves a capture bundle behind a real SSH
endpoint on 127.0.0.1 and runs the same suite against it (see docs/smoke.md).

Writes DIR/results.json and DIR/raw/ (default DIR: linkgate-results).
  --signatures FILE  signatures.json of the modules: module-load checks the node's sha256 against it
  --baseline DIR     the last promoted run's results: peer bandwidth is compared pair by pair
  --shard I/N        test only leg I (0 \u2026 N-1) of N: canary i of the manifest goes to leg i mod N
                     (bundle i of --virtual likewise); "linkgate merge" joins the legs' results
  --run-id ID        results.json run id; the shards of one run must share it (default on GitHub
                     Actions: github-<run id>-<attempt>; without --shard: a fresh UUID)
  --json             print {"ok", "exitCode", "out", "canaries": [{name, state, steps: [{name, status, reason}]}]}
Exit: 0 all steps pass/skip, 1 a step failed, 3 a step errored or a canary was unreachable.`,
  options: {
    manifest: { type: "string", short: "m" },
    canary: { type: "string", multiple: true },
    virtual: { type: "string", multiple: true },
    out: { type: "string" },
    signatures: { type: "string" },
    baseline: { type: "string" },
    shard: { type: "string" },
    "run-id": { type: "string" }
  },
  positionals: [0, 0],
  async run(args, ctx) {
    const manifest = stringOpt(args, "manifest");
    const virtual = stringsOpt(args, "virtual");
    const canaries = stringsOpt(args, "canary");
    if (!manifest && virtual.length === 0) throw new UsageError("give --manifest FILE or --virtual BUNDLE_DIR");
    if (!manifest && canaries.length > 0) throw new UsageError("--canary selects canaries of --manifest");
    const out = resolve8(ctx.cwd, stringOpt(args, "out") ?? "linkgate-results");
    const signatures = stringOpt(args, "signatures");
    const baseline = stringOpt(args, "baseline");
    const shardText = stringOpt(args, "shard");
    const runId = stringOpt(args, "run-id");
    const results = await runSmoke({
      outDir: out,
      logger: ctx.logger,
      signal: ctx.signal,
      env: ctx.env,
      virtual: virtual.map((d) => resolve8(ctx.cwd, d)),
      ...manifest ? { manifest: { path: resolve8(ctx.cwd, manifest), canaries } } : {},
      ...signatures ? { signatures: resolve8(ctx.cwd, signatures) } : {},
      ...baseline ? { baseline: resolve8(ctx.cwd, baseline) } : {},
      ...runId !== void 0 ? { runId } : {},
      shard: shardText === void 0 ? null : shardOf(shardText)
    });
    const exitCode = smokeExitCode(results);
    ctx.logger.info(`results: ${out}/results.json${results.run.complete ? "" : " (incomplete: the run was cancelled)"}`);
    if (args.values.json) ctx.stdout(`${JSON.stringify(smokeSummary(results, out, exitCode))}
`);
    return exitCode;
  }
};
function smokeSummary(results, out, exitCode) {
  return {
    ok: exitCode === 0,
    exitCode,
    out,
    complete: results.run.complete,
    canaries: results.canaries.map((c) => ({ name: c.name, state: c.state, steps: c.steps.map((s) => ({ name: s.name, status: s.status, reason: s.reason })) }))
  };
}
function shardOf(text) {
  const parsed = parseShard(text);
  if (!parsed.ok) throw new UsageError(`--${parsed.message}`);
  return parsed.shard;
}

// src/cli/commands/topology.ts
import { stat as stat5 } from "node:fs/promises";
import { basename } from "node:path";

// src/topology/cpu-list.ts
function parseCpuList(text) {
  if (!/^\d+(-\d+)?(,\d+(-\d+)?)*$/.test(text)) return null;
  const ranges = text.split(",").map((part) => {
    const [lo, hi] = part.split("-").map(Number);
    return [lo, hi ?? lo];
  });
  return ranges.every(([lo, hi]) => hi >= lo) ? ranges : null;
}
function size(ranges) {
  return ranges.reduce((sum, [lo, hi]) => sum + (hi - lo + 1), 0);
}
function format(ranges) {
  return ranges.map(([lo, hi]) => lo === hi ? `${lo}` : `${lo}-${hi}`).join(",");
}
function slurmCores(cpuAffinity) {
  if (!cpuAffinity) return null;
  const ranges = parseCpuList(cpuAffinity);
  if (!ranges) return null;
  if (ranges.length === 2 && size([ranges[0]]) === size([ranges[1]]) && ranges[1][0] > ranges[0][1] + 1) {
    return format([ranges[0]]);
  }
  return format(ranges);
}
function logicalCores(affinities) {
  const groups = /* @__PURE__ */ new Map();
  for (const affinity of affinities) {
    if (affinity === null) return null;
    const first = slurmCores(affinity);
    const ranges = first === null ? null : parseCpuList(first);
    if (!ranges) return null;
    groups.set(affinity, ranges.flatMap(([lo, hi]) => Array.from({ length: hi - lo + 1 }, (_, i) => lo + i)));
  }
  const contiguous = [...groups.values()].every((cpus) => cpus.every((cpu, i) => cpu === cpus[0] + i));
  if (contiguous) return new Map([...groups.entries()].map(([affinity, cpus]) => [affinity, format([[cpus[0], cpus.at(-1)]])]));
  const ordered = [...groups.entries()].sort((a, b) => Math.min(...a[1]) - Math.min(...b[1]));
  const all = ordered.flatMap(([, cpus]) => cpus);
  if (new Set(all).size !== all.length || all.some((cpu) => cpu >= all.length)) return null;
  const out = /* @__PURE__ */ new Map();
  let offset = 0;
  for (const [affinity, cpus] of ordered) {
    out.set(affinity, format([[offset, offset + cpus.length - 1]]));
    offset += cpus.length;
  }
  return out;
}

// src/topology/gres.ts
function gresConf(topology, options = {}) {
  const gpus = slurmOrder(topology.gpus);
  const cores = options.cores === false ? null : logicalCores(gpus.map((g) => g.cpuAffinity));
  return gpus.map((gpu) => {
    const links = gpus.map((peer) => peer.index === gpu.index ? -1 : bondBetween(topology, gpu.index, peer.index));
    const parts = [`NodeName=${topology.node}`, `Name=${options.name ?? "gpu"}`];
    if (options.type) parts.push(`Type=${options.type}`);
    parts.push(`File=/dev/nvidia${gpu.index}`);
    parts.push(`Links=${links.join(",")}`);
    const logical = gpu.cpuAffinity ? cores?.get(gpu.cpuAffinity) : void 0;
    if (logical) parts.push(`Cores=${logical}`);
    return parts.join(" ");
  });
}
function slurmOrder(gpus) {
  const sorted = [...gpus];
  if (sorted.every((g) => g.busId)) sorted.sort((a, b) => a.busId.localeCompare(b.busId));
  else sorted.sort((a, b) => a.index - b.index);
  return sorted;
}

// src/topology/labels.ts
var LABEL_PREFIX = "linkgate.dev/";
function labelValue(text) {
  const trim = (t) => t.replace(/^[^A-Za-z0-9]+/, "").replace(/[^A-Za-z0-9]+$/, "");
  return trim(trim(text.replace(/[^-A-Za-z0-9_.]+/g, "-")).slice(0, 63));
}
function topologyLabels(topology) {
  const labels = {};
  const set = (name, value) => {
    if (value === null || value === void 0) return;
    const text = labelValue(String(value));
    if (text !== "") labels[LABEL_PREFIX + name] = text;
  };
  const sizes = topology.islands.map((i) => i.length);
  set("gpu-count", topology.gpus.length);
  set("nvlink-island-count", topology.islands.length);
  set("nvlink-island-max-size", sizes.length ? Math.max(...sizes) : null);
  set("nvlink-island-min-size", sizes.length ? Math.min(...sizes) : null);
  set("nvlink-island-sizes", sizes.join("."));
  topology.islands.forEach((island, id) => {
    if (id < 16) set(`nvlink-island-${id}-gpus`, island.join("."));
  });
  const bonds = topology.bonds.map((b) => b.links);
  set("nvlink-bond-min", bonds.length ? Math.min(...bonds) : 0);
  set("nvlink-bond-max", bonds.length ? Math.max(...bonds) : 0);
  set("nvlink-speed-gbs", topology.linkSpeedGBs);
  set("nvlink-generation", topology.nvlinkGeneration);
  const withLinks = topology.gpus.filter((g) => g.nvlink);
  if (withLinks.length === topology.gpus.length && withLinks.length > 0) {
    set("nvlink-active-links-min", Math.min(...withLinks.map((g) => g.nvlink.activeLinks)));
    set("nvlink-bandwidth-gbs-min", Math.min(...withLinks.map((g) => g.nvlink.bandwidthGBs)));
  }
  const product = topology.gpus.find((g) => g.name)?.name;
  set("gpu-product", product ?? null);
  set("chassis", topology.chassis);
  set("nvlink-domain", topology.nvlinkDomain);
  return labels;
}

// src/topology/nrt.ts
function nodeResourceTopology(topology) {
  const zones = [];
  const numaNodes = [...new Set(topology.gpus.flatMap((g) => g.numaNode === null ? [] : [g.numaNode]))].sort((a, b) => a - b);
  for (const numa of numaNodes) {
    const gpus = topology.gpus.filter((g) => g.numaNode === numa);
    zones.push({
      name: `node-${numa}`,
      type: "Node",
      resources: [gpuResource(gpus.length)],
      attributes: [
        { name: "gpus", value: gpus.map((g) => g.index).join(",") },
        ...gpus[0]?.cpuAffinity ? [{ name: "cpus", value: gpus[0].cpuAffinity }] : []
      ]
    });
  }
  topology.islands.forEach((island, id) => {
    const numa = new Set(island.map((gpu) => topology.gpus.find((g) => g.index === gpu)?.numaNode ?? null));
    const only = numa.size === 1 ? [...numa][0] : null;
    const bonds = topology.bonds.filter((b) => island.includes(b.a));
    zones.push({
      name: `nvlink-island-${id}`,
      type: "NVLinkIsland",
      ...only !== null && only !== void 0 ? { parent: `node-${only}` } : {},
      resources: [gpuResource(island.length)],
      attributes: [
        { name: "gpus", value: island.join(",") },
        { name: "nvlink-bond-min", value: String(bonds.length ? Math.min(...bonds.map((b) => b.links)) : 0) }
      ]
    });
  });
  const attributes = [
    { name: `${LABEL_PREFIX}nvlink-island-count`, value: String(topology.islands.length) },
    ...topology.linkSpeedGBs !== null ? [{ name: `${LABEL_PREFIX}nvlink-speed-gbs`, value: String(topology.linkSpeedGBs) }] : []
  ];
  return {
    apiVersion: "topology.node.k8s.io/v1alpha2",
    kind: "NodeResourceTopology",
    metadata: { name: topology.node },
    attributes,
    zones
  };
}
function gpuResource(count2) {
  const value = String(count2);
  return { name: "nvidia.com/gpu", capacity: value, allocatable: value, available: value };
}

// src/cli/commands/topology.ts
var EXPORTS = ["labels", "gres", "nrt", "mermaid", "db"];
var topologyCommand = {
  name: "topology",
  summary: "Export NVLink topology: labels, gres, nrt, mermaid or db",
  usage: `linkgate topology labels|gres|nrt|mermaid|db --from FILE|DIR [--node NAME] [--nvlink FILE] [--query-gpu FILE]
                  [--gres-type TYPE] [--no-cores] [--json]

--from FILE  an \`nvidia-smi topo -m\` output (- for stdin); --nvlink and --query-gpu add
             \`nvidia-smi nvlink -s\` and \`--query-gpu=index,name,pci.bus_id,uuid --format=csv\` outputs
--from DIR   a results directory (linkgate smoke --out DIR): every canary whose topology step
             parsed \`topo -m\` (steps[].data.topo, with data['nvlink-status'] and data['query-gpu'])
--node NAME  node name for FILE (default: the file name without extension)

labels   Kubernetes node labels under linkgate.dev/, one key=value per line
gres     Slurm gres.conf lines with Links= and Cores=
nrt      a NodeResourceTopology (topology.node.k8s.io/v1alpha2) object (a List for several nodes)
mermaid  a Mermaid graph: GPUs, NV# edges, islands as subgraphs
db       the fleet topology DB (topology.json)

Exit codes: 0 exported, 2 bad flags or FILE/DIR missing, 3 no readable topology in the input.`,
  options: {
    from: { type: "string" },
    node: { type: "string" },
    nvlink: { type: "string" },
    "query-gpu": { type: "string" },
    "gres-type": { type: "string" },
    "no-cores": { type: "boolean" }
  },
  positionals: [1, 1],
  async run(args, ctx) {
    const what = args.positionals[0];
    if (!EXPORTS.includes(what)) throw new UsageError(`unknown export "${what}"; one of: ${EXPORTS.join(", ")}`);
    const from = stringOpt(args, "from");
    if (!from) throw new UsageError("--from FILE|DIR is required");
    const { nodes, problems } = await loadNodes(from, args);
    for (const p of problems) ctx.logger.warn(p.line > 0 ? `${p.source ?? from}:${p.line}: ${p.message}` : `${p.source ?? from}: ${p.message}`);
    if (nodes.length === 0) throw new InfraError(`${from}: no readable nvidia-smi topo -m`);
    print(what, nodes, args, ctx);
    return ExitCode.Pass;
  }
};
async function loadNodes(from, args) {
  if (from !== "-" && (await stat5(from).catch(() => null))?.isDirectory()) {
    const found = topologiesFromResults(await readResults(from));
    return { nodes: found.nodes, problems: [...found.problems, ...found.nodes.flatMap((n) => n.problems.map((p) => ({ ...p, source: n.node })))] };
  }
  const problems = [];
  const topo = parseTopo(await readInput(from));
  problems.push(...topo.problems.map((p) => ({ ...p, source: from })));
  if (!topo.ok) return { nodes: [], problems };
  const nvlinkFile = stringOpt(args, "nvlink");
  const queryFile = stringOpt(args, "query-gpu");
  const nvlink = nvlinkFile ? parseNvlinkStatus(await readInput(nvlinkFile)) : null;
  const query = queryFile ? parseQueryGpu(await readInput(queryFile)) : null;
  if (nvlink && nvlinkFile) problems.push(...nvlink.problems.map((p) => ({ ...p, source: nvlinkFile })));
  if (query && queryFile) problems.push(...query.problems.map((p) => ({ ...p, source: queryFile })));
  const node = stringOpt(args, "node") ?? (from === "-" ? "node" : basename(from).replace(/\.[^.]*$/, ""));
  const topology = buildNodeTopology({ node, topo: topo.data, nvlinkStatus: nvlink?.ok ? nvlink.data : null, queryGpu: query?.ok ? query.data : null });
  problems.push(...topology.problems.map((p) => ({ ...p, source: node })));
  return { nodes: [topology], problems };
}
function print(what, nodes, args, ctx) {
  const json = boolOpt(args, "json");
  const out = (value) => ctx.stdout(`${JSON.stringify(value, null, json ? void 0 : 2)}
`);
  switch (what) {
    case "labels": {
      const perNode = nodes.map((n) => ({ node: n.node, labels: topologyLabels(n) }));
      if (json) return out({ nodes: perNode });
      ctx.stdout(perNode.map((n) => `${nodes.length > 1 ? `# ${n.node}
` : ""}${Object.entries(n.labels).map(([k, v]) => `${k}=${v}`).join("\n")}
`).join(""));
      return;
    }
    case "gres": {
      const options = { type: stringOpt(args, "gres-type"), cores: !boolOpt(args, "no-cores") };
      const perNode = nodes.map((n) => ({ node: n.node, lines: gresConf(n, options) }));
      if (json) return out({ nodes: perNode });
      ctx.stdout(perNode.flatMap((n) => n.lines).join("\n") + "\n");
      return;
    }
    case "nrt": {
      const objects = nodes.map(nodeResourceTopology);
      return out(objects.length === 1 ? objects[0] : { apiVersion: "v1", kind: "List", items: objects });
    }
    case "mermaid": {
      const perNode = nodes.map((n) => ({ node: n.node, mermaid: mermaidGraph(n) }));
      if (json) return out({ nodes: perNode });
      ctx.stdout(perNode.map((n) => n.mermaid).join("\n"));
      return;
    }
    case "db":
      return out(fleetTopologyDb(nodes));
  }
}

// src/cli/commands/validate.ts
var validateCommand = {
  name: "validate",
  summary: "Check a manifest without running anything",
  usage: `linkgate validate --manifest linkgate.yaml [--json]

Reports every problem as file:line:column: path: message and exits 2 when there is any.
With --json prints {"ok": bool, "problems": [{file, line, column, path, message}]}.`,
  options: { manifest: { type: "string", short: "m" } },
  positionals: [0, 0],
  async run(args, ctx) {
    const file = stringOpt(args, "manifest");
    if (!file) throw new UsageError("--manifest is required");
    const parsed = await loadManifest(file);
    const problems = parsed.ok ? [] : parsed.problems;
    if (args.values.json) ctx.stdout(JSON.stringify({ ok: parsed.ok, problems }) + "\n");
    for (const problem of problems) ctx.logger.error(formatProblem(problem));
    if (parsed.ok) {
      const m = parsed.manifest;
      ctx.logger.info(`${file}: valid (${m.canaries.length} canaries, ${m.modules.length} modules)`);
      return ExitCode.Pass;
    }
    return ExitCode.Usage;
  }
};

// src/cli/commands/verify.ts
import { readFile as readFile11 } from "node:fs/promises";
var verifyCommand = {
  name: "verify",
  summary: "Verify module signatures",
  usage: `linkgate verify --cert CERT [--kernel-release R] [--json] MODULE.ko...

MODULE may be a directory: every *.ko below it is verified.

Parses each module's appended signature (marker, struct module_signature, PKCS#7 SignedData),
reports signer, sig_key (issuer serial, as modinfo prints it) and hash algorithm, verifies the
signature over the module bytes against CERT (PEM or DER), and checks the vermagic of .modinfo
against --kernel-release. Without --cert the signatures are parsed but not verified (valid: null).

--json prints exactly one array:
  [{"file", "signed", "valid", "signer", "sigKey", "hashAlgo", "vermagic", "problems": [...]}]
Exit 1 if any module is unsigned, invalid or has a problem; 2 if CERT cannot be read.`,
  options: { cert: { type: "string" }, "kernel-release": { type: "string" } },
  positionals: [1, Infinity],
  async run(args, ctx) {
    const certPath = stringOpt(args, "cert");
    const kernelRelease = stringOpt(args, "kernel-release");
    const cert = certPath ? await readSigningCertificate(certPath) : void 0;
    if (!cert) ctx.logger.warn("no --cert: signatures are parsed, not verified");
    const verdicts = [];
    for (const file of await expandModulePaths(args.positionals, { keepMissing: true })) {
      verdicts.push(await verifyFile(file, { ...cert ? { cert } : {}, ...kernelRelease !== void 0 ? { kernelRelease } : {} }));
    }
    for (const v of verdicts) {
      const what = v.signed ? `signer "${v.signer ?? "?"}" key ${v.sigKey ?? "?"} ${v.hashAlgo ?? "?"}` : "unsigned";
      const status = v.problems.length > 0 ? "FAIL" : v.valid === true ? "ok" : "parsed";
      ctx.logger.info(`${status.padEnd(6)} ${v.file}: ${what}${v.vermagic ? `, vermagic "${v.vermagic}"` : ""}`);
      for (const problem of v.problems) ctx.logger.error(`${v.file}: ${problem}`);
    }
    if (boolOpt(args, "json")) ctx.stdout(`${JSON.stringify(verdicts)}
`);
    const bad = verdicts.filter(isBad).length;
    ctx.logger.info(`${verdicts.length - bad}/${verdicts.length} module(s) passed`);
    return bad > 0 ? ExitCode.Fail : ExitCode.Pass;
  }
};
async function verifyFile(file, options) {
  let bytes;
  try {
    bytes = await readFile11(file);
  } catch (error) {
    const code = error.code ?? "unreadable";
    return { file, signed: false, valid: null, signer: null, sigKey: null, hashAlgo: null, vermagic: null, problems: [`cannot read file (${code})`] };
  }
  return verifyModuleBytes(file, bytes, options);
}
function isBad(v) {
  return !v.signed || v.valid === false || v.problems.length > 0;
}

// src/cli/commands/index.ts
var COMMANDS = [
  validateCommand,
  schemaCommand,
  buildCommand,
  configCheckCommand,
  signCommand,
  verifyCommand,
  deployCommand,
  smokeCommand,
  captureCommand,
  gateCommand,
  rollbackCommand,
  topologyCommand,
  parseCommand,
  reportCommand,
  mergeCommand,
  demoCommand
];

// src/cli/main.ts
async function main(argv, io) {
  const logger = new StreamLogger(io.stderr, { debug: io.env.LINKGATE_DEBUG === "1" });
  const [name, ...rest] = argv;
  if (name === void 0 || name === "--help" || name === "-h" || name === "help") {
    io.stdout(topLevelHelp());
    return name === void 0 ? ExitCode.Usage : ExitCode.Pass;
  }
  if (name === "--version" || name === "-V") {
    io.stdout(`linkgate ${VERSION}
`);
    return ExitCode.Pass;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    logger.error(`unknown command "${name}"; run linkgate --help for the list`);
    return ExitCode.Usage;
  }
  const ctx = {
    logger,
    runner: new ProcessRunner(),
    clock: systemClock,
    stdout: io.stdout,
    env: io.env,
    cwd: io.cwd,
    signal: io.signal
  };
  try {
    const args = parseCommandArgs(command, rest);
    if (args.values.help) {
      io.stdout(commandHelp(command));
      return ExitCode.Pass;
    }
    return await command.run(args, ctx);
  } catch (error) {
    if (error instanceof LinkgateError) {
      logger.error(error.message);
      for (const line of error.details) logger.error(line);
      return error.exitCode;
    }
    logger.error(`internal error: ${messageOf(error)}`);
    if (error instanceof Error && error.stack) logger.debug(error.stack);
    return ExitCode.Infra;
  }
}
function parseCommandArgs(command, argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { ...COMMON_OPTIONS, ...command.options },
      allowPositionals: true,
      strict: true
    });
  } catch (error) {
    throw new LinkgateError("user", `${command.name}: ${messageOf(error)}`, { details: [`usage: ${firstLine(command.usage)}`] });
  }
  const [min, max] = command.positionals;
  if (!parsed.values.help) {
    const count2 = parsed.positionals.length;
    if (count2 < min || count2 > max) {
      const wanted = max === 0 ? "no arguments" : max === Infinity ? `at least ${min} argument(s)` : `${min === max ? min : `${min}-${max}`} argument(s)`;
      throw new LinkgateError("user", `${command.name}: expected ${wanted}, got ${count2}`, {
        details: [`usage: ${firstLine(command.usage)}`]
      });
    }
  }
  return parsed;
}
function firstLine(text) {
  return text.split("\n")[0] ?? "";
}
function commandHelp(command) {
  return `${command.summary}

usage: ${command.usage}

Common flags: --json (one JSON document on stdout), --help.
${EXIT_CODES}`;
}
var EXIT_CODES = `Exit codes: 0 pass/promote, 1 test failure/rollback, 2 usage or configuration error, 3 infrastructure error or inconclusive.
`;
function topLevelHelp() {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return `linkgate ${VERSION}: gate kernel and GPU-driver bumps on riscv64 hosts with NVLink GPUs.

usage: linkgate <command> [flags]

Commands:
${lines.join("\n")}

Run linkgate <command> --help for a command's flags.
${EXIT_CODES}`;
}

// src/cli.ts
var controller = new AbortController();
for (const sig of ["SIGTERM", "SIGINT"]) {
  process.once(sig, () => {
    controller.abort(new Error(`received ${sig}`));
    process.once(sig, () => process.exit(128 + (sig === "SIGTERM" ? 15 : 2)));
  });
}
process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
  signal: controller.signal
});
