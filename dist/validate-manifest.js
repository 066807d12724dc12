import { createRequire as __linkgateRequire } from 'node:module'; const require = __linkgateRequire(import.meta.url);
import {
  loadManifest
} from "./chunks/chunk-7IOPUCAM.js";
import "./chunks/chunk-GIWQTAUD.js";
import {
  runAction
} from "./chunks/chunk-ZY5DIANL.js";
import {
  ExitCode,
  external_exports
} from "./chunks/chunk-2RUS7HNP.js";

// src/actions/validate-manifest.ts
var Settings = external_exports.object({
  manifest: external_exports.string().default("linkgate.yaml")
});
var validateManifestAction = {
  name: "validate-manifest",
  inputs: { manifest: {} },
  outputs: ["valid", "problem-count"],
  settings: Settings,
  async run(settings, ctx) {
    const parsed = await loadManifest(settings.manifest);
    const problems = parsed.ok ? [] : parsed.problems;
    for (const p of problems) {
      ctx.logger.error(`${p.path ? `${p.path}: ` : ""}${p.message}`, { file: p.file, line: p.line, column: p.column, title: "linkgate.yaml" });
    }
    ctx.setOutput("valid", String(parsed.ok));
    ctx.setOutput("problem-count", String(problems.length));
    await ctx.summary(
      parsed.ok ? `### linkgate: \`${settings.manifest}\` is valid
` : `### linkgate: \`${settings.manifest}\` has ${problems.length} problem(s)

${problems.map((p) => `- \`${p.file}:${p.line}:${p.column}\` ${p.path ? `**${p.path}**: ` : ""}${p.message}`).join("\n")}
`
    );
    return parsed.ok ? { exitCode: ExitCode.Pass } : { exitCode: ExitCode.Usage, failureMessage: `${settings.manifest}: ${problems.length} problem(s)` };
  }
};

// src/actions/entries/validate-manifest.ts
await runAction(validateManifestAction);
