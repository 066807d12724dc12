import { createRequire as __linkgateRequire } from 'node:module'; const require = __linkgateRequire(import.meta.url);
import {
  REPORT_KINDS,
  annotationsFor,
  loadReportContext,
  renderReport
} from "./chunks/chunk-36EXRSKD.js";
import "./chunks/chunk-WWY6WE3E.js";
import "./chunks/chunk-WVTX2LOG.js";
import "./chunks/chunk-GIWQTAUD.js";
import {
  runAction
} from "./chunks/chunk-ZY5DIANL.js";
import {
  ExitCode,
  external_exports
} from "./chunks/chunk-2RUS7HNP.js";

// src/actions/report.ts
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
var Settings = external_exports.object({
  results: external_exports.array(external_exports.string()).min(1).default(["results"]),
  outDir: external_exports.string().optional(),
  baseline: external_exports.string().optional(),
  policy: external_exports.string().optional(),
  artifactsUrl: external_exports.string().optional(),
  summary: external_exports.boolean().default(true),
  annotate: external_exports.boolean().default(true)
});
var reportAction = {
  name: "report",
  inputs: {
    results: { kind: "list" },
    "out-dir": {},
    baseline: {},
    policy: {},
    "artifacts-url": {},
    summary: { kind: "boolean" },
    annotate: { kind: "boolean" }
  },
  outputs: ["junit", "summary", "metrics", "verdict", "failures", "errors"],
  settings: Settings,
  async run(settings, ctx) {
    const context = await loadReportContext({
      results: settings.results,
      baseline: settings.baseline,
      policy: settings.policy,
      artifactsUrl: settings.artifactsUrl ?? null
    });
    const outDir = settings.outDir ?? settings.results[0];
    await mkdir(outDir, { recursive: true });
    const files = { junit: "junit.xml", summary: "summary.md", metrics: "metrics.prom" };
    for (const kind of REPORT_KINDS) {
      const path = join(outDir, files[kind]);
      const text = await renderReport(kind, context);
      await writeFile(path, text);
      ctx.setOutput(kind, path);
      if (kind === "summary" && settings.summary) await ctx.summary(text);
    }
    const checks = context.results.canaries.flatMap((c) => c.steps.flatMap((s) => s.checks));
    ctx.setOutput("verdict", context.decision.verdict);
    ctx.setOutput("failures", String(checks.filter((c) => c.status === "fail").length));
    ctx.setOutput("errors", String(checks.filter((c) => c.status === "error").length + context.results.canaries.filter((c) => c.state !== "ok" && c.steps.length === 0).length));
    if (settings.annotate) {
      for (const a of annotationsFor(context)) (a.level === "error" ? ctx.logger.error : ctx.logger.warn).call(ctx.logger, a.message, { title: a.title });
    }
    return { exitCode: ExitCode.Pass };
  }
};

// src/actions/entries/report.ts
await runAction(reportAction);
