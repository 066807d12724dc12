import { createRequire as __linkgateRequire } from 'node:module'; const require = __linkgateRequire(import.meta.url);
import {
  sha256File,
  sha256Text,
  sha256Tree
} from "./chunk-OCBCOUXH.js";
import {
  VERSION
} from "./chunk-VUR7653D.js";
import {
  ExitCode,
  InfraError,
  LinkgateError,
  UsageError,
  formatArgv,
  messageOf
} from "./chunk-2RUS7HNP.js";

// src/kernel/plan-from-manifest.ts
import { availableParallelism } from "node:os";

// src/kernel/arch.ts
var ARCHES = {
  riscv64: {
    name: "riscv64",
    linuxArch: "riscv",
    imageTarget: "Image",
    imagePath: "arch/riscv/boot/Image",
    debianToolchainPackage: "gcc-riscv64-linux-gnu",
    debianBinutilsPackage: "binutils-riscv64-linux-gnu",
    defaultCrossCompile: "riscv64-linux-gnu-",
    kconfigSymbol: "RISCV"
  },
  arm64: {
    name: "arm64",
    linuxArch: "arm64",
    imageTarget: "Image",
    imagePath: "arch/arm64/boot/Image",
    debianToolchainPackage: "gcc-aarch64-linux-gnu",
    debianBinutilsPackage: "binutils-aarch64-linux-gnu",
    defaultCrossCompile: "aarch64-linux-gnu-",
    kconfigSymbol: "ARM64"
  },
  x86_64: {
    name: "x86_64",
    linuxArch: "x86",
    imageTarget: "bzImage",
    imagePath: "arch/x86/boot/bzImage",
    debianToolchainPackage: "gcc-x86-64-linux-gnu",
    debianBinutilsPackage: "binutils-x86-64-linux-gnu",
    defaultCrossCompile: "x86_64-linux-gnu-",
    kconfigSymbol: "X86_64"
  }
};
function archInfo(name) {
  if (Object.hasOwn(ARCHES, name)) return ARCHES[name];
  return Object.values(ARCHES).find((a) => a.linuxArch === name);
}
function knownArchNames() {
  return Object.keys(ARCHES);
}

// src/kernel/plan.ts
import { basename, isAbsolute, join, resolve } from "node:path";
var MAKE_TARGET = /^[A-Za-z0-9_.-]*config$/;
var SAFE_PATH = /^[A-Za-z0-9_./@%+,:=~-]+$/;
var SAFE_PREFIX = /^[A-Za-z0-9_./+-]*$/;
function planBuild(input) {
  const { kernel, arch } = input;
  if (!SAFE_PREFIX.test(kernel.toolchain.crossCompile)) {
    throw new UsageError(`toolchain.crossCompile ${JSON.stringify(kernel.toolchain.crossCompile)} may only hold letters, digits and _ . / + -`);
  }
  const at = (p) => isAbsolute(p) ? p : resolve(input.baseDir, p);
  const workDir = at(input.workDir);
  const outDir = at(input.outDir);
  const crossCompile = kernel.toolchain.crossCompile;
  const patches = kernel.patches.map((p) => ({ path: at(p), display: p }));
  const source = resolveSource(kernel.source, at);
  const preparesSource = source.type !== "local" || patches.length > 0;
  const srcDir = source.type === "local" && patches.length === 0 ? source.path : join(workDir, "src", topDirOf(source));
  const buildDir = join(workDir, "build");
  const useCcache = kernel.toolchain.ccache && input.ccacheInstalled;
  const ccacheDir = input.ccacheDir ?? kernel.toolchain.ccacheDir;
  const ccache = useCcache ? { dir: ccacheDir ? at(ccacheDir) : null } : null;
  const env = { KBUILD_BUILD_USER: "linkgate", KBUILD_BUILD_HOST: "linkgate" };
  if (ccache) {
    env.CCACHE_BASEDIR = workDir;
    if (ccache.dir) env.CCACHE_DIR = ccache.dir;
  }
  const toolVars = [`ARCH=${arch.linuxArch}`, `CROSS_COMPILE=${crossCompile}`, ...ccache ? [`CC=ccache ${crossCompile}gcc`] : []];
  const make = ["make", "-C", srcDir, `O=${buildDir}`, ...toolVars];
  const base = MAKE_TARGET.test(kernel.config.base) && !kernel.config.base.includes("/") ? { kind: "target", target: kernel.config.base } : { kind: "file", path: at(kernel.config.base), display: kernel.config.base };
  const fragments = kernel.config.fragments.map((f) => ({ path: at(f.path), display: f.path, policy: f.policy }));
  const makeTargets = kernel.targets.map((t) => t === "Image" ? arch.imageTarget : t);
  const modules = input.modules.map((m) => ({ name: m.name, path: at(m.path), display: m.path, buildPath: join(workDir, "external", m.name) }));
  const jobs = kernel.jobs ?? input.jobs;
  const unsafe = [workDir, outDir, srcDir, ...fragments.map((f) => f.path), ...modules.map((m) => m.path)].filter((p) => !SAFE_PATH.test(p));
  if (unsafe.length > 0) {
    throw new UsageError(`kbuild cannot use paths with blanks or shell characters: ${unsafe.map((p) => JSON.stringify(p)).join(", ")}`);
  }
  const steps = [
    ...toolSteps(input, source, patches.length > 0, useCcache),
    ...sourceSteps(source, srcDir, workDir),
    ...patches.map((p, i) => patchStep(p, i, source.type === "git", srcDir)),
    ...base.kind === "target" ? [{ kind: "command", phase: "config", name: base.target, argv: [...make, base.target] }] : [{ kind: "copy", phase: "config", name: "base config", from: base.path, to: join(buildDir, ".config") }],
    ...fragments.length > 0 ? [
      {
        kind: "command",
        phase: "config",
        name: "merge fragments",
        argv: [join(srcDir, "scripts/kconfig/merge_config.sh"), "-m", "-O", buildDir, join(buildDir, ".config"), ...fragments.map((f) => f.path)],
        cwd: buildDir
      }
    ] : [],
    { kind: "command", phase: "config", name: "olddefconfig", argv: [...make, "olddefconfig"] },
    { kind: "audit", phase: "config", name: "config audit" },
    { kind: "command", phase: "kernel", name: `make ${makeTargets.join(" ")}`, argv: [...make, `-j${jobs}`, ...makeTargets] },
    ...kernel.targets.includes("modules") ? [{ kind: "command", phase: "modules_install", name: "modules_install", argv: [...make, `INSTALL_MOD_PATH=${join(outDir, "modules")}`, "modules_install"] }] : [],
    ...kernel.targets.includes("dtbs") ? [{ kind: "command", phase: "dtbs", name: "dtbs_install", argv: [...make, `INSTALL_DTBS_PATH=${join(outDir, "dtbs")}`, "dtbs_install"] }] : [],
    ...modules.flatMap((m) => {
      const mk = ["make", "-C", buildDir, `M=${m.buildPath}`, ...toolVars];
      return [
        { kind: "copy", phase: "external", name: `${m.name}: copy source`, from: m.path, to: m.buildPath },
        { kind: "command", phase: "external", name: `${m.name}: modules`, argv: [...mk, `-j${jobs}`, "modules"] },
        { kind: "command", phase: "external", name: `${m.name}: modules_install`, argv: [...mk, `INSTALL_MOD_PATH=${join(outDir, "modules")}`, "modules_install"] }
      ];
    }),
    { kind: "collect", phase: "collect", name: "collect artifacts and write metadata.json" }
  ];
  return {
    arch,
    crossCompile,
    source,
    srcDir,
    buildDir,
    workDir,
    outDir,
    preparesSource,
    base,
    fragments,
    patches,
    makeTargets,
    targets: kernel.targets,
    jobs,
    ccache,
    env,
    make,
    modules,
    steps
  };
}
function resolveSource(source, at) {
  switch (source.type) {
    case "git":
      return { type: "git", url: /^[a-z][a-z0-9+.-]*:\/\/|^[^/]+@[^/]+:/i.test(source.url) ? source.url : at(source.url), ref: source.ref, commit: source.commit };
    case "tarball":
      return { type: "tarball", path: at(source.path), sha256: source.sha256 };
    case "local":
      return { type: "local", path: at(source.path) };
  }
}
function topDirOf(source) {
  if (source.type === "tarball") return basename(source.path).replace(/\.(tar\.(xz|gz|bz2|zst)|tgz|tar)$/, "") || "linux";
  return "linux";
}
function sourceSteps(source, srcDir, workDir) {
  switch (source.type) {
    case "tarball":
      return [
        { kind: "verify-sha256", phase: "source", name: "verify tarball sha256", path: source.path, sha256: source.sha256 },
        { kind: "command", phase: "source", name: "unpack", argv: ["tar", "-xf", source.path, "-C", join(workDir, "src"), "--no-same-owner"] },
        { kind: "check-tree", phase: "source", name: "kernel tree present", path: srcDir }
      ];
    case "git": {
      const fetchUrl = source.url.startsWith("/") ? `file://${source.url}` : source.url;
      return [
        { kind: "verify-commit", phase: "source", name: `verify ${source.ref} is ${source.commit.slice(0, 12)}`, repo: source.url, ref: source.ref, commit: source.commit },
        { kind: "command", phase: "source", name: "init", argv: ["git", "init", "--quiet", srcDir] },
        { kind: "command", phase: "source", name: "fetch the pinned commit", argv: ["git", "-C", srcDir, "fetch", "--quiet", "--depth", "1", "--", fetchUrl, source.commit] },
        { kind: "command", phase: "source", name: "checkout", argv: ["git", "-C", srcDir, "checkout", "--quiet", "--detach", source.commit] },
        { kind: "check-tree", phase: "source", name: "kernel tree present", path: srcDir }
      ];
    }
    case "local":
      return srcDir === source.path ? [{ kind: "check-tree", phase: "source", name: "kernel tree present", path: srcDir }] : [
        // Patches must not touch the user's tree: patch a copy.
        { kind: "copy", phase: "source", name: "copy local tree", from: source.path, to: srcDir },
        { kind: "check-tree", phase: "source", name: "kernel tree present", path: srcDir }
      ];
  }
}
function patchStep({ path: patch, display }, index, git, srcDir) {
  const name = `patch ${index + 1}: ${basename(patch)}`;
  if (git) {
    const id = ["-c", "user.name=linkgate", "-c", "user.email=linkgate@localhost"];
    return { kind: "apply-patch", phase: "patch", name, patch, display, tool: "git-am", argv: ["git", "-C", srcDir, ...id, "am", "--keep-cr", "--no-3way", patch] };
  }
  const common = ["patch", "-p1", "--forward", "--batch", "--directory", srcDir, "--input", patch];
  return { kind: "apply-patch", phase: "patch", name, patch, display, tool: "patch", argv: [...common, "--silent"], dryRunArgv: [...common, "--dry-run"] };
}
function toolSteps(input, source, patched, ccache) {
  const cc = input.kernel.toolchain.crossCompile;
  const tools = [
    [`${cc}gcc`, input.arch.debianToolchainPackage],
    [`${cc}ld`, input.arch.debianBinutilsPackage],
    ["make", "make"],
    ["flex", "flex"],
    ["bison", "bison"],
    ["bc", "bc"]
  ];
  if (source.type === "tarball") tools.push(["tar", "tar"], ["xz", "xz-utils"]);
  if (source.type === "git") tools.push(["git", "git"]);
  if (patched) tools.push(source.type === "git" ? ["git", "git"] : ["patch", "patch"]);
  if (ccache) tools.push(["ccache", "ccache"]);
  const unique = tools.filter(([tool], i) => tools.findIndex(([t]) => t === tool) === i);
  return unique.map(([tool, pkg]) => ({ kind: "tool", phase: "toolchain", name: tool, argv: [tool, "--version"], package: pkg }));
}

// src/kernel/plan-from-manifest.ts
async function planFromManifest(manifest, options, runner) {
  const kernel = manifest.kernel;
  if (!kernel) throw new UsageError("the manifest has no kernel section: nothing to build");
  const arch = archInfo(kernel.arch);
  if (!arch) throw new UsageError(`unknown arch "${kernel.arch}"; linkgate builds ${knownArchNames().join(", ")}`);
  const ccacheInstalled = kernel.toolchain.ccache ? await hasCcache(runner) : false;
  return planBuild({
    kernel,
    modules: manifest.modules,
    arch,
    baseDir: options.baseDir,
    outDir: options.outDir,
    workDir: options.workDir,
    jobs: options.jobs ?? availableParallelism(),
    ccacheInstalled,
    ...options.ccacheDir ? { ccacheDir: options.ccacheDir } : {}
  });
}
async function hasCcache(runner) {
  try {
    return (await runner.run({ argv: ["ccache", "--version"], timeoutMs: 1e4 })).exitCode === 0;
  } catch {
    return false;
  }
}
function describePlan(plan, quote) {
  const lines = [
    `arch ${plan.arch.name} (ARCH=${plan.arch.linuxArch}, CROSS_COMPILE=${plan.crossCompile})${plan.ccache ? ", ccache" : ""}, make -j${plan.jobs}`,
    `source ${plan.source.type}: ${plan.srcDir}`,
    `build dir (O=): ${plan.buildDir}`,
    `output: ${plan.outDir}`,
    `environment: ${Object.entries(plan.env).map(([k, v]) => `${k}=${v}`).join(" ")}`
  ];
  let phase = "";
  for (const step of plan.steps) {
    if (step.phase !== phase) {
      phase = step.phase;
      lines.push(`[${phase}]`);
    }
    switch (step.kind) {
      case "command":
      case "tool":
        lines.push(`  ${step.name}: ${quote(step.argv)}`);
        break;
      case "apply-patch":
        if (step.dryRunArgv) lines.push(`  ${step.name} (dry run): ${quote(step.dryRunArgv)}`);
        lines.push(`  ${step.name}: ${quote(step.argv)}`);
        break;
      case "verify-sha256":
        lines.push(`  ${step.name}: sha256(${step.path}) must be ${step.sha256}`);
        break;
      case "verify-commit":
        lines.push(`  ${step.name}: git ls-remote ${step.repo} ${step.ref} must give ${step.commit}`);
        break;
      case "check-tree":
        lines.push(`  ${step.name}: ${step.path} has Makefile, Kconfig, scripts/kconfig/merge_config.sh`);
        break;
      case "copy":
        lines.push(`  ${step.name}: copy ${step.from} -> ${step.to}`);
        break;
      case "audit":
        lines.push(`  ${step.name}: every fragment line vs ${plan.buildDir}/.config (${plan.fragments.map((f) => `${f.display}:${f.policy}`).join(", ") || "no fragments"})`);
        break;
      case "collect":
        lines.push(`  ${step.name}: ${plan.outDir}`);
        break;
    }
  }
  return lines.join("\n");
}

// src/kernel/run-build.ts
import { mkdir as mkdir3, readFile as readFile6, rename, rm as rm2, writeFile as writeFile2 } from "node:fs/promises";
import { join as join6 } from "node:path";

// src/kernel/build-failure.ts
var Cancelled = class extends Error {
};
var BuildFailed = class extends Error {
  constructor(message, details) {
    super(message);
    this.details = details;
  }
  details;
};
function classify(error, plan, log, signal) {
  if (error instanceof Cancelled || signal.aborted) {
    return { status: "cancelled", exitCode: ExitCode.Infra, message: `build cancelled (${reasonOf(signal)}); metadata.json is partial`, details: [] };
  }
  if (isEnospc(error) || log.diskFull) {
    const infra2 = diskFull(plan, log);
    return { status: "error", exitCode: ExitCode.Infra, message: infra2.message, details: [], error: infra2 };
  }
  if (error instanceof BuildFailed) return { status: "fail", exitCode: ExitCode.Fail, message: error.message, details: error.details };
  if (error instanceof LinkgateError) {
    return { status: error.actor === "infra" ? "error" : "fail", exitCode: error.exitCode, message: error.message, details: [...error.details], error };
  }
  const infra = new InfraError(`build step failed: ${messageOf(error)}`);
  return { status: "error", exitCode: ExitCode.Infra, message: infra.message, details: [], error: infra };
}
function diskFull(plan, log) {
  return new InfraError(`no space left on device while building (work ${plan.workDir}, output ${plan.outDir}): free disk space or point --work elsewhere`, {
    details: log.tail.slice(-5).map((l) => `  | ${l}`)
  });
}
function isEnospc(error) {
  return error?.code === "ENOSPC" || /ENOSPC|No space left/.test(messageOf(error));
}
function reasonOf(signal) {
  const reason = signal.reason;
  const text = reason instanceof Error ? reason.message : String(reason ?? "aborted");
  return /SIG[A-Z]+/.exec(text)?.[0] ?? text;
}

// src/kernel/build-log.ts
import { createWriteStream } from "node:fs";
import { relative, resolve as resolve2, sep } from "node:path";

// src/kernel/build-diagnostics.ts
var GCC = /^(?<file>[^\s:][^:]*?):(?<line>\d+):(?:(?<column>\d+):)? (?<severity>warning|error|fatal error): (?<message>.+)$/;
var MODPOST = /^(?<severity>ERROR|WARNING): modpost: (?<message>.+)$/;
var LINKER = /^(?:\S*ld(?:\.bfd)?): (?<message>.*(?:undefined reference to|multiple definition of|cannot find|No space left).*)$/;
function parseDiagnostic(line) {
  const text = line.replace(/\x1b\[[0-9;]*[A-Za-z]/g, "").trimEnd();
  const gcc = GCC.exec(text)?.groups;
  if (gcc) {
    return {
      severity: gcc.severity === "warning" ? "warning" : "error",
      file: gcc.file,
      line: Number(gcc.line),
      column: gcc.column ? Number(gcc.column) : null,
      message: gcc.message
    };
  }
  const modpost = MODPOST.exec(text)?.groups;
  if (modpost) return { severity: modpost.severity === "ERROR" ? "error" : "warning", file: null, line: null, column: null, message: `modpost: ${modpost.message}` };
  const linker = LINKER.exec(text)?.groups;
  if (linker) return { severity: "error", file: null, line: null, column: null, message: `ld: ${linker.message}` };
  return null;
}
function isDiskFull(line) {
  return /No space left on device|ENOSPC/.test(line);
}

// src/kernel/build-log.ts
var MAX_ANNOTATIONS = 50;
var PACKAGE_HINTS = [
  [/openssl\/\w+\.h: No such file/, "libssl-dev"],
  [/(gelf|libelf)\.h: No such file/, "libelf-dev"],
  [/\bflex: (not found|No such file)/, "flex"],
  [/\bbison: (not found|No such file)/, "bison"],
  [/\bbc: (not found|No such file)/, "bc"],
  [/\bdepmod\b.*(not found|requires)/, "kmod"]
];
var BuildLog = class {
  constructor(path, logger, mappings, echo) {
    this.path = path;
    this.logger = logger;
    this.mappings = mappings;
    this.echo = echo;
    this.#stream = createWriteStream(path, { flags: "w" });
    this.#stream.on("error", (error) => {
      this.#writeError = error;
      if (isDiskFull(String(error))) this.diskFull = true;
    });
  }
  path;
  logger;
  mappings;
  echo;
  #stream;
  diagnostics = [];
  hints = /* @__PURE__ */ new Set();
  warnings = 0;
  errors = 0;
  diskFull = false;
  #writeError = null;
  #annotated = { warning: 0, error: 0 };
  #seen = /* @__PURE__ */ new Set();
  /** The last lines, for an error message's details. */
  tail = [];
  get writeError() {
    return this.#writeError;
  }
  note(text) {
    if (!this.#writeError) this.#stream.write(`${text}
`);
  }
  /** One line of command output, from `cwd` (where relative paths in diagnostics start). */
  line(text, cwd) {
    this.note(text);
    if (this.echo) this.logger.info(text);
    this.tail.push(text);
    if (this.tail.length > 25) this.tail.shift();
    if (isDiskFull(text)) this.diskFull = true;
    for (const [pattern, pkg] of PACKAGE_HINTS) if (pattern.test(text)) this.hints.add(pkg);
    const diagnostic = parseDiagnostic(text);
    if (!diagnostic) return;
    if (diagnostic.severity === "warning") this.warnings++;
    else this.errors++;
    const file = diagnostic.file === null ? null : this.#mapPath(resolve2(cwd, diagnostic.file));
    const mapped = { ...diagnostic, file };
    this.diagnostics.push(mapped);
    const key = `${mapped.severity}:${file}:${mapped.line}:${mapped.message}`;
    if (this.#seen.has(key) || this.#annotated[mapped.severity] >= MAX_ANNOTATIONS) return;
    this.#seen.add(key);
    this.#annotated[mapped.severity]++;
    const annotation = file === null ? void 0 : { file, line: mapped.line ?? void 0, column: mapped.column ?? void 0, title: `compiler ${mapped.severity}` };
    if (mapped.severity === "warning") this.logger.warn(mapped.message, annotation);
    else this.logger.error(mapped.message, annotation);
  }
  firstError() {
    return this.diagnostics.find((d) => d.severity === "error");
  }
  close() {
    return new Promise((resolveClose) => {
      if (this.#stream.closed || this.#stream.destroyed) return resolveClose();
      this.#stream.end(() => resolveClose());
    });
  }
  #mapPath(absolute) {
    for (const { from, to } of this.mappings) {
      if (absolute === from || absolute.startsWith(from + sep)) {
        const rest = relative(from, absolute);
        return to ? `${to}/${rest}` : rest;
      }
    }
    return absolute;
  }
};

// src/kernel/collect.ts
import { copyFile, lstat, mkdir, readdir, readFile } from "node:fs/promises";
import { join as join2, relative as relative2 } from "node:path";
async function readKernelRelease(buildDir) {
  const text = await readFile(join2(buildDir, "include/config/kernel.release"), "utf8").catch(() => null);
  return text?.trim() || null;
}
async function readKernelVersion(srcDir) {
  const text = await readFile(join2(srcDir, "Makefile"), "utf8").catch(() => null);
  if (!text) return null;
  const field = (name) => new RegExp(`^${name}\\s*=\\s*(\\S*)`, "m").exec(text)?.[1];
  const [v, p, s, e] = ["VERSION", "PATCHLEVEL", "SUBLEVEL", "EXTRAVERSION"].map(field);
  return v && p ? `${v}.${p}${s ? `.${s}` : ""}${e ?? ""}` : null;
}
async function collectArtifacts(plan) {
  const out = plan.outDir;
  const copies = [
    [plan.arch.imagePath, plan.arch.imageTarget, "kernel"],
    ["System.map", "System.map", "system_map"],
    [".config", "config", "config"],
    ["Module.symvers", "Module.symvers", "symvers"]
  ];
  if (plan.targets.includes("vmlinux")) copies.push(["vmlinux", "vmlinux", "vmlinux"]);
  const artifacts = [];
  const add = async (path, kind) => {
    const info = await lstat(path);
    artifacts.push({ path: relative2(out, path), kind, sha256: await sha256File(path), size: info.size });
  };
  for (const [from, to, kind] of copies) {
    const source = join2(plan.buildDir, from);
    if (!await lstat(source).catch(() => null)) continue;
    await copyFile(source, join2(out, to));
    await add(join2(out, to), kind);
  }
  const modules = [];
  for (const module of plan.modules) {
    const dir = join2(out, "external", module.name);
    await mkdir(dir, { recursive: true });
    const files = [];
    for (const ko of await findFiles(module.buildPath, (name) => name.endsWith(".ko"))) {
      const target = join2(dir, relative2(module.buildPath, ko).replaceAll("/", "_"));
      await copyFile(ko, target);
      await add(target, "external");
      files.push(relative2(out, target));
    }
    modules.push({ name: module.name, files });
  }
  for (const file of await findFiles(join2(out, "modules"), () => true)) await add(file, "modules");
  for (const file of await findFiles(join2(out, "dtbs"), () => true)) await add(file, "dtbs");
  return { artifacts, modules };
}
async function findFiles(dir, keep) {
  const found = [];
  const walk = async (d) => {
    let entries;
    try {
      entries = await readdir(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join2(d, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile() && keep(entry.name)) found.push(path);
    }
  };
  await walk(dir);
  return found.sort();
}
async function artifactFor(out, path, kind) {
  const info = await lstat(path);
  return { path: relative2(out, path), kind, sha256: await sha256File(path), size: info.size };
}

// src/kernel/kconfig-expr.ts
var TOKEN = /\s*(\$\((?:[^()]|\([^()]*\))*\)|&&|\|\||!=|<=|>=|[!()=<>]|"(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_.+-]+)/y;
function parseExpr(text) {
  const tokens = [];
  let end = 0;
  TOKEN.lastIndex = 0;
  let match;
  while ((match = TOKEN.exec(text)) !== null) {
    tokens.push(match[1]);
    end = TOKEN.lastIndex;
  }
  if (text.slice(end).trim() !== "") return { kind: "unknown", text: text.trim() };
  let pos = 0;
  const peek = () => tokens[pos];
  const primary = () => {
    const token = tokens[pos++];
    if (token === void 0) return null;
    if (token === "!") {
      const arg = primary();
      return arg && { kind: "not", arg };
    }
    if (token === "(") {
      const inner = or();
      if (tokens[pos++] !== ")") return null;
      return inner;
    }
    if (token.startsWith("$(")) return { kind: "unknown", text: token };
    const left = atom(token);
    const op = peek();
    if (op === "=" || op === "!=" || op === "<" || op === ">" || op === "<=" || op === ">=") {
      pos++;
      const next = tokens[pos++];
      if (next === void 0) return null;
      return { kind: "compare", op, left, right: atom(next) };
    }
    return left;
  };
  const and = () => {
    let left = primary();
    while (left && peek() === "&&") {
      pos++;
      const right = primary();
      left = right && { kind: "and", left, right };
    }
    return left;
  };
  const or = () => {
    let left = and();
    while (left && peek() === "||") {
      pos++;
      const right = and();
      left = right && { kind: "or", left, right };
    }
    return left;
  };
  const tree = or();
  if (!tree || pos !== tokens.length) return { kind: "unknown", text: text.trim() };
  return tree;
}
function atom(token) {
  if (token.startsWith('"') || token.startsWith("'")) return { kind: "const", value: token.slice(1, -1) };
  if (token === "y" || token === "m" || token === "n") return { kind: "const", value: token };
  if (/^-?(0x[0-9a-fA-F]+|[0-9]+)$/.test(token)) return { kind: "const", value: token };
  if (token.startsWith("$(")) return { kind: "unknown", text: token };
  return { kind: "symbol", name: token };
}
function tristateOf(value) {
  if (value === "y") return 2;
  if (value === "m") return 1;
  return 0;
}
function evaluate(expr, values) {
  switch (expr.kind) {
    case "symbol":
      return tristateOf(values.get(expr.name));
    case "const":
      return tristateOf(expr.value);
    case "unknown":
      return null;
    case "not": {
      const arg = evaluate(expr.arg, values);
      return arg === null ? null : 2 - arg;
    }
    case "and": {
      const l = evaluate(expr.left, values);
      const r = evaluate(expr.right, values);
      if (l === 0 || r === 0) return 0;
      if (l === null || r === null) return null;
      return Math.min(l, r);
    }
    case "or": {
      const l = evaluate(expr.left, values);
      const r = evaluate(expr.right, values);
      if (l === 2 || r === 2) return 2;
      if (l === null || r === null) return null;
      return Math.max(l, r);
    }
    case "compare":
      return compare(expr, values);
  }
}
function compare(expr, values) {
  const side = (e) => {
    if (e.kind === "const") return e.value;
    if (e.kind === "symbol") return unquote(values.get(e.name) ?? "n");
    return null;
  };
  const l = side(expr.left);
  const r = side(expr.right);
  if (l === null || r === null) return null;
  const numeric = /^-?(0x[0-9a-fA-F]+|[0-9]+)$/;
  const cmp = numeric.test(l) && numeric.test(r) ? Number(l) - Number(r) : l < r ? -1 : l > r ? 1 : 0;
  const result = expr.op === "=" ? cmp === 0 : expr.op === "!=" ? cmp !== 0 : expr.op === "<" ? cmp < 0 : expr.op === ">" ? cmp > 0 : expr.op === "<=" ? cmp <= 0 : cmp >= 0;
  return result ? 2 : 0;
}
function unquote(value) {
  return value.startsWith('"') && value.endsWith('"') && value.length >= 2 ? value.slice(1, -1) : value;
}
function conjuncts(expr) {
  return expr.kind === "and" ? [...conjuncts(expr.left), ...conjuncts(expr.right)] : [expr];
}
function symbolsOf(expr) {
  const out = [];
  const walk = (e) => {
    if (e.kind === "symbol" && !out.includes(e.name)) out.push(e.name);
    else if (e.kind === "not") walk(e.arg);
    else if (e.kind === "and" || e.kind === "or" || e.kind === "compare") {
      walk(e.left);
      walk(e.right);
    }
  };
  walk(expr);
  return out;
}
function formatExpr(expr, values, parent) {
  switch (expr.kind) {
    case "symbol":
      return `${expr.name} [=${values.get(expr.name) ?? "n"}]`;
    case "const":
      return /^[ymn]$|^-?(0x[0-9a-fA-F]+|[0-9]+)$/.test(expr.value) ? expr.value : JSON.stringify(expr.value);
    case "unknown":
      return expr.text;
    case "not":
      return `!${formatExpr(expr.arg, values, "not")}`;
    case "compare":
      return `${formatExpr(expr.left, values, "compare")} ${expr.op} ${formatExpr(expr.right, values, "compare")}`;
    case "and":
    case "or": {
      const op = expr.kind === "and" ? "&&" : "||";
      const text = `${formatExpr(expr.left, values, expr.kind)} ${op} ${formatExpr(expr.right, values, expr.kind)}`;
      const needsParens = parent === "not" || parent === "compare" || parent === "and" && expr.kind === "or";
      return needsParens ? `(${text})` : text;
    }
  }
}

// src/kernel/kconfig-explain.ts
function explainOption(name, requested, actual, db, values) {
  const defs = db.defs.get(name);
  if (!defs || defs.length === 0) {
    return `no Kconfig file of this tree and architecture defines ${name} (misspelled, another architecture's option, or not in this kernel version)`;
  }
  const parts = [];
  const tristate = /^[ymn]$/.test(requested) && (actual === null || /^[ymn]$/.test(actual));
  const want = !tristate ? 1 : requested === "n" ? 0 : requested === "m" ? 1 : 2;
  const got = actual === null ? 0 : tristate ? tristateOf(actual) : 1;
  if (actual === null || got < want) {
    const needed = actual === null ? 1 : want;
    const unmet = defs.flatMap((def) => unmetConditions(def, needed, values));
    if (unmet.length > 0) parts.push(`unmet dependencies: ${unmet.map((u) => u.text).join("; ")}`);
    const hidden = unmet.flatMap((u) => u.symbols).filter((s, i, all) => all.indexOf(s) === i);
    for (const symbol of hidden.slice(0, 4)) {
      const def = db.defs.get(symbol);
      if (def && def.length > 0 && !def.some((d) => d.hasPrompt)) {
        parts.push(`${symbol} has no prompt and is only set by a select: ${selectors(db, symbol, values)}`);
      }
    }
    if (!defs.some((d) => d.hasPrompt) && want > 0) {
      parts.push(`${name} has no prompt: a fragment cannot set it, only a select can: ${selectors(db, name, values)}`);
    }
    const chosen = otherChoice(defs, db, values, name);
    if (chosen) parts.push(`member of a choice; ${chosen} [=y] was chosen instead`);
  }
  if (actual !== null && tristate && got > want) {
    const forcing = (db.selectedBy.get(name) ?? []).filter((s) => (evaluate({ kind: "symbol", name: s.by }, values) ?? 0) > want && conditionHolds(s, values));
    if (forcing.length > 0) parts.push(`forced: ${forcing.map((s) => formatSelect(s, values)).join(", ")}`);
    else if (!defs.some((d) => d.hasPrompt)) parts.push(`${name} has no prompt: its default decides (${where(defs[0])})`);
  }
  if (parts.length === 0) {
    const conds = defs.flatMap((d) => [...d.enclosing, ...d.depends]).map((c) => `${c.origin} ${formatExpr(c.expr, values)} (${c.file}:${c.line})`);
    parts.push(
      `defined at ${defs.map(where).join(", ")}; every condition holds${conds.length > 0 ? ` (${conds.join("; ")})` : ""}, so the request never reached this .config (fragment not merged, or overridden later), or a range, a default or a macro condition decides`
    );
  }
  return parts.join("; ");
}
function unmetConditions(def, needed, values) {
  const out = [];
  const conds = [...def.enclosing, ...def.depends, ...def.promptIf];
  for (const cond of conds) {
    const failing = conjuncts(cond.expr).filter((term) => {
      const value = evaluate(term, values);
      return value !== null && value < needed;
    });
    if (failing.length === 0) continue;
    const shown = failing.map((term) => formatExpr(term, values, "and")).join(" && ");
    out.push({ text: `${cond.origin} ${shown} (${cond.file}:${cond.line})`, symbols: failing.flatMap((t) => positiveSymbols(t)) });
  }
  return out;
}
function positiveSymbols(term) {
  if (term.kind === "symbol") return [term.name];
  if (term.kind === "and" || term.kind === "or") return [...positiveSymbols(term.left), ...positiveSymbols(term.right)];
  if (term.kind === "compare") return symbolsOf(term);
  return [];
}
function selectors(db, symbol, values) {
  const list = db.selectedBy.get(symbol) ?? [];
  if (list.length === 0) return "nothing selects it";
  const shown = list.slice(0, 6).map((s) => formatSelect(s, values));
  return `${shown.join(", ")}${list.length > 6 ? ` and ${list.length - 6} more` : ""}`;
}
function formatSelect(s, values) {
  const cond = s.cond ? ` if ${formatExpr(s.cond.expr, values)}` : "";
  return `${s.kind === "imply" ? "implied" : "selected"} by ${s.by} [=${values.get(s.by) ?? "n"}]${cond} (${s.file}:${s.line})`;
}
function conditionHolds(s, values) {
  if (!s.cond) return true;
  return (evaluate(s.cond.expr, values) ?? 2) > 0;
}
function otherChoice(defs, db, values, name) {
  for (const def of defs) {
    if (def.choice === null) continue;
    const other = (db.choiceMembers.get(def.choice) ?? []).find((m) => m !== name && values.get(m) === "y");
    if (other) return other;
  }
  return null;
}
function where(def) {
  return `${def.file}:${def.line}`;
}

// src/kernel/config-audit.ts
function auditConfig(requests, config, db) {
  const last = /* @__PURE__ */ new Map();
  const overridden = [];
  for (const request of requests) {
    const previous = last.get(request.symbol);
    if (previous && previous.value !== request.value) {
      overridden.push({ symbol: previous.symbol, fragment: previous.fragment, line: previous.line, by: `${request.fragment}:${request.line}` });
    }
    last.delete(request.symbol);
    last.set(request.symbol, request);
  }
  const values = /* @__PURE__ */ new Map();
  for (const [symbol, value] of config) values.set(symbol.replace(/^CONFIG_/, ""), value);
  const options = [...last.values()].map((request) => {
    const actual = config.get(request.symbol) ?? null;
    const effective = actual ?? "n";
    const status = effective === request.value ? "kept" : actual === null ? "dropped" : "changed";
    const reason = status === "kept" ? "" : reasonFor(request, actual, db, values);
    return { symbol: request.symbol, requested: request.value, actual, status, reason, fragment: request.fragment, line: request.line, policy: request.policy };
  });
  return { ok: options.every((o) => o.status === "kept"), options, overridden };
}
function reasonFor(request, actual, db, values) {
  const name = request.symbol.replace(/^CONFIG_/, "");
  if (db) return explainOption(name, request.value, actual, db, values);
  return actual === null ? "absent from .config: the option is invisible (unmet dependencies) or unknown; give the kernel source (--kconfig-root) for the depends on/select lines" : `set to ${actual}: a select, a choice or a depends-on limit overrode the request; give the kernel source (--kconfig-root) for the lines`;
}
function blockingOptions(audit) {
  return audit.options.filter((o) => o.status !== "kept" && o.policy === "fail");
}
function toConfigCheckJson(audit) {
  return {
    ok: audit.ok,
    options: audit.options.map(({ symbol, requested, actual, status, reason }) => ({ symbol, requested, actual, status, reason }))
  };
}

// src/kernel/build-fingerprint.ts
import { readFile as readFile2, stat } from "node:fs/promises";
import { join as join3 } from "node:path";

// src/kernel/fingerprint.ts
var FINGERPRINT_SCHEMA = 1;
function fingerprintOf(inputs) {
  return `sha256:${sha256Text(canonicalJson(inputs))}`;
}
function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== void 0).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

// src/kernel/build-fingerprint.ts
async function computeFingerprint(plan, toolchain, runner) {
  const patches = await Promise.all(
    plan.patches.map(async (p) => ({ file: p.display, sha256: await sha256File(p.path), tool: plan.source.type === "git" ? "git am" : "patch -p1" }))
  );
  const inputs = {
    schema: FINGERPRINT_SCHEMA,
    arch: plan.arch.name,
    crossCompile: plan.crossCompile,
    source: await sourceIdentity(plan, runner),
    patches: patches.map((p) => p.sha256),
    base: plan.base.kind === "target" ? plan.base.target : `file:${await sha256File(plan.base.path)}`,
    fragments: await Promise.all(plan.fragments.map(async (f) => ({ sha256: await sha256File(f.path), policy: f.policy }))),
    targets: [...plan.makeTargets],
    modules: await Promise.all(plan.modules.map(async (m) => ({ name: m.name, sha256: await sha256Tree(m.path) }))),
    toolchain
  };
  return { value: fingerprintOf(inputs), inputs, patches };
}
async function sourceIdentity(plan, runner) {
  const source = plan.source;
  if (source.type === "git") return `git:${source.url}@${source.commit}`;
  if (source.type === "tarball") return `tarball:${source.sha256}`;
  if (!runner) return null;
  const head = await runner.run({ argv: ["git", "-C", source.path, "rev-parse", "HEAD"] }).catch(() => null);
  const dirty = await runner.run({ argv: ["git", "-C", source.path, "status", "--porcelain", "--untracked-files=no"] }).catch(() => null);
  if (head?.exitCode !== 0 || dirty?.exitCode !== 0 || dirty.stdout.trim() !== "") return null;
  return `local-git:${head.stdout.trim()}`;
}
async function previousBuildMatches(metadataPath, fingerprint, outDir) {
  let metadata;
  try {
    metadata = JSON.parse(await readFile2(metadataPath, "utf8"));
  } catch {
    return null;
  }
  const lg = metadata.linkgate;
  if (!lg || lg.fingerprint !== fingerprint || lg.status !== "pass" || !lg.fingerprint_inputs?.source || !Array.isArray(lg.artifacts)) return null;
  for (const artifact of lg.artifacts) {
    const path = join3(outDir, artifact.path);
    if (!await stat(path).catch(() => null)) return null;
    if (await sha256File(path) !== artifact.sha256) return null;
  }
  return stateFromMetadata(metadata);
}
function stateFromMetadata(metadata) {
  const lg = metadata.linkgate;
  const get = (key, fallback) => lg[key] ?? fallback;
  return {
    startedAt: get("started_at", ""),
    finishedAt: get("finished_at", null),
    status: "skipped",
    phase: null,
    message: "fingerprint unchanged",
    interruptedBy: null,
    fingerprint: get("fingerprint", null),
    fingerprintInputs: get("fingerprint_inputs", null),
    compiler: null,
    kernelRelease: get("kernel_release", null),
    kernelVersion: null,
    patches: get("patches", []),
    audit: null,
    durations: {},
    phaseStatus: {},
    artifacts: get("artifacts", []),
    warnings: 0,
    errors: 0,
    ccache: null,
    modules: get("modules", [])
  };
}

// src/kernel/kconfig-fragment.ts
var MAX_FRAGMENT_BYTES = 4 * 1024 * 1024;
var ASSIGN = /^(CONFIG_[A-Za-z0-9_]+)=(.*)$/;
var NOT_SET = /^#\s*(CONFIG_[A-Za-z0-9_]+) is not set\s*$/;
var NUMBER = /^-?(0x[0-9a-fA-F]+|[0-9]+)$/;
function parseFragment(text) {
  const entries = [];
  const problems = [];
  if (text.length > MAX_FRAGMENT_BYTES) {
    return { entries, problems: [{ line: 1, message: `fragment is ${text.length} bytes; the limit is ${MAX_FRAGMENT_BYTES}` }] };
  }
  if (text.includes("\0")) {
    return { entries, problems: [{ line: 1, message: "fragment contains NUL bytes: not a text file" }] };
  }
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    const text2 = raw.trim();
    if (text2 === "") return;
    const notSet = NOT_SET.exec(text2);
    if (notSet) {
      entries.push({ symbol: notSet[1], value: "n", line });
      return;
    }
    if (text2.startsWith("#")) return;
    const assign = ASSIGN.exec(text2);
    if (!assign) {
      problems.push({ line, message: syntaxHint(text2) });
      return;
    }
    const value = assign[2];
    const problem = valueProblem(value);
    if (problem) problems.push({ line, message: `${assign[1]}: ${problem}` });
    else entries.push({ symbol: assign[1], value, line });
  });
  return { entries, problems };
}
function syntaxHint(text) {
  const shown = text.length > 80 ? `${text.slice(0, 77)}...` : text;
  if (/^CONFIG_[A-Za-z0-9_]+\s+=|=\s/.test(text)) return `no spaces around "=" in Kconfig fragments: "${shown}"`;
  if (/^[A-Za-z0-9_]+=/.test(text)) return `option names start with CONFIG_: "${shown}"`;
  if (/^CONFIG_[A-Za-z0-9_]+$/.test(text)) return `missing "=value": "${shown}"`;
  return `expected CONFIG_NAME=value or "# CONFIG_NAME is not set", got "${shown}"`;
}
function valueProblem(value) {
  if (value === "") return 'empty value (write "# CONFIG_X is not set" to disable an option)';
  if (value === "y" || value === "m" || value === "n" || NUMBER.test(value)) return null;
  if (value.startsWith('"')) {
    if (/^"(?:[^"\\]|\\.)*"$/.test(value)) return null;
    return `unterminated or malformed string ${value}`;
  }
  return `value ${JSON.stringify(value)} is not y, m, n, a number or a "quoted string"`;
}
function parseDotConfig(text) {
  const values = /* @__PURE__ */ new Map();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    const notSet = NOT_SET.exec(line);
    if (notSet) {
      values.set(notSet[1], "n");
      continue;
    }
    const assign = ASSIGN.exec(line);
    if (assign) values.set(assign[1], assign[2]);
  }
  return values;
}

// src/kernel/kconfig-load.ts
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join as join4, normalize } from "node:path";

// src/kernel/kconfig-db.ts
var MAX_FILES = 1e4;
var MAX_DEPTH = 64;
function readKconfigTree(read, vars, root = "Kconfig") {
  const db = { defs: /* @__PURE__ */ new Map(), selectedBy: /* @__PURE__ */ new Map(), choiceMembers: /* @__PURE__ */ new Map(), files: 0, notes: [] };
  const stack = [];
  let nextChoice = 1;
  const parseFile = (file, depth, optional) => {
    if (db.files >= MAX_FILES || depth > MAX_DEPTH) {
      db.notes.push(`${file}: not read (more than ${MAX_FILES} files or ${MAX_DEPTH} nested sources)`);
      return;
    }
    const text = read(file);
    if (text === null) {
      if (!optional) db.notes.push(`${file}: cannot read`);
      return;
    }
    db.files++;
    let current = null;
    let help = null;
    const lines = text.split("\n");
    for (let i = 0; i < lines.length; i++) {
      const lineNo = i + 1;
      let raw = lines[i];
      if (help) {
        if (raw.trim() === "") continue;
        const indent = indentOf(raw);
        if (help.indent === null && indent > 0) {
          help.indent = indent;
          continue;
        }
        if (help.indent !== null && indent >= help.indent) continue;
        help = null;
      }
      while (raw.endsWith("\\") && i + 1 < lines.length) raw = raw.slice(0, -1) + " " + lines[++i];
      const line = stripComment(raw).trim();
      if (line === "") continue;
      const [keyword = "", rest = ""] = splitFirst(line);
      const cond = (origin, text2) => ({ origin, expr: parseExpr(text2), text: text2, file, line: lineNo });
      switch (keyword) {
        case "config":
        case "menuconfig": {
          const def = {
            name: rest.trim(),
            file,
            line: lineNo,
            type: null,
            hasPrompt: false,
            enclosing: stack.flatMap((b) => b.conds),
            depends: [],
            promptIf: [],
            choice: [...stack].reverse().find((b) => b.kind === "choice")?.choice ?? null
          };
          push(db.defs, def.name, def);
          if (def.choice !== null) push(db.choiceMembers, def.choice, def.name);
          current = { kind: "config", def };
          break;
        }
        case "choice": {
          const block = { kind: "choice", conds: [], choice: nextChoice++ };
          stack.push(block);
          current = { kind: "choice", block };
          break;
        }
        case "menu": {
          const block = { kind: "menu", conds: [], choice: null };
          stack.push(block);
          current = { kind: "menu", block };
          break;
        }
        case "if":
          stack.push({ kind: "if", conds: [cond("if", rest)], choice: null });
          current = null;
          break;
        case "endif":
        case "endmenu":
        case "endchoice":
          popBlock(stack, keyword === "endif" ? "if" : keyword === "endmenu" ? "menu" : "choice", file, lineNo, db.notes);
          current = null;
          break;
        case "comment":
        case "mainmenu":
          current = { kind: "other" };
          break;
        case "source":
        case "rsource":
        case "osource":
        case "orsource": {
          const target = expandPath(unquote2(rest.trim()), vars);
          if (target === null) {
            db.notes.push(`${file}:${lineNo}: cannot expand ${rest.trim()}`);
            break;
          }
          const relative3 = keyword === "rsource" || keyword === "orsource";
          parseFile(relative3 ? joinPath(dirOf(file), target) : target, depth + 1, keyword.startsWith("o"));
          current = null;
          break;
        }
        case "help":
        case "---help---":
          help = { indent: null };
          break;
        default:
          attribute(current, keyword, rest, cond, db, file, lineNo);
      }
    }
  };
  parseFile(root, 0, false);
  if (stack.length > 0) db.notes.push(`${stack.length} if/menu/choice block(s) never closed`);
  return db;
}
function attribute(current, keyword, rest, cond, db, file, line) {
  if (!current || current.kind === "other") return;
  if (keyword === "depends" && rest.startsWith("on")) {
    const text = rest.slice(2).trim();
    if (current.kind === "config") current.def.depends.push(cond("depends on", text));
    else current.block.conds.push(cond(current.kind === "menu" ? "menu depends on" : "choice depends on", text));
    return;
  }
  if (keyword === "visible" && rest.startsWith("if") && current.kind === "menu") {
    current.block.conds.push(cond("visible if", rest.slice(2).trim()));
    return;
  }
  if (current.kind !== "config") return;
  const def = current.def;
  if (keyword === "select" || keyword === "imply") {
    const [target = "", tail = ""] = splitFirst(rest);
    const ifText = tail.startsWith("if") ? tail.slice(2).trim() : null;
    const select = { kind: keyword, by: def.name, target, cond: ifText ? cond("if", ifText) : null, file, line };
    push(db.selectedBy, target, select);
    return;
  }
  if (["bool", "boolean", "tristate", "string", "int", "hex", "prompt", "def_bool", "def_tristate"].includes(keyword)) {
    if (keyword !== "prompt") def.type = keyword.replace(/^def_/, "").replace("boolean", "bool");
    if (keyword.startsWith("def_")) return;
    const prompt = /^("(?:[^"\\]|\\.)*"|'[^']*')\s*(?:if\s+(.*))?$/.exec(rest.trim());
    if (prompt) {
      def.hasPrompt = true;
      if (prompt[2]) def.promptIf.push(cond("prompt if", prompt[2]));
    }
  }
}
function popBlock(stack, kind, file, line, notes) {
  const top = stack[stack.length - 1];
  if (!top || top.kind !== kind) {
    notes.push(`${file}:${line}: end${kind} without a matching ${kind}`);
    return;
  }
  stack.pop();
}
function push(map, key, value) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
function indentOf(line) {
  let col = 0;
  for (const ch of line) {
    if (ch === " ") col++;
    else if (ch === "	") col = (Math.floor(col / 8) + 1) * 8;
    else break;
  }
  return col;
}
function stripComment(line) {
  let quote = null;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quote) {
      if (ch === "\\") i++;
      else if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === "#") return line.slice(0, i);
  }
  return line;
}
function splitFirst(text) {
  const match = /^(\S+)\s*(.*)$/.exec(text);
  return match ? [match[1], match[2]] : [text, ""];
}
function unquote2(text) {
  return /^".*"$|^'.*'$/.test(text) ? text.slice(1, -1) : text;
}
function expandPath(path, vars) {
  let unknown = false;
  const out = path.replace(/\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g, (_, name) => {
    const value = vars[name];
    if (value === void 0) unknown = true;
    return value ?? "";
  });
  return unknown || out.includes("$(") ? null : out;
}
function dirOf(path) {
  const slash = path.lastIndexOf("/");
  return slash < 0 ? "" : path.slice(0, slash);
}
function joinPath(dir, rel) {
  return dir ? `${dir}/${rel}` : rel;
}

// src/kernel/kconfig-load.ts
var MAX_KCONFIG_BYTES = 2 * 1024 * 1024;
function loadKconfigDb(srcRoot, srcArch) {
  const read = (rel) => {
    const clean = normalize(rel);
    if (clean.startsWith("..") || clean.startsWith("/")) return null;
    try {
      const path = join4(srcRoot, clean);
      if (statSync(path).size > MAX_KCONFIG_BYTES) return null;
      return readFileSync(path, "utf8");
    } catch {
      return null;
    }
  };
  return readKconfigTree(read, { SRCARCH: srcArch, ARCH: srcArch, HEADER_ARCH: srcArch });
}
function inferSrcArch(srcRoot, config) {
  let dirs;
  try {
    dirs = readdirSync(join4(srcRoot, "arch"));
  } catch {
    return null;
  }
  const hit = dirs.filter((d) => config.get(`CONFIG_${d.toUpperCase()}`) === "y");
  return hit.length === 1 ? hit[0] : null;
}

// src/kernel/metadata.ts
function newBuildState(now) {
  return {
    startedAt: now.toISOString(),
    finishedAt: null,
    status: "running",
    phase: null,
    message: null,
    interruptedBy: null,
    fingerprint: null,
    fingerprintInputs: null,
    compiler: null,
    kernelRelease: null,
    kernelVersion: null,
    patches: [],
    audit: null,
    durations: {},
    phaseStatus: {},
    artifacts: [],
    warnings: 0,
    errors: 0,
    ccache: null,
    modules: []
  };
}
var TUXMAKE_TARGETS = { config: "config", kernel: "kernel", modules_install: "modules", dtbs: "dtbs" };
function toMetadata(plan, state) {
  const targets = {};
  for (const [phase, name] of Object.entries(TUXMAKE_TARGETS)) {
    const status = state.phaseStatus[phase];
    if (status) targets[name] = { status, duration: state.durations[phase] ?? 0 };
  }
  const byKind = (kind) => state.artifacts.filter((a) => a.kind === kind).map((a) => a.path);
  const total = Object.values(state.durations).reduce((a, b) => a + (b ?? 0), 0);
  const makeVariables = Object.fromEntries(plan.make.filter((a) => /^[A-Z_]+=/.test(a)).map((a) => a.split(/=(.*)/s).slice(0, 2)));
  return {
    build: {
      targets: plan.targets,
      target_arch: plan.arch.linuxArch,
      toolchain: state.compiler ? `${state.compiler.name}-${state.compiler.version.split(".")[0]}` : "gcc",
      wrapper: plan.ccache ? "ccache" : "none",
      environment: plan.env,
      kconfig: plan.base.kind === "target" ? plan.base.target : plan.base.display,
      kconfig_add: plan.fragments.map((f) => f.display),
      jobs: plan.jobs,
      runtime: "null",
      verbose: false,
      make_variables: makeVariables,
      reproducer_cmdline: kernelMake(plan)
    },
    results: {
      status: state.status === "pass" || state.status === "skipped" ? "PASS" : "FAIL",
      targets,
      artifacts: {
        kernel: byKind("kernel"),
        config: byKind("config"),
        log: byKind("log"),
        modules: byKind("modules"),
        dtbs: byKind("dtbs"),
        system_map: byKind("system_map"),
        symvers: byKind("symvers"),
        vmlinux: byKind("vmlinux")
      },
      errors: state.errors,
      warnings: state.warnings,
      duration: { ...state.durations, build: round(total) }
    },
    compiler: state.compiler ? { name: state.compiler.name, version: state.compiler.version, version_full: state.compiler.versionFull } : {},
    source: { kernelversion: state.kernelVersion, kernelrelease: state.kernelRelease },
    ...plan.source.type === "git" ? { git: { git_url: plan.source.url, git_branch: plan.source.ref, git_commit: plan.source.commit } } : {},
    ...state.ccache ? { ccache: state.ccache } : {},
    linkgate: {
      version: VERSION,
      schema: 1,
      status: state.status,
      partial: state.status === "running" || state.status === "cancelled",
      phase: state.phase,
      message: state.message,
      interrupted_by: state.interruptedBy,
      started_at: state.startedAt,
      finished_at: state.finishedAt,
      kernel_release: state.kernelRelease,
      fingerprint: state.fingerprint,
      fingerprint_inputs: state.fingerprintInputs,
      source: plan.source,
      patches: state.patches,
      config_audit: state.audit ? { ok: state.audit.ok, options: state.audit.options, overridden: state.audit.overridden } : null,
      artifacts: state.artifacts,
      modules: state.modules
    }
  };
}
function round(seconds) {
  return Math.round(seconds * 1e3) / 1e3;
}
function kernelMake(plan) {
  for (const step of plan.steps) if (step.kind === "command" && step.phase === "kernel") return step.argv;
  return [];
}

// src/kernel/patch-apply.ts
import { readFile as readFile3 } from "node:fs/promises";

// src/kernel/patch-failure.ts
function parsePatchFailure(tool, output) {
  const lines = output.split("\n").map((l) => l.trim());
  if (tool === "patch") {
    let file = null;
    for (const line of lines) {
      const patching = /^(?:checking|patching) file '?(.+?)'?$/.exec(line);
      if (patching) file = patching[1];
      const failed = /^Hunk #(\d+) FAILED at (\d+)/.exec(line);
      if (failed) return { file, hunk: Number(failed[1]), treeLine: Number(failed[2]), detail: line };
      if (/^can't find file to patch/.test(line)) return { file: null, hunk: null, treeLine: null, detail: "a file to patch does not exist in the tree" };
      if (/Reversed \(or previously applied\) patch detected/.test(line)) {
        return { file, hunk: null, treeLine: null, detail: "the patch is already applied (or reversed)" };
      }
      if (/^patch: \*\*\*\* (.+)$/.test(line)) return { file, hunk: null, treeLine: null, detail: line.replace(/^patch: \*\*\*\* /, "") };
    }
    return { file, hunk: null, treeLine: null, detail: lastMeaningful(lines) };
  }
  for (const line of lines) {
    const failed = /^error: patch failed: (.+):(\d+)$/.exec(line);
    if (failed) return { file: failed[1], hunk: null, treeLine: Number(failed[2]), detail: `patch failed at ${failed[1]}:${failed[2]}` };
    const missing = /^error: (.+): (does not exist in index|already exists in index|No such file or directory)$/.exec(line);
    if (missing) return { file: missing[1], hunk: null, treeLine: null, detail: `${missing[1]}: ${missing[2]}` };
    if (/Patch format detection failed|does not look like a mail|Patch is empty/.test(line)) {
      return { file: null, hunk: null, treeLine: null, detail: `${line} (git am needs git format-patch output)` };
    }
  }
  return { file: null, hunk: null, treeLine: null, detail: lastMeaningful(lines) };
}
function lastMeaningful(lines) {
  const meaningful = lines.filter((l) => l !== "" && !/^hint:/.test(l));
  return meaningful.slice(-3).join(" | ") || "the patch does not apply";
}
function locateHunk(patchText, file, by) {
  const lines = patchText.split("\n");
  let current = null;
  let count = 0;
  let firstInFile = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const target = /^\+\+\+ (?:b\/)?(\S+)/.exec(line);
    if (target && lines[i - 1]?.startsWith("--- ")) {
      const newPath = target[1];
      const oldPath = /^--- (?:a\/)?(\S+)/.exec(lines[i - 1])?.[1] ?? "";
      current = newPath === file || oldPath === file || newPath === "/dev/null" && oldPath === file ? file : null;
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

// src/kernel/patch-apply.ts
async function applyPatch(step, run, logger) {
  if (step.dryRunArgv) {
    const dry = await run(step.dryRunArgv);
    if (dry.exitCode !== 0) await fail(step, `${dry.stdout}
${dry.stderr}`, logger);
  }
  const result = await run(step.argv);
  if (result.exitCode === 0) return;
  const output = `${result.stdout}
${result.stderr}`;
  if (step.tool === "git-am") {
    const srcDir = step.argv[2];
    await run(["git", "-C", srcDir, "am", "--abort"]);
  }
  await fail(step, output, logger);
}
async function fail(step, output, logger) {
  const failure = parsePatchFailure(step.tool, output);
  const text = await readFile3(step.patch, "utf8").catch(() => "");
  const hunk = failure.file ? locateHunk(text, failure.file, { hunk: failure.hunk, treeLine: failure.treeLine }) : null;
  const display = step.display;
  const where2 = failure.file ? ` in ${failure.file}${hunk ? ` (hunk #${hunk.hunk}: ${hunk.header})` : ""}` : "";
  const message = `patch ${display} does not apply${where2}: ${failure.detail}`;
  logger.error(message, { file: display, line: hunk?.patchLine ?? 1, title: "patch does not apply" });
  throw new UsageError(message, {
    details: [`tool: ${step.tool === "git-am" ? "git am" : "patch -p1"}`, ...output.split("\n").filter((l) => l.trim() !== "").slice(-8).map((l) => `  | ${l}`)]
  });
}

// src/kernel/preflight.ts
import { readFile as readFile4, stat as stat2 } from "node:fs/promises";
async function preflight(plan, logger) {
  const problems = [];
  const requests = [];
  for (const fragment of plan.fragments) {
    const text = await readSmall(fragment.path, fragment.display, problems);
    if (text === null) continue;
    const parsed = parseFragment(text);
    for (const p of parsed.problems) {
      problems.push(`${fragment.display}:${p.line}: ${p.message}`);
      logger.error(p.message, { file: fragment.display, line: p.line, title: "Kconfig fragment syntax" });
    }
    for (const entry of parsed.entries) requests.push({ ...entry, fragment: fragment.display, policy: fragment.policy });
  }
  for (const patch of plan.patches) await expectFile(patch.path, `patch ${patch.display}`, problems);
  if (plan.base.kind === "file") await expectFile(plan.base.path, `base config ${plan.base.display}`, problems);
  for (const module of plan.modules) {
    const info = await stat2(module.path).catch(() => null);
    if (!info?.isDirectory()) problems.push(`module ${module.name}: ${module.display} is not a directory`);
  }
  if (plan.source.type === "tarball") await expectFile(plan.source.path, `kernel tarball ${plan.source.path}`, problems);
  if (plan.source.type === "local") {
    const info = await stat2(plan.source.path).catch(() => null);
    if (!info?.isDirectory()) problems.push(`kernel source ${plan.source.path} is not a directory`);
  }
  if (problems.length > 0) throw new UsageError(`the build inputs have ${problems.length} problem(s)`, { details: problems });
  return requests;
}
async function readSmall(path, display, problems) {
  try {
    const info = await stat2(path);
    if (!info.isFile()) {
      problems.push(`fragment ${display} is not a file`);
      return null;
    }
    if (info.size > MAX_FRAGMENT_BYTES) {
      problems.push(`fragment ${display} is ${info.size} bytes; the limit is ${MAX_FRAGMENT_BYTES}`);
      return null;
    }
    return await readFile4(path, "utf8");
  } catch (error) {
    problems.push(`fragment ${display}: cannot read (${error.code ?? String(error)})`);
    return null;
  }
}
async function expectFile(path, what, problems) {
  const info = await stat2(path).catch(() => null);
  if (!info?.isFile()) problems.push(`${what}: no such file`);
}

// src/kernel/source-prep.ts
import { cp, mkdir as mkdir2, readFile as readFile5, rm, stat as stat3, writeFile } from "node:fs/promises";
import { join as join5 } from "node:path";
var STAMP = ".linkgate-source";
function sourceStamp(plan, patchHashes) {
  const source = plan.source.type === "git" ? { ...plan.source, ref: void 0 } : plan.source;
  return canonicalJson({ source, patches: patchHashes, srcDir: plan.srcDir });
}
async function preparedSourceMatches(plan, stamp) {
  if (!plan.preparesSource) return true;
  const found = await readFile5(join5(plan.srcDir, STAMP), "utf8").catch(() => null);
  return found === stamp;
}
async function resetSourceDir(plan) {
  if (!plan.preparesSource) return;
  await rm(plan.srcDir, { recursive: true, force: true });
  await mkdir2(join5(plan.workDir, "src"), { recursive: true });
}
async function writeSourceStamp(plan, stamp) {
  if (plan.preparesSource) await writeFile(join5(plan.srcDir, STAMP), stamp);
}
async function ensureBuildDirFor(plan, stamp) {
  const path = join5(plan.buildDir, STAMP);
  const found = await readFile5(path, "utf8").catch(() => null);
  let wiped = false;
  if (found !== stamp) {
    wiped = found !== null || await stat3(plan.buildDir).catch(() => null) !== null;
    await rm(plan.buildDir, { recursive: true, force: true });
  }
  await mkdir2(plan.buildDir, { recursive: true });
  await writeFile(path, stamp);
  return wiped;
}
async function checkTree(path) {
  const missing = [];
  for (const name of ["Makefile", "Kconfig", "scripts/kconfig/merge_config.sh"]) {
    if (!await stat3(join5(path, name)).catch(() => null)) missing.push(name);
  }
  if (missing.length > 0) {
    throw new UsageError(`${path} is not a kernel source tree (missing ${missing.join(", ")})`, {
      details: ["a tarball must unpack to one top directory named like the tarball (linux-source-6.1.tar.xz \u2192 linux-source-6.1/)"]
    });
  }
}
async function copyTree(from, to) {
  await rm(to, { recursive: true, force: true });
  await mkdir2(join5(to, ".."), { recursive: true });
  await cp(from, to, { recursive: true, preserveTimestamps: true, verbatimSymlinks: true });
}

// src/kernel/source-verify.ts
async function verifySha256(path, expected) {
  let actual;
  try {
    actual = await sha256File(path);
  } catch (error) {
    throw new UsageError(`cannot read kernel tarball ${path}: ${error.code ?? String(error)}`);
  }
  if (actual !== expected) {
    throw new UsageError(`kernel tarball ${path} has sha256 ${actual}, but the manifest pins ${expected}`, {
      details: ["refusing to build an unpinned source: update kernel.source.sha256 if the new tarball is intended"]
    });
  }
}
async function verifyCommit(step, run) {
  const listed = await run(["git", "ls-remote", "--", step.repo, step.ref, `${step.ref}^{}`]);
  if (listed.exitCode !== 0) {
    throw new InfraError(`cannot list refs of ${step.repo} (git ls-remote exit ${listed.exitCode})`, {
      details: listed.stderr.split("\n").filter((l) => l.trim() !== "").slice(-3)
    });
  }
  const refs = /* @__PURE__ */ new Map();
  for (const line of listed.stdout.split("\n")) {
    const [sha, name] = line.trim().split(/\s+/);
    if (sha && name) refs.set(name, sha);
  }
  const candidates = [`refs/tags/${step.ref}^{}`, `refs/tags/${step.ref}`, `refs/heads/${step.ref}`, step.ref];
  const found = candidates.map((c) => refs.get(c)).find((sha) => sha !== void 0);
  if (found === void 0) throw new UsageError(`ref ${step.ref} does not exist in ${step.repo}`);
  if (found !== step.commit) {
    throw new UsageError(`ref ${step.ref} resolves to ${found}, but the manifest pins ${step.commit}`, {
      details: ["update kernel.source.commit if the new commit is intended; builds are pinned"]
    });
  }
}

// src/kernel/toolchain.ts
async function probeTools(plan, runner) {
  const started = Date.now();
  const missing = [];
  let compiler = null;
  for (const step of plan.steps) {
    if (step.kind !== "tool") continue;
    let ok = false;
    let firstLine = "";
    try {
      const result = await runner.run({ argv: step.argv, timeoutMs: 3e4, maxOutputBytes: 64 * 1024 });
      ok = result.exitCode === 0;
      firstLine = (result.stdout.split("\n")[0] ?? "").trim();
    } catch {
      ok = false;
    }
    if (!ok) missing.push({ tool: step.name, pkg: step.package });
    else if (step.name === `${plan.crossCompile}gcc`) compiler = parseCompilerVersion(firstLine);
  }
  if (missing.length > 0 || !compiler) {
    const packages = [...new Set(missing.map((m) => m.pkg))];
    const first = missing[0];
    const headline = first && first.tool.endsWith("gcc") ? `cross compiler ${first.tool} not found: install the Debian package ${first.pkg}` : `missing build tools: ${missing.map((m) => m.tool).join(", ")}`;
    throw new InfraError(headline, {
      details: [
        ...missing.map((m) => `${m.tool}: not found (Debian package ${m.pkg})`),
        ...packages.length > 0 ? [`install: apt-get install -y --no-install-recommends ${packages.join(" ")}`] : []
      ]
    });
  }
  return { compiler, seconds: (Date.now() - started) / 1e3 };
}
function parseCompilerVersion(firstLine) {
  const version = /(\d+\.\d+(?:\.\d+)?)\s*$/.exec(firstLine)?.[1] ?? /(\d+\.\d+(?:\.\d+)?)/.exec(firstLine)?.[1] ?? "unknown";
  const name = /clang/.test(firstLine) ? "clang" : "gcc";
  return { name, version, versionFull: firstLine };
}
async function ccacheStats(runner, env) {
  try {
    const result = await runner.run({ argv: ["ccache", "--print-stats"], env, timeoutMs: 3e4 });
    if (result.exitCode !== 0) return null;
    const values = /* @__PURE__ */ new Map();
    for (const line of result.stdout.split("\n")) {
      const [key, value] = line.split("	");
      if (key && value !== void 0) values.set(key, Number(value));
    }
    const hits = (values.get("direct_cache_hit") ?? 0) + (values.get("preprocessed_cache_hit") ?? 0);
    return { hits, misses: values.get("cache_miss") ?? 0 };
  } catch {
    return null;
  }
}

// src/kernel/run-build.ts
var METADATA_FILE = "metadata.json";
var LOG_FILE = "build.log";
async function runBuild(plan, deps, options = {}) {
  const { logger, clock } = deps;
  const requests = await preflight(plan, logger);
  const state = newBuildState(new Date(clock.now()));
  const metadataPath = join6(plan.outDir, METADATA_FILE);
  await mkdir3(plan.outDir, { recursive: true });
  const tools = await probeTools(plan, deps.runner);
  state.compiler = tools.compiler;
  state.durations.toolchain = round(tools.seconds);
  state.phaseStatus.toolchain = "PASS";
  const fingerprint = await computeFingerprint(plan, tools.compiler.versionFull, deps.runner);
  state.fingerprint = fingerprint.value;
  state.fingerprintInputs = fingerprint.inputs;
  state.patches = fingerprint.patches;
  if (!options.force) {
    const previous = await previousBuildMatches(metadataPath, fingerprint.value, plan.outDir);
    if (previous) {
      logger.info(`fingerprint unchanged (${fingerprint.value}): skipping the build; --force rebuilds`);
      return { exitCode: ExitCode.Pass, status: "skipped", message: "fingerprint unchanged", details: [], state: previous, metadataPath };
    }
  }
  await clearOutputs(plan);
  const log = new BuildLog(join6(plan.outDir, LOG_FILE), logger, [
    { from: plan.srcDir, to: "" },
    ...plan.modules.map((m) => ({ from: m.buildPath, to: m.display.replace(/\/+$/, "") }))
  ], deps.echo ?? true);
  log.note(`# linkgate build, fingerprint ${fingerprint.value}
# ${tools.compiler.versionFull}`);
  const write = () => writeMetadata(metadataPath, toMetadata(plan, state));
  let phaseStarted = clock.now();
  const enter = async (phase) => {
    if (state.phase === phase) return;
    if (state.phase !== null && state.phase !== "toolchain") {
      state.durations[state.phase] = round((state.durations[state.phase] ?? 0) + (clock.now() - phaseStarted) / 1e3);
      state.phaseStatus[state.phase] = "PASS";
    }
    state.phase = phase;
    phaseStarted = clock.now();
    logger.info(`== ${phase}`);
    log.note(`
## phase ${phase}`);
    await write();
  };
  const run = async (argv, cwd) => {
    if (deps.signal.aborted) throw new Cancelled();
    log.note(`$ ${formatArgv(argv)}`);
    let result;
    try {
      result = await deps.runner.run({
        argv,
        cwd,
        env: plan.env,
        signal: deps.signal,
        maxOutputBytes: 1024 * 1024,
        onLine: (_stream, line) => log.line(line, plan.buildDir)
      });
    } catch (error) {
      throw new InfraError(`cannot run ${argv[0]}: ${messageOf(error)}`);
    }
    if (result.cancelled) throw new Cancelled();
    if (log.diskFull || log.writeError) throw diskFull(plan, log);
    return result;
  };
  const stamp = sourceStamp(plan, state.patches.map((p) => p.sha256));
  const reuseSource = await preparedSourceMatches(plan, stamp);
  await write();
  try {
    for (const step of plan.steps) {
      if (step.kind === "tool") continue;
      if (reuseSource && (step.phase === "source" || step.phase === "patch") && plan.preparesSource) {
        state.phaseStatus[step.phase] = "SKIP";
        continue;
      }
      await enter(step.phase);
      if (step.phase === "config" && step === firstOf(plan, "config")) {
        if (plan.preparesSource && !reuseSource) await writeSourceStamp(plan, stamp);
        if (await ensureBuildDirFor(plan, stamp)) logger.info("the O= directory was built from another tree: emptied it");
      }
      if (step.phase === "source" && step === firstOf(plan, "source") && !reuseSource) await resetSourceDir(plan);
      await runStep(step, plan, state, requests, run, deps, log);
    }
    const now = clock.now();
    if (state.phase) {
      state.durations[state.phase] = round((state.durations[state.phase] ?? 0) + (now - phaseStarted) / 1e3);
      state.phaseStatus[state.phase] = "PASS";
    }
    state.status = "pass";
    state.phase = null;
    state.message = `built ${state.kernelRelease ?? "the kernel"}`;
  } catch (error) {
    state.phaseStatus[state.phase ?? "toolchain"] = "FAIL";
    if (state.phase) state.durations[state.phase] = round((state.durations[state.phase] ?? 0) + (clock.now() - phaseStarted) / 1e3);
    const failure = classify(error, plan, log, deps.signal);
    state.status = failure.status;
    state.message = failure.message;
    state.interruptedBy = failure.status === "cancelled" ? reasonOf(deps.signal) : null;
    await finish(plan, state, log, metadataPath);
    if (failure.error) throw failure.error;
    return { exitCode: failure.exitCode, status: state.status, message: failure.message, details: failure.details, state, metadataPath };
  }
  await finish(plan, state, log, metadataPath);
  return { exitCode: ExitCode.Pass, status: "pass", message: state.message ?? "built", details: [], state, metadataPath };
}
async function runStep(step, plan, state, requests, run, deps, log) {
  switch (step.kind) {
    case "tool":
      return;
    case "verify-sha256":
      return verifySha256(step.path, step.sha256);
    case "verify-commit":
      return verifyCommit(step, run);
    case "check-tree":
      state.kernelVersion = await readKernelVersion(step.path);
      return checkTree(step.path);
    case "copy":
      if (step.phase === "config") {
        await mkdir3(plan.buildDir, { recursive: true });
        await writeFile2(step.to, await readFile6(step.from));
      } else await copyTree(step.from, step.to);
      return;
    case "apply-patch":
      return applyPatch(step, run, deps.logger);
    case "audit":
      return runAudit(plan, state, requests, deps.logger);
    case "collect": {
      state.kernelRelease = await readKernelRelease(plan.buildDir);
      state.kernelVersion ??= await readKernelVersion(plan.srcDir);
      const collected = await collectArtifacts(plan);
      state.artifacts = collected.artifacts;
      state.modules = collected.modules;
      state.warnings = log.warnings;
      state.errors = log.errors;
      return;
    }
    case "command": {
      const before = step.phase === "kernel" && plan.ccache ? await ccacheStats(deps.runner, plan.env) : null;
      const result = await run(step.argv, step.cwd);
      if (before) {
        const after = await ccacheStats(deps.runner, plan.env);
        if (after) state.ccache = { hits: after.hits - before.hits, misses: after.misses - before.misses };
      }
      if (result.exitCode === 0) return;
      const what = `${step.name} failed (exit ${result.exitCode ?? result.signal})`;
      const first = log.firstError();
      const details = [
        ...first ? [`first error: ${first.file ? `${first.file}:${first.line}: ` : ""}${first.message}`] : [],
        ...[...log.hints].map((pkg) => `a host package seems to be missing: install the Debian package ${pkg}`),
        ...log.tail.slice(-12).map((l) => `  | ${l}`)
      ];
      if (step.phase === "config") throw new UsageError(`configuration step ${what}`, { details });
      if (step.phase === "source") throw new InfraError(`source step ${what}`, { details });
      if (log.hints.size > 0) throw new InfraError(`${what}: the build host lacks a package`, { details });
      throw new BuildFailed(what, details);
    }
  }
}
async function runAudit(plan, state, requests, logger) {
  const config = parseDotConfig(await readFile6(join6(plan.buildDir, ".config"), "utf8"));
  const db = loadKconfigDb(plan.srcDir, plan.arch.linuxArch);
  for (const note of db.notes.slice(0, 5)) logger.debug(`kconfig: ${note}`);
  const audit = auditConfig(requests, config, db);
  state.audit = audit;
  await writeFile2(join6(plan.outDir, "config-audit.json"), JSON.stringify(toConfigCheckJson(audit), null, 2) + "\n");
  for (const o of audit.overridden) logger.warn(`${o.symbol} requested at ${o.fragment}:${o.line} is overridden by ${o.by}`);
  for (const o of audit.options) {
    if (o.status === "kept") continue;
    const text = `${o.symbol}=${o.requested} was ${o.status}${o.actual === null ? " (absent from .config)" : ` to ${o.actual}`}: ${o.reason}`;
    const annotation = { file: o.fragment, line: o.line, title: `config option ${o.status}` };
    if (o.policy === "fail") logger.error(text, annotation);
    else logger.warn(text, annotation);
  }
  const counts = { kept: 0, changed: 0, dropped: 0 };
  for (const o of audit.options) counts[o.status]++;
  logger.info(`config audit: ${counts.kept} kept, ${counts.changed} changed, ${counts.dropped} dropped`);
  const blocking = blockingOptions(audit);
  if (blocking.length > 0) {
    throw new UsageError(`config audit: ${blocking.length} requested option(s) did not hold`, {
      details: blocking.map((o) => `${o.fragment}:${o.line}: ${o.symbol}=${o.requested} ${o.status}: ${o.reason}`)
    });
  }
}
function firstOf(plan, phase) {
  return plan.steps.find((s) => s.phase === phase);
}
async function finish(plan, state, log, metadataPath) {
  state.finishedAt = (/* @__PURE__ */ new Date()).toISOString();
  state.warnings = log.warnings;
  state.errors = log.errors;
  log.note(`# ${state.status}: ${state.message ?? ""}`);
  await log.close();
  if (!log.writeError) {
    const existing = state.artifacts.filter((a) => a.kind !== "log");
    state.artifacts = [...existing, await artifactFor(plan.outDir, log.path, "log").catch(() => null)].filter((a) => a !== null);
  }
  await writeMetadata(metadataPath, toMetadata(plan, state)).catch(() => void 0);
}
async function writeMetadata(path, metadata) {
  const tmp = `${path}.tmp`;
  await writeFile2(tmp, JSON.stringify(metadata, null, 2) + "\n");
  await rename(tmp, path);
}
async function clearOutputs(plan) {
  const names = [plan.arch.imageTarget, "System.map", "config", "Module.symvers", "vmlinux", "modules", "dtbs", "external", "config-audit.json", LOG_FILE, METADATA_FILE];
  for (const name of names) await rm2(join6(plan.outDir, name), { recursive: true, force: true });
}

export {
  archInfo,
  planFromManifest,
  describePlan,
  auditConfig,
  toConfigCheckJson,
  MAX_FRAGMENT_BYTES,
  parseFragment,
  parseDotConfig,
  loadKconfigDb,
  inferSrcArch,
  runBuild
};
