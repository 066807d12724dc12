import { createRequire as __linkgateRequire } from 'node:module'; const require = __linkgateRequire(import.meta.url);
import {
  isSafeArtifactFileName,
  parseSha256Sums
} from "./chunk-XKSSTKA5.js";
import {
  sha256File
} from "./chunk-OCBCOUXH.js";
import {
  RemoteError,
  connectSsh,
  selectCanaries,
  sshTargetFromCanary
} from "./chunk-WQBOWWSI.js";
import {
  requireManifest
} from "./chunk-7IOPUCAM.js";
import {
  ExitCode,
  UsageError,
  messageOf
} from "./chunk-2RUS7HNP.js";

// src/core/for-each-bounded.ts
async function forEachBounded(items, concurrency, fn) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker));
  return results;
}

// src/canary/slots/slot-state.ts
var otherSlot = (slot) => slot === "a" ? "b" : "a";
function initialState(knownGood) {
  return { slots: { a: knownGood }, knownGood: "a", tryOnce: null };
}
function candidateSlot(state) {
  return otherSlot(state.knownGood);
}
function armTry(state, slot) {
  if (!state.slots[slot]) throw new Error(`slot ${slot} is empty`);
  return { ...state, tryOnce: slot };
}
function chooseBoot(state) {
  const slot = state.tryOnce ?? state.knownGood;
  const content = state.slots[slot] ?? state.slots[state.knownGood];
  if (!content) throw new Error(`no kernel in slot ${slot} nor in the known-good slot ${state.knownGood}`);
  return { slot: state.slots[slot] ? slot : state.knownGood, content, state: { ...state, tryOnce: null } };
}
function promote(state, slot) {
  if (!state.slots[slot]) throw new Error(`slot ${slot} is empty`);
  return { ...state, knownGood: slot, tryOnce: null };
}
function disarm(state) {
  return { ...state, tryOnce: null };
}
function parseSlotState(value) {
  if (typeof value !== "object" || value === null) return null;
  const v = value;
  const isSlot = (s) => s === "a" || s === "b";
  if (!isSlot(v.knownGood) || !(v.tryOnce === null || isSlot(v.tryOnce))) return null;
  if (typeof v.slots !== "object" || v.slots === null) return null;
  const slots = {};
  for (const name of ["a", "b"]) {
    const c = v.slots[name];
    if (c === void 0) continue;
    if (typeof c !== "object" || c === null) return null;
    const { release, image, dtb, modules } = c;
    if (typeof release !== "string" || typeof image !== "string" || !(dtb === void 0 || typeof dtb === "string")) return null;
    if (!(modules === void 0 || Array.isArray(modules) && modules.every((m) => typeof m === "string"))) return null;
    slots[name] = { release, image, ...dtb === void 0 ? {} : { dtb }, ...modules === void 0 ? {} : { modules } };
  }
  if (!slots[v.knownGood]) return null;
  return { slots, knownGood: v.knownGood, tryOnce: v.tryOnce };
}

// src/canary/slots/verify-boot.ts
async function verifyNode(host, expect, timeoutMs = 3e4) {
  const read = async (argv) => {
    const r = await host.exec(argv, { timeoutMs, maxOutputBytes: 1024 * 1024 });
    return r.exitCode === 0 ? r.stdout.trim() : null;
  };
  const release = await read(["uname", "-r"]);
  let loaded = null;
  let driver = null;
  if (expect.module !== null) {
    const name = expect.module.replaceAll("-", "_");
    const modules = await read(["cat", "/proc/modules"]) ?? "";
    loaded = modules.split("\n").some((line) => line.split(" ")[0] === name);
    driver = await read(["cat", `/sys/module/${name}/version`]);
  }
  const releaseOk = release === expect.release;
  const driverOk = expect.module === null || expect.driverVersion === null || driver === expect.driverVersion;
  const moduleOk = expect.module === null || loaded === true;
  return {
    release: { expected: expect.release, actual: release, ok: releaseOk },
    driverVersion: { expected: expect.module === null ? null : expect.driverVersion, actual: driver, ok: driverOk },
    module: { expected: expect.module, loaded, ok: moduleOk },
    ok: releaseOk && driverOk && moduleOk
  };
}
function describeVerification(v) {
  const part = (ok, text) => `${ok ? "ok" : "WRONG"} ${text}`;
  const parts = [part(v.release.ok, `uname -r ${v.release.actual ?? "unreadable"} (expected ${v.release.expected})`)];
  if (v.module.expected !== null) {
    parts.push(part(v.driverVersion.ok, `driver ${v.driverVersion.actual ?? "not loaded"}${v.driverVersion.expected ? ` (expected ${v.driverVersion.expected})` : ""}`));
    parts.push(part(v.module.ok, `module ${v.module.expected} ${v.module.loaded ? "loaded" : "not loaded"}`));
  }
  return parts.join("; ");
}
function describeExpectation(e) {
  if (e.module === null) return `uname -r = ${e.release}`;
  return `uname -r = ${e.release}, driver ${e.driverVersion ?? "(any version)"}, module ${e.module} loaded`;
}

// src/canary/slots/ab-plan.ts
function deployPlan(state, candidate, bootTimeoutMs) {
  const slot = candidateSlot(state);
  return {
    action: "deploy",
    steps: [
      { kind: "observe" },
      { kind: "install", slot, content: candidate },
      { kind: "arm-try", slot },
      { kind: "reboot" },
      { kind: "wait-boot", expectRelease: candidate.release, timeoutMs: bootTimeoutMs }
    ]
  };
}
function promotePlan(slot, expect = null) {
  const steps = expect ? [{ kind: "observe" }, { kind: "verify", expect }] : [];
  return { action: "promote", steps: [...steps, { kind: "promote", slot }] };
}
function rollbackPlan(expect, bootTimeoutMs) {
  return {
    action: "rollback",
    steps: [
      { kind: "disarm" },
      { kind: "observe" },
      { kind: "done-if", expect },
      { kind: "reboot" },
      { kind: "wait-boot", expectRelease: null, timeoutMs: bootTimeoutMs },
      { kind: "verify", expect }
    ]
  };
}
function knownGoodOf(state) {
  const good = state.slots[state.knownGood];
  if (!good) throw new Error(`the known-good slot ${state.knownGood} is empty`);
  return good;
}
function knownGoodExpectation(state) {
  return { release: knownGoodOf(state).release, driverVersion: null, module: null };
}
function slotHolding(state, release) {
  const other = candidateSlot(state);
  if (release !== null && state.slots[state.knownGood]?.release === release && state.slots[other]?.release !== release) return state.knownGood;
  return other;
}
function describeStep(step) {
  switch (step.kind) {
    case "observe":
      return "read boot id and uname -r";
    case "install":
      return `install ${step.content.release} (${step.content.image}${step.content.modules?.length ? ` + ${step.content.modules.length} module(s)` : ""}) into slot ${step.slot}`;
    case "arm-try":
      return `boot slot ${step.slot} once at the next boot`;
    case "disarm":
      return "clear any pending try: next boot is the known-good slot";
    case "reboot":
      return "reboot";
    case "wait-boot":
      return `wait up to ${Math.round(step.timeoutMs / 1e3)} s for a new boot id${step.expectRelease === null ? "" : ` running ${step.expectRelease}`}`;
    case "promote":
      return `make slot ${step.slot} the known-good slot`;
    case "verify":
      return `verify ${describeExpectation(step.expect)}`;
    case "done-if":
      return `stop here if the node already runs ${describeExpectation(step.expect)} (nothing to do)`;
  }
}

// src/canary/slots/boot-control.ts
var NodeUnreachableError = class extends Error {
  constructor(message, options) {
    super(message, options);
    this.name = "NodeUnreachableError";
  }
};
var BOOT_ID_PATH = "/proc/sys/kernel/random/boot_id";
async function observeBoot(host, timeoutMs = 1e4) {
  const id = await host.exec(["cat", BOOT_ID_PATH], { timeoutMs });
  const rel = await host.exec(["uname", "-r"], { timeoutMs });
  const bootId = id.exitCode === 0 ? id.stdout.trim() : "";
  const release = rel.exitCode === 0 ? rel.stdout.trim() : "";
  return {
    bootId: /^[0-9a-f-]{36}$/.test(bootId) ? bootId : null,
    release: /^[\w.+~-]{1,64}$/.test(release) ? release : null
  };
}

// src/canary/slots/hook-boot-control.ts
import { basename, posix } from "node:path";
var DEFAULT_STAGING_DIR = "/var/tmp/linkgate";
var RELEASE = /^[\w.+~-]{1,64}$/;
var HookBootControl = class {
  constructor(knownGood, hooks, options = {}) {
    this.hooks = hooks;
    this.#state = initialState(knownGood);
    this.hardReset = options.powerCycle ?? null;
    this.#staging = hooks.stagingDir ?? DEFAULT_STAGING_DIR;
    this.#slotTable = options.slotTable ?? false;
  }
  hooks;
  #state;
  hardReset;
  #staging;
  #slotTable;
  /** The slot table's path on the node (null when this control keeps none). */
  get slotTablePath() {
    return this.#slotTable ? posix.join(this.#staging, "slots.json") : null;
  }
  /**
   * Reads the node's slot table (ab-slots). No table yet: the known-good given to the constructor
   * stands. A table that cannot be read is refused rather than guessed at: which slot holds the
   * known-good kernel is exactly what must not be wrong.
   */
  async load(host) {
    const path = this.slotTablePath;
    if (!path) return { ok: true, stored: false };
    const read = await host.exec(["cat", path], { timeoutMs: 3e4, maxOutputBytes: 64 * 1024 });
    if (read.exitCode !== 0) return { ok: true, stored: false };
    let value;
    try {
      value = JSON.parse(read.stdout);
    } catch {
      value = null;
    }
    const state = parseSlotState(value);
    if (!state) return { ok: false, message: `the slot table ${path} on the node is not one (a torn write or a hand edit); fix or remove it` };
    this.#state = state;
    return { ok: true, stored: true };
  }
  async state() {
    return this.#state;
  }
  async install(slot, content, host) {
    if (!RELEASE.test(content.release)) throw new Error(`refusing release ${JSON.stringify(content.release.slice(0, 80))}: not a kernel release`);
    const dir = posix.join(this.#staging, content.release);
    const modulesDir = posix.join(dir, "modules");
    await mustSucceed("mkdir", await host.exec(["sh", "-c", 'rm -rf "$1" && mkdir -p "$1"', "sh", modulesDir]));
    const image = posix.join(dir, basename(content.image));
    await host.put(content.image, image, { mode: 420 });
    const modules = [];
    for (const module of content.modules ?? []) {
      modules.push(posix.join(modulesDir, basename(module)));
      await host.put(module, modules[modules.length - 1], { mode: 420 });
    }
    const dtb = content.dtb ? posix.join(dir, basename(content.dtb)) : null;
    if (content.dtb && dtb) await host.put(content.dtb, dtb, { mode: 420 });
    await mustSucceed("boot.install", await host.exec([...this.hooks.install, image, content.release, slot, modulesDir, ...dtb ? [dtb] : []], { timeoutMs: 6e5 }));
    const onNode = { release: content.release, image, ...dtb ? { dtb } : {}, ...modules.length ? { modules } : {} };
    await this.#set({ ...this.#state, slots: { ...this.#state.slots, [slot]: onNode } }, host);
  }
  /** The install hook armed the one-shot try already; this only records it. */
  async armTry(slot, host) {
    await this.#set(armTry(this.#state, slot), host);
  }
  async disarm(host) {
    if (!host) throw new NodeUnreachableError("boot.rollback needs the node: it is not reachable (power-cycle it; its bootloader falls back by itself)");
    await mustSucceed("boot.rollback", await host.exec([...this.hooks.rollback], { timeoutMs: 3e5 }));
    await this.#set(disarm(this.#state), host);
  }
  async promote(slot, host) {
    if (!this.hooks.promote) throw new Error("no boot.promote hook in the manifest");
    await mustSucceed("boot.promote", await host.exec([...this.hooks.promote, slot], { timeoutMs: 3e5 }));
    await this.#set(promote(this.#state, slot), host);
  }
  async reboot(host) {
    const result = await host.exec([...this.hooks.reboot], { timeoutMs: 3e4 }).catch(() => null);
    if (result && result.exitCode !== 0 && result.exitCode !== null && !result.timedOut) await mustSucceed("boot.reboot", result);
  }
  describe(step) {
    const argv = (hook, ...appended) => `${JSON.stringify(hook)}${appended.length ? ` + ${appended.join(" ")}` : ""}`;
    switch (step.kind) {
      case "install":
        return `upload to ${posix.join(this.#staging, step.content.release)}/, then boot.install ${argv(this.hooks.install, "<image>", step.content.release, step.slot, "<modules dir>", ...step.content.dtb ? ["<dtb>"] : [])}`;
      case "arm-try":
        return "armed by boot.install";
      case "disarm":
        return `boot.rollback ${argv(this.hooks.rollback)}`;
      case "reboot":
        return `boot.reboot ${argv(this.hooks.reboot)}${this.hardReset ? ", else power-cycle" : ""}`;
      case "promote":
        return this.hooks.promote ? `boot.promote ${argv(this.hooks.promote, step.slot)}` : "no boot.promote hook: this step fails";
      default:
        return void 0;
    }
  }
  async #set(state, host) {
    this.#state = state;
    const path = this.slotTablePath;
    if (!path) return;
    const write = await host.exec(["sh", "-c", 'mkdir -p "$1" && cat > "$2.tmp" && mv -f "$2.tmp" "$2"', "sh", this.#staging, path], {
      stdin: `${JSON.stringify(state, null, 2)}
`,
      timeoutMs: 3e4
    });
    await mustSucceed("slot table write", write);
  }
};
async function mustSucceed(what, result) {
  if (result.exitCode === 0) return;
  const why = (result.stderr || result.stdout).trim().split("\n")[0] ?? "";
  throw new Error(`${what}${what.startsWith("boot.") ? " hook" : ""} ${JSON.stringify(result.argv)} failed (${result.timedOut ? "timed out" : `exit ${result.exitCode ?? result.signal}`})${why ? `: ${why}` : ""}`);
}

// src/canary/rollout/boot-strategy.ts
var BOOT_STRATEGIES = {
  "ab-slots": {
    summary: "HookBootControl: the hooks address two fixed slots (a, b); linkgate keeps the slot table on the node (<stagingDir>/slots.json)",
    make: (canary, knownGood) => new HookBootControl(knownGood, hooksOf(canary), { slotTable: true })
  },
  hooks: {
    summary: "HookBootControl: the hooks drive the node's own boot entries (grub-reboot, U-Boot bootcount); linkgate keeps no table",
    make: (canary, knownGood) => new HookBootControl(knownGood, hooksOf(canary))
  },
  none: { summary: "linkgate never touches the boot of this canary", make: null }
};
function bootControlFor(canary, knownGood, purpose) {
  const entry = BOOT_STRATEGIES[canary.boot.strategy];
  if (!entry.make) {
    return {
      ok: false,
      message: `canary ${canary.name}: boot.strategy is "none", so linkgate cannot ${purpose} it; set boot.strategy to "hooks" (or "ab-slots") with boot.install, boot.reboot and boot.rollback hooks${purpose === "promote" ? " and boot.promote" : ""} (docs/canary.md has U-Boot and GRUB recipes)`
    };
  }
  const missing = ["install", "reboot", "rollback", ...purpose === "promote" ? ["promote"] : []].filter((hook) => !canary.boot[hook]);
  if (missing.length > 0) {
    return { ok: false, message: `canary ${canary.name}: boot.strategy "${canary.boot.strategy}" needs ${missing.map((h) => `boot.${h}`).join(", ")} to ${purpose}` };
  }
  return { ok: true, control: entry.make(canary, knownGood) };
}
function hooksOf(canary) {
  const { install, reboot: reboot2, rollback, promote: promote2, stagingDir } = canary.boot;
  return { install, reboot: reboot2, rollback, ...promote2 ? { promote: promote2 } : {}, ...stagingDir ? { stagingDir } : {} };
}

// src/canary/slots/plan-outcome.ts
function statusOf(failure, alreadyDone = false) {
  if (!failure) return alreadyDone ? "already-done" : "done";
  switch (failure.reason) {
    case "unreachable":
      return "unreachable";
    case "timeout":
      return "did-not-return";
    case "wrong-release":
      return "fell-back";
    case "mismatch":
      return "verify-failed";
    default:
      return "step-failed";
  }
}
function exitCodeOf(action, status) {
  if (status === "done" || status === "already-done") return ExitCode.Pass;
  if (status === "unreachable") return ExitCode.Infra;
  if (action === "deploy") return status === "fell-back" || status === "did-not-return" || status === "verify-failed" ? ExitCode.Fail : ExitCode.Infra;
  return status === "did-not-return" ? ExitCode.Infra : ExitCode.Fail;
}
function fleetExitCode(codes) {
  for (const code of [ExitCode.Fail, ExitCode.Infra, ExitCode.Usage]) if (codes.includes(code)) return code;
  return ExitCode.Pass;
}

// src/canary/slots/reboot-wait.ts
async function waitForReboot(options) {
  const started = options.clock.now();
  let last = null;
  let lastError = "no attempt yet";
  while (options.clock.now() - started < options.timeoutMs) {
    if (options.signal?.aborted) break;
    let host = null;
    try {
      host = await options.connect();
      last = await observeBoot(host);
      const waitedMs2 = options.clock.now() - started;
      if (last.bootId === null) {
        return { ok: false, reason: "no-boot-id", message: "the node does not report a boot id (/proc/sys/kernel/random/boot_id; needs CONFIG_PROC_SYSCTL)", boot: last, waitedMs: waitedMs2 };
      }
      if (last.bootId !== options.previousBootId) {
        if (options.expectRelease === null || last.release === options.expectRelease) return { ok: true, boot: last, waitedMs: waitedMs2 };
        return {
          ok: false,
          reason: "wrong-release",
          message: `rebooted (new boot id ${last.bootId}) into ${last.release ?? "an unknown release"}, expected ${options.expectRelease}`,
          boot: last,
          waitedMs: waitedMs2
        };
      }
      lastError = `still the same boot (${last.bootId})`;
    } catch (error) {
      lastError = messageOf(error);
    } finally {
      await host?.close().catch(() => void 0);
    }
    await options.clock.sleep(options.pollMs ?? 500, options.signal).catch(() => void 0);
  }
  const waitedMs = options.clock.now() - started;
  if (last && last.bootId === options.previousBootId) {
    return { ok: false, reason: "same-boot-id", message: `the node never rebooted (boot id still ${last.bootId})`, boot: last, waitedMs };
  }
  return { ok: false, reason: "timeout", message: `no answer with a new boot within ${Math.round(options.timeoutMs / 1e3)} s (last: ${lastError})`, boot: last, waitedMs };
}

// src/canary/slots/ab-executor.ts
async function executePlan(plan, options) {
  const started = options.clock.now();
  const log = [];
  let before = null;
  let after = null;
  let verification = null;
  let host = null;
  const connected = async () => {
    if (host) return host;
    try {
      host = await options.connect();
      return host;
    } catch (error) {
      throw new NodeUnreachableError(`cannot reach the node: ${messageOf(error)}`, { cause: error });
    }
  };
  const finish = async (failure, alreadyDone = false) => {
    await host?.close().catch(() => void 0);
    if (failure) log.push(`FAILED ${failure.step}: ${failure.message}`);
    const status = statusOf(failure, alreadyDone);
    return { action: plan.action, status, ok: failure === null, failure, before, after, verification, log, durationMs: options.clock.now() - started };
  };
  const note = (line) => {
    options.logger.info(line);
    log.push(line);
  };
  for (const step of plan.steps) {
    const hint = options.control.describe?.(step);
    note(`${plan.action}: ${describeStep(step)}${hint ? ` (${hint})` : ""}`);
    try {
      switch (step.kind) {
        case "observe":
          try {
            before = await observeBoot(await connected());
          } catch (error) {
            note(`node not reachable before reboot: ${messageOf(error)}`);
            before = null;
            host = null;
          }
          break;
        case "install":
          await options.control.install(step.slot, step.content, await connected());
          break;
        case "arm-try":
          await options.control.armTry(step.slot, await connected());
          break;
        case "disarm":
          await options.control.disarm(await connected().catch(() => null));
          break;
        case "promote":
          await options.control.promote(step.slot, await connected());
          break;
        case "reboot":
          await reboot(options, host, log);
          host = null;
          break;
        case "wait-boot": {
          const outcome = await waitForReboot({
            connect: options.connect,
            previousBootId: before?.bootId ?? null,
            expectRelease: step.expectRelease,
            timeoutMs: step.timeoutMs,
            clock: options.clock,
            signal: options.signal,
            ...options.pollMs === void 0 ? {} : { pollMs: options.pollMs }
          });
          after = outcome.boot;
          if (!outcome.ok) return finish({ step: step.kind, message: outcome.message, reason: outcome.reason });
          note(`booted ${outcome.boot.release} (boot id ${outcome.boot.bootId}) after ${outcome.waitedMs} ms`);
          break;
        }
        case "verify":
          verification = await verifyNode(await connected(), step.expect);
          note(`verification: ${describeVerification(verification)}`);
          if (!verification.ok) return finish({ step: step.kind, message: describeVerification(verification), reason: "mismatch" });
          break;
        case "done-if":
          if (before?.release !== step.expect.release) break;
          verification = await verifyNode(await connected(), step.expect);
          note(`already: ${describeVerification(verification)}`);
          if (verification.ok) {
            after = before;
            return finish(null, true);
          }
          break;
      }
    } catch (error) {
      const unreachable = error instanceof NodeUnreachableError || error instanceof RemoteError;
      return finish({ step: step.kind, message: messageOf(error), ...unreachable ? { reason: "unreachable" } : {} });
    }
  }
  return finish(null);
}
async function reboot(options, host, log) {
  if (host) {
    try {
      await options.control.reboot(host);
      return;
    } catch (error) {
      log.push(`reboot over SSH failed: ${messageOf(error)}`);
      if (!options.control.hardReset) throw error;
    }
  }
  if (!options.control.hardReset) throw new NodeUnreachableError("the node cannot be reached and has no power-cycle hook");
  log.push("power-cycling the node");
  await options.control.hardReset();
}

// src/canary/rollout/canary-outcome.ts
function printPlan(canary, plan, control, notes = []) {
  return {
    canary: canary.name,
    host: canary.host,
    strategy: canary.boot.strategy,
    action: plan.action,
    steps: plan.steps.map((step) => {
      const hint = control?.describe?.(step);
      return { ...step, description: `${describeStep(step)}${hint ? ` (${hint})` : ""}` };
    }),
    notes
  };
}
function planLines(plan) {
  return [
    `${plan.action} ${plan.canary} (${plan.host}, boot.strategy ${plan.strategy}):`,
    ...plan.steps.map((s, i) => `  ${i + 1}. ${s.description}`),
    ...plan.notes.map((n) => `  note: ${n}`)
  ];
}
function outcomeMessage(run) {
  if (run.status === "already-done") return `already done: ${run.verification ? "verified" : "nothing to change"} on ${run.after?.release ?? "the node"}`;
  if (run.ok) return `${run.action} done${run.after ? `: running ${run.after.release} (boot id ${run.after.bootId?.slice(0, 8)}\u2026)` : ""}`;
  return `${run.status} at ${run.failure?.step}: ${run.failure?.message}`;
}
async function runCanaryPlan(canary, plan, control, connector, options) {
  const run = await executePlan(plan, {
    control,
    connect: connector.poll,
    clock: options.clock,
    logger: options.logger,
    ...options.signal ? { signal: options.signal } : {},
    ...options.pollMs === void 0 ? {} : { pollMs: options.pollMs }
  });
  return { canary: canary.name, action: plan.action, status: run.status, exitCode: exitCodeOf(plan.action, run.status), message: outcomeMessage(run), plan: printPlan(canary, plan, control), run };
}
function logOutcome(logger, outcome) {
  if (outcome.exitCode === ExitCode.Pass) logger.info(`${outcome.canary}: ${outcome.message}`);
  else logger.error(`${outcome.canary}: ${outcome.message}`);
  return outcome;
}

// src/canary/rollout/deploy-fleet.ts
var DEFAULT_BOOT_TIMEOUT_MS = 10 * 6e4;
var RUNNING = "(the running kernel)";
function planDeploys(canaries, candidate, bootTimeoutMs) {
  const problems = [];
  const targets = canaries.map((canary) => {
    if (canary.control) return { canary, plan: null, skipReason: "control canary: keeps the known-good build" };
    const made = bootControlFor(canary, { release: RUNNING, image: RUNNING }, "deploy");
    if (!made.ok) {
      problems.push(made.message);
      return { canary, plan: null, skipReason: made.message };
    }
    const notes = made.control.slotTablePath ? [`the slot is chosen from the node's slot table ${made.control.slotTablePath} when the deploy runs`] : [];
    return { canary, plan: printPlan(canary, deployPlan(initialState({ release: RUNNING, image: RUNNING }), candidate, bootTimeoutMs), made.control, notes), skipReason: null };
  });
  if (problems.length > 0) throw new UsageError(`cannot deploy to ${problems.length} canary(ies)`, { details: problems });
  return targets;
}
async function runDeploys(targets, candidate, options) {
  return forEachBounded(targets, options.concurrency ?? 8, async (target) => {
    if (!target.plan) return { canary: target.canary.name, action: "deploy", status: "skipped", exitCode: ExitCode.Pass, message: target.skipReason ?? "skipped", plan: null, run: null };
    return logOutcome(options.logger, await deployOne(target.canary, candidate, options));
  });
}
async function deployOne(canary, candidate, options) {
  const connector = options.connectors.get(canary.name);
  const fail = (status, message) => ({ canary: canary.name, action: "deploy", status, exitCode: ExitCode.Infra, message, plan: null, run: null });
  if (!connector) return fail("unreachable", "no connection settings");
  let host;
  try {
    host = await connector.first();
  } catch (error) {
    return fail("unreachable", `unreachable before deploy: ${messageOf(error)}`);
  }
  let control;
  try {
    const running = await observeBoot(host);
    const made = bootControlFor(canary, { release: running.release ?? RUNNING, image: RUNNING }, "deploy");
    if (!made.ok) return fail("step-failed", made.message);
    control = made.control;
    const loaded = await control.load(host);
    if (!loaded.ok) return fail("step-failed", loaded.message);
  } catch (error) {
    return fail("unreachable", `lost the node before deploy: ${messageOf(error)}`);
  } finally {
    await host.close().catch(() => void 0);
  }
  return runCanaryPlan(canary, deployPlan(await control.state(), candidate, options.bootTimeoutMs), control, connector, options);
}

// src/canary/rollout/candidate-artifacts.ts
import { lstat, readdir, readFile } from "node:fs/promises";
import { basename as basename2, join } from "node:path";
var RELEASE2 = /^[\w.+~-]{1,64}$/;
var IMAGE_NAMES = ["Image", "Image.gz", "bzImage"];
async function readCandidate(dir, wantedRelease) {
  const problems = [];
  const info = await lstat(dir).catch(() => null);
  if (!info?.isDirectory()) return { ok: false, problems: [`${dir}: not a directory (give the artifacts directory of actions/kernel-pipeline: Image, metadata.json, signed modules)`] };
  let checked = 0;
  const metadata = await readJson(join(dir, "metadata.json"));
  if (metadata.kind === "bad") problems.push(`metadata.json: ${metadata.message}`);
  const meta = metadata.kind === "ok" ? metadata.value : null;
  const lg = objectAt(meta, "linkgate");
  const status = stringAt(lg, "status");
  if (status !== null && status !== "pass") problems.push(`metadata.json: the build ended "${status}", not "pass": nothing to deploy`);
  const metaRelease = stringAt(lg, "kernel_release") ?? stringAt(objectAt(meta, "source"), "kernelrelease");
  if (wantedRelease !== null && metaRelease !== null && wantedRelease !== metaRelease) {
    problems.push(`kernel release ${wantedRelease} was asked for, but metadata.json says the build is ${metaRelease}`);
  }
  const release = wantedRelease ?? metaRelease;
  if (release === null) problems.push("no kernel release: metadata.json has none; give it (--kernel-release / input kernel-release)");
  else if (!RELEASE2.test(release)) problems.push(`kernel release ${JSON.stringify(release.slice(0, 80))} is not a kernel release (letters, digits, . _ - + ~)`);
  const kernelArtifact = (Array.isArray(lg?.artifacts) ? lg.artifacts : []).find((a) => isObject(a) && a.kind === "kernel" && typeof a.path === "string");
  const names = [...kernelArtifact && isSafeArtifactFileName(kernelArtifact.path) ? [kernelArtifact.path, basename2(kernelArtifact.path)] : [], ...IMAGE_NAMES];
  let image = null;
  for (const name of names) {
    if (await isRegularFile(join(dir, name))) {
      image = join(dir, name);
      break;
    }
  }
  if (!image) problems.push(`no kernel image (${[...new Set(names)].join(", ")}) as a regular file in ${dir}`);
  else if (kernelArtifact && typeof kernelArtifact.sha256 === "string") {
    checked++;
    if (await sha256File(image) !== kernelArtifact.sha256) problems.push(`${basename2(image)}: sha256 differs from metadata.json (a different or damaged image)`);
  }
  const sums = await readFile(join(dir, "SHA256SUMS"), "utf8").catch(() => null);
  if (sums !== null) {
    const parsed = parseSha256Sums(sums);
    problems.push(...parsed.problems.map((p) => `SHA256SUMS ${p}`));
    for (const entry of parsed.entries) {
      const file = join(dir, entry.name);
      if (!isSafeArtifactFileName(entry.name)) problems.push(`SHA256SUMS names ${JSON.stringify(entry.name.slice(0, 80))}: not a file inside the directory`);
      else if (!await isRegularFile(file)) problems.push(`SHA256SUMS lists ${entry.name}, which is missing (or not a regular file)`);
      else {
        checked++;
        if (await sha256File(file) !== entry.sha256) problems.push(`${entry.name}: sha256 differs from SHA256SUMS (damaged or altered)`);
      }
    }
  }
  const modules = [];
  let modulesFrom = "none";
  const signatures = await readJson(join(dir, "signatures.json"));
  if (signatures.kind === "bad") problems.push(`signatures.json: ${signatures.message}`);
  if (signatures.kind === "ok") {
    modulesFrom = "signatures.json";
    const records = Array.isArray(signatures.value.modules) ? signatures.value.modules : null;
    if (!records) problems.push('signatures.json: no "modules" list');
    for (const record of records ?? []) {
      const file = isObject(record) && typeof record.file === "string" ? record.file : null;
      if (file === null || !isSafeArtifactFileName(file) || file.includes("/")) {
        problems.push(`signatures.json: module entry ${JSON.stringify(file ?? record)?.slice(0, 80)} is not a file name in the directory`);
        continue;
      }
      const path = join(dir, file);
      if (!await isRegularFile(path)) problems.push(`signatures.json lists ${file}, which is missing (or not a regular file)`);
      else if (typeof record.sha256After === "string" && (checked++, await sha256File(path) !== record.sha256After)) problems.push(`${file}: sha256 differs from signatures.json (not the bytes that were signed)`);
      else modules.push(path);
    }
  } else if (await isDirectory(join(dir, "modules"))) {
    modulesFrom = "modules/";
    modules.push(...await findModules(join(dir, "modules")));
  }
  const seen = /* @__PURE__ */ new Map();
  for (const module of modules) {
    const name = basename2(module);
    if (seen.has(name)) problems.push(`two modules named ${name} (${seen.get(name)} and ${module}): module names must be unique`);
    seen.set(name, module);
  }
  if (problems.length > 0 || !image || release === null) return { ok: false, problems };
  return { ok: true, candidate: { release, image, modules, modulesFrom, checked } };
}
async function readJson(path) {
  const info = await lstat(path).catch(() => null);
  if (!info) return { kind: "missing" };
  if (!info.isFile()) return { kind: "bad", message: "not a regular file" };
  if (info.size > 32 * 1024 * 1024) return { kind: "bad", message: `${info.size} bytes: too large for a metadata file` };
  try {
    const value = JSON.parse(await readFile(path, "utf8"));
    return isObject(value) ? { kind: "ok", value } : { kind: "bad", message: "not a JSON object" };
  } catch (error) {
    return { kind: "bad", message: `not JSON (${messageOf(error).slice(0, 120)})` };
  }
}
async function findModules(root) {
  const found = [];
  const walk = async (dir, depth) => {
    if (depth > 12) return;
    for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path, depth + 1);
      else if (entry.isFile() && entry.name.endsWith(".ko")) found.push(path);
    }
  };
  await walk(root, 0);
  return found.sort();
}
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var objectAt = (v, key) => v && isObject(v[key]) ? v[key] : null;
var stringAt = (v, key) => v && typeof v[key] === "string" ? v[key] : null;
var isRegularFile = async (path) => (await lstat(path).catch(() => null))?.isFile() ?? false;
var isDirectory = async (path) => (await lstat(path).catch(() => null))?.isDirectory() ?? false;

// src/canary/rollout/canary-connector.ts
function sshConnectors(io) {
  return async (canary) => {
    const target = await sshTargetFromCanary(canary, io);
    const base = { logger: io.logger, clock: io.clock, ...io.signal ? { signal: io.signal } : {} };
    return {
      first: () => connectSsh(target, base),
      poll: () => connectSsh(target, { ...base, connectTimeoutMs: 1e4, retry: { attempts: 1 } })
    };
  };
}

// src/canary/rollout/deploy-run.ts
async function deploy(request, ctx) {
  const manifest = await requireManifest(request.manifest);
  const read = await readCandidate(request.artifacts, request.kernelRelease);
  if (!read.ok) throw new UsageError(`${request.artifacts}: not a deployable build`, { details: read.problems });
  const candidate = read.candidate;
  ctx.logger.info(`candidate ${candidate.release}: ${candidate.image}, ${candidate.modules.length} module(s) from ${candidate.modulesFrom}, ${candidate.checked} digest(s) checked`);
  const canaries = selectCanaries(manifest.canaries, { names: request.canaries, shard: request.shard, source: request.manifest });
  if (canaries.length === 0) ctx.logger.warn(`no canary selected${request.shard ? ` in shard ${request.shard.index}/${request.shard.count}` : ""}: nothing to deploy`);
  const targets = planDeploys(canaries, candidate, request.bootTimeoutMs);
  for (const target of targets) {
    if (target.plan) for (const line of planLines(target.plan)) ctx.logger.info(line);
    else ctx.logger.info(`${target.canary.name}: skipped (${target.skipReason})`);
  }
  const plans = targets.flatMap((t) => t.plan ? [t.plan] : []);
  if (request.dryRun) return { exitCode: ExitCode.Pass, outcomes: [], report: { release: candidate.release, dryRun: true, plans, outcomes: [] } };
  const connect = sshConnectors({ env: ctx.env, logger: ctx.logger, clock: ctx.clock, signal: ctx.signal });
  const connectors = /* @__PURE__ */ new Map();
  for (const target of targets) if (target.plan) connectors.set(target.canary.name, await connect(target.canary));
  const outcomes = await runDeploys(targets, candidate, { connectors, clock: ctx.clock, logger: ctx.logger, signal: ctx.signal, bootTimeoutMs: request.bootTimeoutMs });
  const exitCode = fleetExitCode(outcomes.map((o) => o.exitCode));
  return { exitCode, outcomes, report: { release: candidate.release, dryRun: false, plans: outcomes.flatMap((o) => o.plan ? [o.plan] : []), outcomes } };
}

export {
  initialState,
  armTry,
  chooseBoot,
  promote,
  disarm,
  parseSlotState,
  deployPlan,
  promotePlan,
  rollbackPlan,
  knownGoodOf,
  knownGoodExpectation,
  slotHolding,
  fleetExitCode,
  executePlan,
  forEachBounded,
  bootControlFor,
  printPlan,
  planLines,
  runCanaryPlan,
  logOutcome,
  DEFAULT_BOOT_TIMEOUT_MS,
  sshConnectors,
  deploy
};
