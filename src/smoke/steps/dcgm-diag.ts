import type { CheckResult, Problem } from '../../core/results.js';
import { parseDcgmDiag } from '../../parsers/dcgm-diag.js';
import { endForMissingTool } from '../gpu-presence.js';
import { keepParsed } from '../step-data.js';
import { type SmokeStep, check, describeExit, firstLine, notInstalled } from '../step.js';

/** A `| Test | Result |` row of dcgmi's table (3.x `Fail - GPU: 0`, 4.x `Fail`). */
const TABLE_ROW = /^\|\s*([^|]+?)\s*\|\s*(Pass|Fail|Warn|Skip)\b[^|]*\|/;

/**
 * dcgm-diag (optional): `dcgmi diag -r N`. DCGM passes with NVLinks down unless it is told how many
 * to expect (its `gpu_nvlinks_expected_up` defaults to 0), so the expected count is passed when the
 * canary has one, and the topology step still does the real link check.
 */
export const dcgmDiagStep: SmokeStep = {
  name: 'dcgm-diag',
  needsGpu: true,
  async run(ctx) {
    const argv = ['dcgmi', 'diag', '-r', String(ctx.config.dcgm.level)];
    const links = ctx.config.expected?.activeLinksPerGpu ?? ctx.config.expected?.nvlinksPerPair;
    if (links && ctx.config.dcgm.expectLinks && ctx.config.dcgm.level >= 2) argv.push('-p', `pcie.gpu_nvlinks_expected_up=${links}`);
    const out = await ctx.run('dcgmi-diag', argv, { class: 'node' });
    if (notInstalled(out)) await endForMissingTool(ctx, out, 'dcgmi');
    const parsed = parseDcgmDiag(out.stdout);
    const problems: Problem[] = parsed.problems.map((p) => ({ ...p, source: 'dcgm-diag' }));
    const rows = out.stdout.split('\n').map((l) => TABLE_ROW.exec(l.trim())).filter((m): m is RegExpExecArray => m !== null);
    const checks: CheckResult[] = [];
    const failed = rows.filter((r) => r[2] === 'Fail');
    const warned = rows.filter((r) => r[2] === 'Warn');
    if (rows.length === 0) checks.push(check.error('dcgmi-diag', `no test results in the output (${describeExit(out)}): ${firstLine(out)}`));
    else if (failed.length > 0) checks.push(check.fail('dcgmi-diag', `failed: ${failed.map((r) => r[1]).join(', ')}`));
    else {
      const passed = rows.filter((r) => r[2] === 'Pass').length;
      // Skip is common (tests not allowed on the SKU) and must never be read as a pass.
      checks.push(passed > 0 ? check.pass('dcgmi-diag', `${passed} passed, ${rows.length - passed - warned.length} skipped${warned.length ? `, warnings: ${warned.map((r) => r[1]).join(', ')}` : ''}`) : check.skip('dcgmi-diag', 'every test was skipped'));
    }
    const data: Record<string, unknown> = { level: ctx.config.dcgm.level };
    keepParsed(data, 'dcgm-diag', parsed);
    return { checks, data, problems };
  },
};
