import { createRequire as __linkgateRequire } from 'node:module'; const require = __linkgateRequire(import.meta.url);
import {
  runSmoke,
  smokeExitCode
} from "./chunks/chunk-URNPOCJF.js";
import {
  ShardInput
} from "./chunks/chunk-WQBOWWSI.js";
import "./chunks/chunk-WVTX2LOG.js";
import "./chunks/chunk-VUR7653D.js";
import "./chunks/chunk-7IOPUCAM.js";
import "./chunks/chunk-GIWQTAUD.js";
import {
  runAction
} from "./chunks/chunk-ZY5DIANL.js";
import {
  ExitCode,
  external_exports
} from "./chunks/chunk-2RUS7HNP.js";

// src/actions/smoke-test.ts
import { resolve } from "node:path";
var Settings = external_exports.object({
  manifest: external_exports.string().optional(),
  canaries: external_exports.array(external_exports.string()).default([]),
  virtual: external_exports.array(external_exports.string()).default([]),
  out: external_exports.string().default("linkgate-results"),
  signatures: external_exports.string().optional(),
  baseline: external_exports.string().optional(),
  shard: ShardInput
}).refine((s) => s.manifest !== void 0 || s.virtual.length > 0, "give manifest or virtual");
var smokeTestAction = {
  name: "smoke-test",
  inputs: { manifest: {}, canaries: { kind: "list" }, virtual: { kind: "list" }, out: {}, signatures: {}, baseline: {}, shard: {} },
  outputs: ["results-dir", "outcome", "failed-steps", "errored-steps", "complete"],
  settings: Settings,
  async run(settings, ctx) {
    const cwd = process.cwd();
    const outDir = resolve(cwd, settings.out);
    const results = await runSmoke({
      outDir,
      logger: ctx.logger,
      signal: ctx.signal,
      env: ctx.env,
      virtual: settings.virtual.map((d) => resolve(cwd, d)),
      ...settings.manifest ? { manifest: { path: resolve(cwd, settings.manifest), canaries: settings.canaries } } : {},
      ...settings.signatures ? { signatures: resolve(cwd, settings.signatures) } : {},
      ...settings.baseline ? { baseline: resolve(cwd, settings.baseline) } : {},
      shard: settings.shard
    });
    const exitCode = smokeExitCode(results);
    const steps = results.canaries.flatMap((c) => c.steps.map((s) => ({ canary: c.name, ...s })));
    const failed = steps.filter((s) => s.status === "fail");
    const errored = steps.filter((s) => s.status === "error");
    ctx.setOutput("results-dir", outDir);
    ctx.setOutput("outcome", exitCode === ExitCode.Pass ? "pass" : exitCode === ExitCode.Fail ? "fail" : "error");
    ctx.setOutput("failed-steps", String(failed.length));
    ctx.setOutput("errored-steps", String(errored.length));
    ctx.setOutput("complete", String(results.run.complete));
    for (const s of failed) ctx.logger.error(`${s.canary}: ${s.name}: ${s.reason}`, { title: `smoke: ${s.canary} ${s.name}` });
    for (const s of errored) ctx.logger.warn(`${s.canary}: ${s.name}: ${s.reason}`, { title: `smoke: ${s.canary} ${s.name} (infrastructure)` });
    const rows = results.canaries.flatMap((c) => c.steps.map((s) => `| ${c.name} | ${s.name} | ${s.status} | ${(s.reason ?? "").replace(/\s+/g, " ").replace(/\|/g, "\\|").slice(0, 200)} |`));
    await ctx.summary(`### linkgate smoke

| canary | step | status | reason |
|---|---|---|---|
${rows.join("\n")}
`);
    if (exitCode === ExitCode.Pass) return { exitCode };
    return { exitCode, failureMessage: exitCode === ExitCode.Fail ? `${failed.length} smoke step(s) failed` : `inconclusive: ${errored.length} step(s) could not be checked${results.run.complete ? "" : " (run cancelled)"}` };
  }
};

// src/actions/entries/smoke-test.ts
await runAction(smokeTestAction);
