#!/usr/bin/env node
import { createRequire as __linkgateRequire } from 'node:module'; const require = __linkgateRequire(import.meta.url);
import {
  ExitCode,
  LinkgateError,
  Manifest,
  NotAvailableError,
  ProcessRunner,
  UsageError,
  external_exports,
  formatProblem,
  loadManifest,
  messageOf,
  systemClock
} from "./chunks/chunk-TAERT7KI.js";

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

// src/core/version.ts
var VERSION = true ? "0.1.0" : "0.0.0-dev";

// src/cli/command.ts
var COMMON_OPTIONS = {
  help: { type: "boolean", short: "h" },
  json: { type: "boolean" }
};
function stringOpt(args, name) {
  const value = args.values[name];
  return typeof value === "string" ? value : void 0;
}

// src/cli/commands/not-available.ts
function notAvailable(spec) {
  return {
    ...spec,
    positionals: spec.positionals ?? [0, 0],
    run: async () => {
      throw new NotAvailableError(spec.name);
    }
  };
}

// src/cli/commands/build.ts
var buildCommand = notAvailable({
  name: "build",
  summary: "Build the riscv64 kernel and out-of-tree modules from the manifest",
  usage: `linkgate build --manifest linkgate.yaml [--out DIR] [--dry-run] [--json]`,
  options: { manifest: { type: "string", short: "m" }, out: { type: "string" }, "dry-run": { type: "boolean" } },
  positionals: [0, 0]
});

// src/cli/commands/capture.ts
var captureCommand = notAvailable({
  name: "capture",
  summary: "Record a capture bundle from a real canary",
  usage: `linkgate capture --manifest linkgate.yaml --canary NAME --out BUNDLE_DIR`,
  options: { manifest: { type: "string", short: "m" }, canary: { type: "string" }, out: { type: "string" } },
  positionals: [0, 0]
});

// src/cli/commands/config-check.ts
var configCheckCommand = notAvailable({
  name: "config-check",
  summary: "Audit a .config against the fragments that requested it",
  usage: `linkgate config-check --fragment F [--fragment F2 ...] --config BUILD/.config [--kconfig-root SRC] [--json]`,
  options: { fragment: { type: "string", multiple: true }, config: { type: "string" }, "kconfig-root": { type: "string" } },
  positionals: [0, 0]
});

// src/cli/commands/demo.ts
var demoCommand = notAvailable({
  name: "demo",
  summary: "Run the whole pipeline on the embedded virtual fleet",
  usage: `linkgate demo [--out DIR]`,
  options: { out: { type: "string" } },
  positionals: [0, 0]
});

// src/cli/commands/gate.ts
var gateCommand = notAvailable({
  name: "gate",
  summary: "Decide PROMOTE, ROLLBACK or INCONCLUSIVE from results",
  usage: `linkgate gate --results DIR [--baseline DIR] [--policy FILE] [--json]`,
  options: { results: { type: "string", multiple: true }, baseline: { type: "string" }, policy: { type: "string" }, "dry-run": { type: "boolean" } },
  positionals: [0, 0]
});

// src/cli/commands/merge.ts
var mergeCommand = notAvailable({
  name: "merge",
  summary: "Merge result shards of one fleet run",
  usage: `linkgate merge --results DIR [--results DIR ...] --out DIR`,
  options: { results: { type: "string", multiple: true }, out: { type: "string" } },
  positionals: [0, 0]
});

// src/cli/commands/parse.ts
var parseCommand = notAvailable({
  name: "parse",
  summary: "Parse a GPU or kernel tool output",
  usage: `linkgate parse KIND FILE [--json]

KIND: topo, nvlink-status, nvlink-errors, query-gpu, nvbandwidth, p2p, nccl, dmesg, lsmod, modinfo, dcgm-diag
FILE may be - for stdin.`,
  options: {},
  positionals: [2, 2]
});

// src/cli/commands/report.ts
var reportCommand = notAvailable({
  name: "report",
  summary: "Generate JUnit, a job summary or Prometheus metrics from results",
  usage: `linkgate report junit|summary|metrics --results DIR [--results DIR ...] [--out FILE]`,
  options: { results: { type: "string", multiple: true }, out: { type: "string" } },
  positionals: [1, 1]
});

// src/cli/commands/rollback.ts
var rollbackCommand = notAvailable({
  name: "rollback",
  summary: "Roll a canary back to its known-good kernel and driver",
  usage: `linkgate rollback --manifest linkgate.yaml --canary NAME [--dry-run]`,
  options: { manifest: { type: "string", short: "m" }, canary: { type: "string", multiple: true }, "dry-run": { type: "boolean" } },
  positionals: [0, 0]
});

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
var signCommand = notAvailable({
  name: "sign",
  summary: "Sign kernel modules",
  usage: `linkgate sign --key KEY.pem --cert CERT [--hash sha256] [--strip] MODULE.ko...`,
  options: { key: { type: "string" }, cert: { type: "string" }, hash: { type: "string" }, strip: { type: "boolean" } },
  positionals: [1, Infinity]
});

// src/cli/commands/smoke.ts
var smokeCommand = notAvailable({
  name: "smoke",
  summary: "Run the smoke suite on canaries (real or virtual)",
  usage: `linkgate smoke --manifest linkgate.yaml [--canary NAME ...] [--out DIR]
linkgate smoke --virtual BUNDLE_DIR [--virtual BUNDLE_DIR ...] [--out DIR]`,
  options: { manifest: { type: "string", short: "m" }, canary: { type: "string", multiple: true }, virtual: { type: "string", multiple: true }, out: { type: "string" } },
  positionals: [0, 0]
});

// src/cli/commands/topology.ts
var topologyCommand = notAvailable({
  name: "topology",
  summary: "Export NVLink topology: labels, gres, nrt or mermaid",
  usage: `linkgate topology labels|gres|nrt|mermaid --from FILE|DIR`,
  options: { from: { type: "string" } },
  positionals: [1, 1]
});

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
var verifyCommand = notAvailable({
  name: "verify",
  summary: "Verify module signatures",
  usage: `linkgate verify --cert CERT [--kernel-release R] [--json] MODULE.ko...`,
  options: { cert: { type: "string" }, "kernel-release": { type: "string" } },
  positionals: [1, Infinity]
});

// src/cli/commands/index.ts
var COMMANDS = [
  validateCommand,
  schemaCommand,
  buildCommand,
  configCheckCommand,
  signCommand,
  verifyCommand,
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
    const count = parsed.positionals.length;
    if (count < min || count > max) {
      const wanted = max === 0 ? "no arguments" : max === Infinity ? `at least ${min} argument(s)` : `${min === max ? min : `${min}-${max}`} argument(s)`;
      throw new LinkgateError("user", `${command.name}: expected ${wanted}, got ${count}`, {
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
