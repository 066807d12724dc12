import { createRequire as __linkgateRequire } from 'node:module'; const require = __linkgateRequire(import.meta.url);
import {
  DEFAULT_BOOT_TIMEOUT_MS,
  deploy
} from "./chunks/chunk-R46V723S.js";
import "./chunks/chunk-XKSSTKA5.js";
import "./chunks/chunk-OCBCOUXH.js";
import {
  DEFAULT_KEY_ENV,
  ShardInput,
  maskKey
} from "./chunks/chunk-WQBOWWSI.js";
import "./chunks/chunk-7IOPUCAM.js";
import "./chunks/chunk-GIWQTAUD.js";
import {
  runAction
} from "./chunks/chunk-ZY5DIANL.js";
import {
  ExitCode,
  LinkgateError,
  external_exports
} from "./chunks/chunk-2RUS7HNP.js";

// src/actions/deploy-canary.ts
import { resolve } from "node:path";
var Settings = external_exports.object({
  /** linkgate.yaml whose canaries get the build. */
  manifest: external_exports.string().default("linkgate.yaml"),
  /** The downloaded kernel-pipeline artifact: Image, metadata.json, signed modules. */
  artifactsDir: external_exports.string().min(1),
  /** The release the build must be; null: metadata.json's. */
  kernelRelease: external_exports.string().optional(),
  /** One leg of the fleet, I/N. */
  shard: ShardInput,
  /** Print the plans, touch nothing. */
  dryRun: external_exports.boolean().default(false)
});
var deployCanaryAction = {
  name: "deploy-canary",
  inputs: { manifest: {}, "artifacts-dir": { required: true }, "kernel-release": {}, shard: {}, "dry-run": { kind: "boolean" } },
  outputs: ["deployed", "failed", "skipped", "outcome", "outcomes"],
  settings: Settings,
  async run(s, ctx) {
    if (ctx.env[DEFAULT_KEY_ENV]) maskKey(ctx.env[DEFAULT_KEY_ENV], ctx.logger);
    const cwd = process.cwd();
    let result;
    try {
      result = await deploy(
        { manifest: resolve(cwd, s.manifest), artifacts: resolve(cwd, s.artifactsDir), canaries: [], shard: s.shard, kernelRelease: s.kernelRelease ?? null, bootTimeoutMs: DEFAULT_BOOT_TIMEOUT_MS, dryRun: s.dryRun },
        ctx
      );
    } catch (error) {
      ctx.setOutput("outcome", error instanceof LinkgateError && error.actor === "user" ? "invalid" : "error");
      throw error;
    }
    const { exitCode, outcomes } = result;
    const deployed = outcomes.filter((o) => o.exitCode === ExitCode.Pass && o.status !== "skipped");
    const failed = outcomes.filter((o) => o.exitCode !== ExitCode.Pass);
    const skipped = outcomes.filter((o) => o.status === "skipped");
    const outcome = s.dryRun ? "dry-run" : exitCode === ExitCode.Pass ? "deployed" : exitCode === ExitCode.Fail ? "failed" : "error";
    ctx.setOutput("deployed", deployed.map((o) => o.canary).join(" "));
    ctx.setOutput("failed", failed.map((o) => o.canary).join(" "));
    ctx.setOutput("skipped", skipped.map((o) => o.canary).join(" "));
    ctx.setOutput("outcome", outcome);
    ctx.setOutput("outcomes", outcomes.map((o) => ({ canary: o.canary, status: o.status, exitCode: o.exitCode, message: o.message })));
    for (const o of failed) {
      const title = `deploy: ${o.canary}${o.exitCode === ExitCode.Fail ? "" : " (infrastructure)"}`;
      if (o.exitCode === ExitCode.Fail) ctx.logger.error(`${o.canary}: ${o.message}`, { title });
      else ctx.logger.warn(`${o.canary}: ${o.message}`, { title });
    }
    const rows = outcomes.map((o) => `| ${o.canary} | ${o.status} | ${o.message.replace(/\|/g, "\\|").slice(0, 300)} |`);
    await ctx.summary(`### linkgate deploy: ${outcome}

| canary | status | what happened |
|---|---|---|
${rows.join("\n")}
`);
    if (exitCode === ExitCode.Pass) return { exitCode };
    return {
      exitCode,
      failureMessage: exitCode === ExitCode.Fail ? `the candidate did not come up on ${failed.filter((o) => o.exitCode === ExitCode.Fail).map((o) => o.canary).join(", ")}` : `infrastructure: ${failed.map((o) => `${o.canary}: ${o.status}`).join(", ")}`
    };
  }
};

// src/actions/entries/deploy-canary.ts
await runAction(deployCanaryAction);
