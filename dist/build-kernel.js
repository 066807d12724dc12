import { createRequire as __linkgateRequire } from 'node:module'; const require = __linkgateRequire(import.meta.url);
import {
  describePlan,
  planFromManifest,
  runBuild
} from "./chunks/chunk-MECKSSPG.js";
import "./chunks/chunk-OCBCOUXH.js";
import "./chunks/chunk-VUR7653D.js";
import {
  formatProblem,
  loadManifest
} from "./chunks/chunk-7IOPUCAM.js";
import "./chunks/chunk-GIWQTAUD.js";
import {
  runAction
} from "./chunks/chunk-ZY5DIANL.js";
import {
  ExitCode,
  ProcessRunner,
  UsageError,
  external_exports,
  formatArgv
} from "./chunks/chunk-2RUS7HNP.js";

// src/actions/build-kernel.ts
var Settings = external_exports.object({
  manifest: external_exports.string().default("linkgate.yaml"),
  outDir: external_exports.string().default("out/kernel"),
  workDir: external_exports.string().optional(),
  jobs: external_exports.string().regex(/^[1-9][0-9]{0,3}$/, "expected a whole number of make jobs").transform(Number).optional(),
  ccacheDir: external_exports.string().optional(),
  force: external_exports.boolean().default(false),
  dryRun: external_exports.boolean().default(false)
});
var buildKernelAction = {
  name: "build-kernel",
  inputs: {
    manifest: {},
    "out-dir": {},
    "work-dir": {},
    jobs: {},
    "ccache-dir": {},
    force: { kind: "boolean" },
    "dry-run": { kind: "boolean" }
  },
  outputs: ["kernel-release", "artifacts-dir", "fingerprint", "status"],
  settings: Settings,
  async run(settings, ctx) {
    const parsed = await loadManifest(settings.manifest);
    if (!parsed.ok) {
      for (const p of parsed.problems) ctx.logger.error(p.message, { file: p.file, line: p.line, column: p.column, title: "linkgate.yaml" });
      throw new UsageError(`${settings.manifest}: invalid manifest`, { details: parsed.problems.map(formatProblem) });
    }
    const runner = new ProcessRunner();
    const workDir = settings.workDir ?? (ctx.env.RUNNER_TEMP ? `${ctx.env.RUNNER_TEMP}/linkgate-kernel-work` : `${settings.outDir.replace(/\/+$/, "")}-work`);
    const plan = await planFromManifest(
      parsed.manifest,
      {
        baseDir: process.cwd(),
        outDir: settings.outDir,
        workDir,
        ...settings.jobs ? { jobs: settings.jobs } : {},
        ...settings.ccacheDir ? { ccacheDir: settings.ccacheDir } : {}
      },
      runner
    );
    ctx.setOutput("artifacts-dir", plan.outDir);
    if (settings.dryRun) {
      ctx.logger.info(describePlan(plan, formatArgv));
      ctx.setOutput("status", "planned");
      return { exitCode: ExitCode.Pass };
    }
    const outcome = await runBuild(plan, { runner, logger: ctx.logger, clock: ctx.clock, signal: ctx.signal }, { force: settings.force });
    const s = outcome.state;
    ctx.setOutput("kernel-release", s.kernelRelease ?? "");
    ctx.setOutput("fingerprint", s.fingerprint ?? "");
    ctx.setOutput("status", outcome.status);
    const audit = s.audit?.options ?? [];
    const count = (status) => audit.filter((o) => o.status === status).length;
    await ctx.summary(
      [
        `### linkgate build-kernel: ${outcome.status}${s.kernelRelease ? ` \`${s.kernelRelease}\`` : ""}`,
        "",
        `- fingerprint: \`${s.fingerprint ?? "n/a"}\``,
        `- config audit: ${s.audit ? `${count("kept")} kept, ${count("changed")} changed, ${count("dropped")} dropped` : "not run"}`,
        `- warnings: ${s.warnings}, errors: ${s.errors}`,
        `- artifacts: \`${plan.outDir}\` (${s.artifacts.length} files, metadata.json)`,
        ...outcome.exitCode === ExitCode.Pass ? [] : ["", `**${outcome.message}**`, ...outcome.details.map((d) => `    ${d}`)],
        ""
      ].join("\n")
    );
    if (outcome.exitCode !== ExitCode.Pass) for (const line of outcome.details) ctx.logger.error(line);
    return outcome.exitCode === ExitCode.Pass ? { exitCode: ExitCode.Pass } : { exitCode: outcome.exitCode, failureMessage: outcome.message };
  }
};

// src/actions/entries/build-kernel.ts
await runAction(buildKernelAction);
