import { createRequire as __linkgateRequire } from 'node:module'; const require = __linkgateRequire(import.meta.url);
import {
  VERDICT_EXIT,
  describeDecision,
  explain,
  runGate
} from "./chunks/chunk-OQQJ7WVN.js";
import {
  mdCode,
  mdText
} from "./chunks/chunk-WWY6WE3E.js";
import "./chunks/chunk-WVTX2LOG.js";
import "./chunks/chunk-GIWQTAUD.js";
import {
  runAction
} from "./chunks/chunk-ZY5DIANL.js";
import {
  ExitCode,
  external_exports
} from "./chunks/chunk-2RUS7HNP.js";

// src/actions/gate.ts
var Settings = external_exports.object({
  results: external_exports.array(external_exports.string()).default(["results"]),
  baseline: external_exports.string().optional(),
  policy: external_exports.string().optional(),
  writeBaseline: external_exports.string().optional(),
  // Read as text and checked inside run(): a typo in an input must still produce a verdict.
  attempt: external_exports.string().optional(),
  failOnInconclusive: external_exports.string().default("true")
});
var gateAction = {
  name: "gate",
  inputs: {
    results: { kind: "list" },
    baseline: {},
    policy: {},
    "write-baseline": {},
    attempt: {},
    "fail-on-inconclusive": {}
  },
  outputs: ["verdict", "reasons", "decision", "exit-code"],
  settings: Settings,
  async run(settings, ctx) {
    let decision = null;
    let failure = null;
    const failOnInconclusive = settings.failOnInconclusive !== "false";
    try {
      if (!["true", "false"].includes(settings.failOnInconclusive)) throw new Error(`input fail-on-inconclusive must be true or false, got "${settings.failOnInconclusive}"`);
      const attempt = settings.attempt === void 0 ? Number(ctx.env.GITHUB_RUN_ATTEMPT) || 1 : Number(settings.attempt);
      if (!Number.isInteger(attempt) || attempt < 1) throw new Error(`input attempt must be a positive integer, got "${settings.attempt}"`);
      decision = await runGate(
        {
          results: settings.results,
          baseline: settings.baseline,
          policy: settings.policy,
          writeBaseline: settings.writeBaseline,
          attempt,
          now: () => new Date(ctx.clock.now())
        },
        ctx.logger
      );
    } catch (error) {
      failure = explain(error);
    }
    const verdict = decision?.verdict ?? "INCONCLUSIVE";
    const reasons = decision?.reasons ?? [{ canary: null, check: "gate", message: failure ?? "the gate could not run" }];
    ctx.setOutput("verdict", verdict);
    ctx.setOutput("reasons", reasons);
    ctx.setOutput("decision", decision ?? { verdict, reasons, method: null });
    const exitCode = VERDICT_EXIT[verdict];
    ctx.setOutput("exit-code", String(exitCode));
    const lines = decision ? describeDecision(decision) : [`verdict: INCONCLUSIVE`, `  - [gate] ${failure}`];
    for (const line of lines) ctx.logger.info(line);
    await ctx.summary(`### linkgate gate: ${verdict}

${reasons.map((r) => `- ${r.canary ? `${mdCode(r.canary)} ` : ""}**${mdText(r.check, 80)}**: ${mdText(r.message, 1e3)}`).join("\n")}
`);
    if (verdict === "PROMOTE") return { exitCode: ExitCode.Pass };
    if (verdict === "INCONCLUSIVE" && !failOnInconclusive) return { exitCode: ExitCode.Pass };
    return { exitCode, failureMessage: `gate: ${verdict}: ${reasons.map((r) => r.message).join("; ").slice(0, 500)}` };
  }
};

// src/actions/entries/gate.ts
await runAction(gateAction);
