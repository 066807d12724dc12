import { createRequire as __linkgateRequire } from 'node:module'; const require = __linkgateRequire(import.meta.url);
import {
  GatePolicy,
  require_dist
} from "./chunk-GIWQTAUD.js";
import {
  UsageError,
  __toESM,
  external_exports
} from "./chunk-2RUS7HNP.js";

// src/manifest/load.ts
var import_yaml = __toESM(require_dist(), 1);
import { readFile, stat } from "node:fs/promises";

// src/remote/host-key-pin.ts
import { createHash, createHmac } from "node:crypto";
var KEY_TYPES = /* @__PURE__ */ new Set([
  "ssh-ed25519",
  "ssh-rsa",
  "ecdsa-sha2-nistp256",
  "ecdsa-sha2-nistp384",
  "ecdsa-sha2-nistp521",
  "sk-ssh-ed25519@openssh.com",
  "sk-ecdsa-sha2-nistp256@openssh.com"
]);
function parseHostKeyPin(text) {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: false, message: "empty host key" };
  const fp = /^SHA256:([A-Za-z0-9+/]{43})=?$/.exec(trimmed);
  if (fp?.[1]) return { ok: true, pin: { kind: "fingerprint", sha256: fp[1] } };
  if (trimmed.startsWith("SHA256:")) {
    return { ok: false, message: "not a SHA256 fingerprint: expected SHA256: followed by 43 base64 characters" };
  }
  if (/^MD5:|^([0-9a-f]{2}:){15}[0-9a-f]{2}$/i.test(trimmed)) {
    return { ok: false, message: "MD5 fingerprints are not accepted; pin the SHA256 fingerprint or the public key" };
  }
  const fields = trimmed.split(/\s+/);
  let certAuthority = false;
  if (fields[0] === "@cert-authority") {
    certAuthority = true;
    fields.shift();
  } else if (fields[0] === "@revoked") {
    return { ok: false, message: "@revoked lines cannot be pins" };
  }
  let hosts = null;
  if (fields[0] !== void 0 && !KEY_TYPES.has(fields[0])) {
    hosts = fields.shift().split(",");
  }
  const [type, base64] = fields;
  if (type === void 0 || !KEY_TYPES.has(type)) {
    return {
      ok: false,
      message: `not a host key: expected "SHA256:\u2026", "<key-type> <base64>" or a known_hosts line (got ${preview(trimmed)})`
    };
  }
  if (base64 === void 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(base64)) {
    return { ok: false, message: `${type} key has no valid base64 body` };
  }
  const blob = Buffer.from(base64, "base64");
  const embedded = readSshString(blob);
  if (embedded !== type) {
    return { ok: false, message: `key body does not hold a ${type} key${embedded ? ` (it holds ${preview(embedded)})` : ""}` };
  }
  if (certAuthority && hosts === null) return { ok: false, message: "@cert-authority needs a host pattern" };
  return { ok: true, pin: { kind: "key", type, blob, sha256: fingerprintOf(blob), certAuthority, hosts } };
}
function fingerprintOf(blob) {
  return createHash("sha256").update(blob).digest("base64").replace(/=+$/, "");
}
function readSshString(blob) {
  if (blob.length < 4) return null;
  const length = blob.readUInt32BE(0);
  if (length > 64 || blob.length < 4 + length) return null;
  return blob.subarray(4, 4 + length).toString("latin1");
}
function preview(text) {
  const flat = JSON.stringify(text);
  return flat.length > 40 ? `${flat.slice(0, 37)}\u2026"` : flat;
}
function hostsMatch(patterns, host, port) {
  const name = port === 22 ? host : `[${host}]:${port}`;
  let matched = false;
  for (const raw of patterns) {
    const negated = raw.startsWith("!");
    const pattern = negated ? raw.slice(1) : raw;
    const hit = pattern.startsWith("|1|") ? hashedMatch(pattern, name) : globMatch(pattern.toLowerCase(), name.toLowerCase());
    if (hit && negated) return false;
    if (hit) matched = true;
  }
  return matched;
}
function globMatch(pattern, name) {
  const source = pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
  return new RegExp(`^${source}$`).test(name);
}
function hashedMatch(pattern, name) {
  const [, , salt, hash] = pattern.split("|");
  if (!salt || !hash) return false;
  const digest = createHmac("sha1", Buffer.from(salt, "base64")).update(name).digest("base64");
  return digest === hash;
}

// src/manifest/schema/signing.ts
var SecretRef = external_exports.object({
  env: external_exports.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "expected an environment variable name").optional(),
  file: external_exports.string().min(1).optional()
}).strict().refine((ref) => ref.env === void 0 !== (ref.file === void 0), "give exactly one of env or file");
var Signing = external_exports.object({
  key: SecretRef.describe("The module signing private key (PEM)."),
  cert: external_exports.string().min(1).describe("The X.509 certificate (PEM or DER) matching the key."),
  hash: external_exports.enum(["sha256", "sha384", "sha512"]).default("sha256"),
  strip: external_exports.boolean().default(false).describe("Strip debug info before signing."),
  method: external_exports.enum(["auto", "sign-file", "openssl"]).default("auto").describe("auto: the kernel tree's scripts/sign-file when present, else openssl CMS.")
}).strict();

// src/manifest/schema/canary.ts
var HostKeyPinText = external_exports.string().superRefine((text, ctx) => {
  const parsed = parseHostKeyPin(text);
  if (!parsed.ok) ctx.addIssue({ code: "custom", message: parsed.message });
});
var Hook = external_exports.array(external_exports.string()).min(1).describe("A command as argv, run on the node over SSH (never through a local shell).");
var ExpectedTopology = external_exports.object({
  gpus: external_exports.number().int().nonnegative().describe("GPUs the node must show."),
  nvlinksPerPair: external_exports.number().int().nonnegative().optional().describe("NVLinks between every pair of GPUs in an island (e.g. 18 for H100 NV18)."),
  linkSpeedGBs: external_exports.number().positive().optional().describe("Per-link speed in GB/s as nvidia-smi nvlink -s prints it."),
  activeLinksPerGpu: external_exports.number().int().nonnegative().optional().describe("Active NVLinks every GPU must show in nvidia-smi nvlink -s (e.g. 18 for H100 SXM, 12 for A100 SXM)."),
  islands: external_exports.array(external_exports.array(external_exports.number().int().nonnegative())).optional().describe("Expected NVLink islands as GPU index lists; default: all GPUs in one island.")
}).strict();
var Canary = external_exports.object({
  name: external_exports.string().regex(/^[a-z0-9][a-z0-9._-]{0,62}$/, "canary names are lower-case letters, digits, ., _ and - (at most 63)"),
  host: external_exports.string().min(1).describe("Hostname or address."),
  port: external_exports.number().int().min(1).max(65535).default(22),
  user: external_exports.string().min(1),
  identity: SecretRef.optional().describe("Private key for the user; default: the SSH_PRIVATE_KEY environment variable."),
  hostKeys: external_exports.array(HostKeyPinText).default([]).describe("Pinned host keys (several while rotating): SHA256 fingerprints, public keys or known_hosts lines."),
  hostKeyPolicy: external_exports.enum(["pinned", "insecure-accept-new"]).default("pinned").describe("insecure-accept-new trusts the first key it sees and warns loudly; for labs only."),
  jump: external_exports.object({
    host: external_exports.string().min(1),
    port: external_exports.number().int().min(1).max(65535).default(22),
    user: external_exports.string().min(1),
    hostKeys: external_exports.array(HostKeyPinText).min(1, "at least one pinned host key is required")
  }).strict().optional().describe("A ProxyJump host."),
  labels: external_exports.record(external_exports.string().regex(/^[a-z][a-z0-9-]*$/, "label names are lower-case words"), external_exports.string()).default({}).describe("Free-form labels such as chassis, rack or node class."),
  control: external_exports.boolean().default(false).describe("A control canary keeps the known-good build."),
  expected: ExpectedTopology.optional(),
  driver: external_exports.object({
    module: external_exports.string().default("nvidia"),
    load: external_exports.enum(["modprobe", "insmod"]).default("modprobe"),
    path: external_exports.string().optional().describe("Module file on the node (for insmod and the sha256 check).")
  }).strict().prefault({}),
  boot: external_exports.object({
    strategy: external_exports.enum(["ab-slots", "hooks", "none"]).default("none").describe(
      "How deploy, promote and rollback reach the bootloader (docs/canary.md): hooks = the hooks drive the node's own boot entries; ab-slots = the hooks address two fixed slots a/b and linkgate keeps the slot table on the node; none = linkgate never touches the boot."
    ),
    install: Hook.optional(),
    reboot: Hook.optional(),
    rollback: Hook.optional(),
    promote: Hook.optional(),
    stagingDir: external_exports.string().regex(/^\/[\w./+-]*$/, "an absolute path of letters, digits and . _ - + /").optional().describe("Folder on the node that receives kernel images and modules before boot.install runs (and the ab-slots slot table); default /var/tmp/linkgate.")
  }).strict().prefault({})
}).strict().superRefine((canary, ctx) => {
  if (canary.hostKeyPolicy === "pinned" && canary.hostKeys.length === 0) {
    ctx.addIssue({ code: "custom", path: ["hostKeys"], message: "at least one pinned host key is required" });
  }
  if (canary.boot.strategy === "hooks" || canary.boot.strategy === "ab-slots") {
    for (const hook of ["install", "reboot", "rollback"]) {
      if (!canary.boot[hook]) {
        ctx.addIssue({ code: "custom", path: ["boot", hook], message: `boot strategy "${canary.boot.strategy}" needs a ${hook} hook` });
      }
    }
  }
});

// src/manifest/schema/devicetree.ts
var DtRequirementSchema = external_exports.object({
  path: external_exports.string().regex(/^\/[^\s]*$/, "an absolute node path such as /soc/nvlink-host-bridge"),
  compatible: external_exports.array(external_exports.string().min(1)).default([]).describe("Strings the node's compatible list must contain.")
}).strict();
var Board = external_exports.object({
  name: external_exports.string().regex(/^[a-z0-9][a-z0-9._-]{0,62}$/, "board names are lower-case letters, digits, ., _ and -"),
  model: external_exports.string().min(1).optional().describe('Matches the root "model" property, e.g. "riscv-virtio,qemu".'),
  serials: external_exports.array(external_exports.string().min(1)).default([]).describe("Serial numbers of boards that take this entry first."),
  baseDtb: external_exports.string().min(1).describe("The board's base DTB (path relative to the manifest)."),
  overlays: external_exports.array(external_exports.string().min(1)).default([]).describe(".dtso (compiled with dtc) or .dtbo files, applied in order."),
  require: external_exports.array(DtRequirementSchema).default([]).describe("Nodes that must exist after the overlays.")
}).strict().refine((board) => board.model !== void 0 || board.serials.length > 0, {
  message: "a board needs a model or at least one serial to be chosen by"
});
var DeviceTree = external_exports.object({
  boards: external_exports.array(Board).min(1)
}).strict();

// src/manifest/schema/kernel.ts
var Sha256 = external_exports.string().regex(/^[0-9a-f]{64}$/, "expected a sha256 as 64 lower-case hex digits");
var KernelSource = external_exports.discriminatedUnion("type", [
  external_exports.object({
    type: external_exports.literal("git"),
    url: external_exports.string().min(1).describe("Clone URL (https, ssh or a local path)."),
    ref: external_exports.string().min(1).describe("Branch or tag, for humans; the commit is what is built."),
    commit: external_exports.string().regex(/^[0-9a-f]{40}$/, "expected a full 40-hex-digit commit id").describe("The commit the ref must resolve to: builds are pinned.")
  }).strict(),
  external_exports.object({
    type: external_exports.literal("tarball"),
    path: external_exports.string().min(1).describe("Path to a .tar.{xz,gz,bz2} holding the tree (e.g. Debian linux-source-6.1)."),
    sha256: Sha256.describe("Expected sha256 of the tarball; a mismatch stops the build.")
  }).strict(),
  external_exports.object({
    type: external_exports.literal("local"),
    path: external_exports.string().min(1).describe("An unpacked kernel tree; built out of tree (O=), never modified.")
  }).strict()
]);
var ConfigFragment = external_exports.object({
  path: external_exports.string().min(1).describe("A Kconfig fragment (CONFIG_X=y lines)."),
  policy: external_exports.enum(["fail", "warn"]).default("fail").describe("What a dropped option does: fail the build (default) or warn.")
}).strict();
var Kernel = external_exports.object({
  source: KernelSource.describe("Where the kernel tree comes from, pinned."),
  arch: external_exports.enum(["riscv64", "arm64", "x86_64"]).default("riscv64").describe("Target architecture."),
  toolchain: external_exports.object({
    crossCompile: external_exports.string().default("riscv64-linux-gnu-").describe("CROSS_COMPILE prefix; the Debian package gcc-riscv64-linux-gnu provides the default."),
    ccache: external_exports.boolean().default(true).describe("Use ccache when it is installed."),
    ccacheDir: external_exports.string().min(1).optional().describe("CCACHE_DIR for the build (restore/save it with actions/cache); default: ccache's own.")
  }).strict().prefault({}),
  config: external_exports.object({
    base: external_exports.string().min(1).default("defconfig").describe("defconfig, tinyconfig, allnoconfig or a path to a full .config."),
    fragments: external_exports.array(ConfigFragment).default([]).describe("Merged in order with merge_config.sh, then audited.")
  }).strict().prefault({}),
  patches: external_exports.array(external_exports.string().min(1)).default([]).describe("Vendor BSP patches, applied in order (git am, or patch -p1 for non-git trees)."),
  targets: external_exports.array(external_exports.enum(["Image", "vmlinux", "modules", "dtbs"])).min(1).default(["Image", "modules"]).describe("make targets."),
  jobs: external_exports.number().int().positive().optional().describe("make -j; default: the number of CPUs.")
}).strict();
var OutOfTreeModule = external_exports.object({
  name: external_exports.string().regex(/^[A-Za-z0-9_-]+$/, "module names are letters, digits, - and _"),
  path: external_exports.string().min(1).describe("Directory with the module Kbuild/Makefile; built with make M=.")
}).strict();

// src/manifest/schema/smoke-settings.ts
var PreflightSettings = external_exports.object({
  requireIommu: external_exports.boolean().default(true).describe("IOMMU groups must exist (GPU passthrough and DMA isolation depend on it)."),
  requireSigEnforce: external_exports.boolean().default(false).describe("module.sig_enforce must be Y (only signed modules load)."),
  minFreeDiskMB: external_exports.number().nonnegative().default(1024).describe("Free disk floor in MB under workDir."),
  workDir: external_exports.string().min(1).default("/tmp").describe("Where free disk is measured (the node's scratch dir for the hardware scripts)."),
  maxClockSkewS: external_exports.number().nonnegative().default(5).describe("Largest tolerated difference between the node clock and the runner clock, in seconds.")
}).strict();
var BandwidthSettings = external_exports.object({
  testcase: external_exports.string().regex(/^[a-z0-9_]+$/).default("device_to_device_memcpy_write_ce").describe("nvbandwidth testcase (-t) for peer bandwidth. The floor and the regression limit are gate.bandwidthFloor and gate.maxRegression.")
}).strict();
var TrainingSettings = external_exports.object({
  tools: external_exports.array(external_exports.enum(["nccl", "train-step"])).min(1).default(["nccl", "train-step"]).describe("nccl: all_reduce_perf; train-step: tests/hardware/train_step.py."),
  minBytes: external_exports.string().regex(/^[0-9]+[KMG]?$/).default("8M").describe("all_reduce_perf -b: smallest size of the sweep."),
  maxBytes: external_exports.string().regex(/^[0-9]+[KMG]?$/).default("1G").describe("all_reduce_perf -e: largest size of the sweep; its row is the one judged."),
  busbwFloor: external_exports.number().gt(0).max(2).default(0.6).describe("Largest-row busbw as a fraction of one GPU's NVLink peak (active links \xD7 link speed); a ring all-reduce reaches ~0.75-0.8.")
}).strict();
var FabricSettings = external_exports.object({
  mtu: external_exports.number().int().positive().nullable().default(null).describe("Expected MTU of the RDMA netdevs (e.g. 9216 for jumbo frames); null: report only.")
}).strict();
var DcgmSettings = external_exports.object({
  level: external_exports.number().int().min(1).max(4).default(1).describe("dcgmi diag -r level."),
  expectLinks: external_exports.boolean().default(true).describe("Pass the expected NVLink count (pcie.gpu_nvlinks_expected_up) at level \u2265 2; without it DCGM passes with links down.")
}).strict();
var LeaseSettings = external_exports.object({
  waitS: external_exports.number().positive().default(3600).describe("Give up on a canary another run still holds after waiting this long (infrastructure error: INCONCLUSIVE)."),
  ttlS: external_exports.number().int().min(10).default(1800).describe("Lease lifetime in seconds; renewed every third of it while the suite runs, so a vanished holder frees the canary after at most this long."),
  pollS: external_exports.number().positive().default(10).describe("How often a waiting run asks again, in seconds.")
}).strict();

// src/manifest/schema/smoke.ts
var SMOKE_STEPS = [
  "preflight",
  "module-load",
  "topology",
  "peer-bandwidth",
  "training-step",
  "fabric",
  "dcgm-diag"
];
var Smoke = external_exports.object({
  steps: external_exports.array(external_exports.enum(SMOKE_STEPS)).min(1).default(["preflight", "module-load", "topology", "peer-bandwidth", "training-step"]).describe("Steps to run, in this order."),
  timeouts: external_exports.partialRecord(external_exports.enum(SMOKE_STEPS), external_exports.number().positive()).default({}).describe("Per-step timeout in seconds."),
  expectedKernelRelease: external_exports.string().optional().describe("uname -r the canaries must report after the bump."),
  expectedDriverVersion: external_exports.string().optional(),
  concurrency: external_exports.number().int().positive().default(16).describe("Canaries tested at once."),
  lease: LeaseSettings.prefault({}).describe("The exclusive lease each real canary is held under for the whole suite."),
  preflight: PreflightSettings.optional().describe("preflight thresholds: IOMMU, signature enforcement, free disk, clock skew."),
  bandwidth: BandwidthSettings.optional().describe("peer-bandwidth options."),
  training: TrainingSettings.optional().describe("training-step tools, all_reduce_perf sweep and busbw floor."),
  fabric: FabricSettings.optional().describe("fabric step: expected RDMA MTU."),
  dcgm: DcgmSettings.optional().describe("dcgm-diag level and expected-link hint.")
}).strict();

// src/manifest/schema/index.ts
var Manifest = external_exports.object({
  version: external_exports.literal(1).describe("Manifest format version."),
  kernel: Kernel.optional().describe("The riscv64 kernel to build."),
  modules: external_exports.array(OutOfTreeModule).default([]).describe("Out-of-tree modules built against the kernel."),
  signing: Signing.optional().describe("Module signing."),
  canaries: external_exports.array(Canary).default([]).describe("The canary fleet."),
  devicetree: DeviceTree.optional().describe("Per-board base DTBs, overlays and required nodes."),
  smoke: Smoke.prefault({}).describe("The smoke suite run on every canary."),
  gate: GatePolicy.prefault({}).describe("The rollback gate policy.")
}).strict().superRefine((manifest, ctx) => {
  const seen = /* @__PURE__ */ new Map();
  manifest.canaries.forEach((canary, index) => {
    const first = seen.get(canary.name);
    if (first === void 0) seen.set(canary.name, index);
    else {
      ctx.addIssue({
        code: "custom",
        path: ["canaries", index, "name"],
        message: `duplicate canary name "${canary.name}" (first used by canaries[${first}])`
      });
    }
  });
  const modules = /* @__PURE__ */ new Set();
  manifest.modules.forEach((module, index) => {
    if (modules.has(module.name)) {
      ctx.addIssue({ code: "custom", path: ["modules", index, "name"], message: `duplicate module name "${module.name}"` });
    }
    modules.add(module.name);
  });
});

// src/manifest/load.ts
var MAX_MANIFEST_BYTES = 1024 * 1024;
var MAX_ALIAS_COUNT = 100;
function formatProblem(p) {
  return `${p.file}:${p.line}:${p.column}: ${p.path ? `${p.path}: ` : ""}${p.message}`;
}
function parseManifest(text, file) {
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_MANIFEST_BYTES) {
    return fail([{ file, line: 1, column: 1, path: "", message: `manifest is ${bytes} bytes; the limit is ${MAX_MANIFEST_BYTES}` }]);
  }
  const lineCounter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  const at = (offset) => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  const syntax = doc.errors.map((error) => ({
    file,
    ...at(error.pos[0]),
    path: "",
    message: yamlMessage(error.code, error.message)
  }));
  if (syntax.length > 0) return fail(syntax);
  let data;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const message = error instanceof ReferenceError && /alias/i.test(error.message) ? `too many alias expansions (limit ${MAX_ALIAS_COUNT}): refusing a YAML alias bomb` : `cannot read the document: ${error.message}`;
    return fail([{ file, line: 1, column: 1, path: "", message }]);
  }
  if (data === null || data === void 0) {
    return fail([{ file, line: 1, column: 1, path: "", message: 'the manifest is empty; expected a mapping with "version: 1"' }]);
  }
  const result = Manifest.safeParse(data);
  if (result.success) return { ok: true, manifest: result.data };
  return fail(result.error.issues.flatMap((issue) => problemsForIssue(issue, doc, file, at)));
}
async function loadManifest(file) {
  let size;
  try {
    size = (await stat(file)).size;
  } catch (error) {
    throw new UsageError(`cannot read manifest ${file}: ${error.code ?? String(error)}`);
  }
  if (size > MAX_MANIFEST_BYTES) {
    return fail([{ file, line: 1, column: 1, path: "", message: `manifest is ${size} bytes; the limit is ${MAX_MANIFEST_BYTES}` }]);
  }
  return parseManifest(await readFile(file, "utf8"), file);
}
async function requireManifest(path, label = path) {
  const parsed = await loadManifest(path);
  if (parsed.ok) return parsed.manifest;
  throw new UsageError(`${label}: invalid manifest (${parsed.problems.length} problem(s))`, {
    details: parsed.problems.map(formatProblem)
  });
}
function fail(problems) {
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  return { ok: false, problems };
}
function problemsForIssue(issue, doc, file, at) {
  const path = issue.path.filter((p) => typeof p !== "symbol");
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => {
      const keyNode = findKeyNode(doc, path, key);
      return {
        file,
        ...at(keyNode?.range?.[0] ?? 0),
        path: formatPath([...path, key]),
        message: `unknown key "${key}"${suggest(key, doc, path)}`
      };
    });
  }
  const { node, missing } = deepestNode(doc, path);
  const absent = missing && (issue.code === "invalid_type" || issue.code === "invalid_value");
  const message = absent ? "is required" : issue.code === "invalid_type" && issue.expected === "string" && typeof valueAt(doc, path) === "number" ? `${issue.message} (quote it: YAML reads unquoted digits as a number)` : issue.message;
  return [{ file, ...at(node?.range?.[0] ?? 0), path: formatPath(path), message }];
}
function deepestNode(doc, path) {
  let node = doc.contents;
  for (const segment of path) {
    const next = (0, import_yaml.isMap)(node) || (0, import_yaml.isSeq)(node) ? node.get(segment, true) : void 0;
    if (next === void 0 || next === null) return { node, missing: true };
    node = next;
  }
  return { node, missing: false };
}
function valueAt(doc, path) {
  const { node, missing } = deepestNode(doc, path);
  return !missing && (0, import_yaml.isScalar)(node) ? node.value : void 0;
}
function findKeyNode(doc, path, key) {
  const { node } = deepestNode(doc, path);
  if (!(0, import_yaml.isMap)(node)) return node;
  for (const pair of node.items) {
    if ((0, import_yaml.isScalar)(pair.key) && pair.key.value === key) return pair.key;
  }
  return node;
}
function formatPath(path) {
  return path.map((p, i) => typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`).join("");
}
function suggest(key, doc, path) {
  const known = knownKeysAt(path);
  const close = known.find((k) => editDistance(k, key) <= 2);
  return close ? `; did you mean "${close}"?` : "";
  void doc;
}
function knownKeysAt(path) {
  let schema = Manifest;
  for (const segment of path) {
    schema = childSchema(schema, segment);
    if (!schema) return [];
  }
  const shape = objectShape(schema);
  return shape ? Object.keys(shape) : [];
}
function unwrap(schema) {
  let s = schema;
  for (let i = 0; i < 10 && s?._zod?.def; i++) {
    const def = s._zod.def;
    if ("innerType" in def) s = def.innerType;
    else if (def.type === "pipe" && "in" in def) s = def.in;
    else break;
  }
  return s;
}
function objectShape(schema) {
  const s = unwrap(schema);
  return s?._zod?.def?.type === "object" ? s._zod.def.shape ?? null : null;
}
function childSchema(schema, segment) {
  const s = unwrap(schema);
  if (typeof segment === "number") return s?._zod?.def?.type === "array" ? s._zod.def.element : null;
  return objectShape(s)?.[segment] ?? null;
}
function editDistance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = current;
    }
  }
  return row[b.length];
}
function yamlMessage(code, message) {
  const plain = message.replace(/ at line \d+, column \d+:?[\s\S]*$/, "").trim();
  switch (code) {
    case "DUPLICATE_KEY":
      return `duplicate key: ${plain}`;
    case "TAB_AS_INDENT":
      return `tab used for indentation; YAML indents with spaces (${plain})`;
    default:
      return `YAML syntax error: ${plain}`;
  }
}

export {
  parseHostKeyPin,
  fingerprintOf,
  readSshString,
  hostsMatch,
  ExpectedTopology,
  Kernel,
  PreflightSettings,
  BandwidthSettings,
  TrainingSettings,
  FabricSettings,
  DcgmSettings,
  SMOKE_STEPS,
  Manifest,
  formatProblem,
  loadManifest,
  requireManifest
};
