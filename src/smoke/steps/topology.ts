import type { CheckResult, Problem } from '../../core/results.js';
import { parseNvlinkErrors } from '../../parsers/nvlink-errors.js';
import { parseNvlinkStatus } from '../../parsers/nvlink-status.js';
import { parseQueryGpu } from '../../parsers/query-gpu.js';
import { parseTopo } from '../../parsers/topo.js';
import { topologyFromStepData } from '../../topology/from-results.js';
import { endForMissingTool, requireTool } from '../gpu-presence.js';
import { type CommandOutcome, type SmokeStep, check, firstLine, notInstalled } from '../step.js';
import { keepParsed } from '../step-data.js';
import { topologyChecks } from '../topology-findings.js';

/** nvidia-smi's own words when the driver stack is broken (half-finished bump, driver not loaded). */
export const NVML_BROKEN = /Failed to initialize NVML[^\n]*|NVIDIA-SMI has failed[^\n]*|couldn't communicate with the NVIDIA driver[^\n]*/;
const NO_DEVICES = /No devices were found/;

export const QUERY_FIELDS = ['index', 'name', 'uuid', 'pci.bus_id', 'driver_version'] as const;

/**
 * topology: `topo -m`, `nvlink -s`, `nvlink -e` and `--query-gpu` compared with the canary's expected
 * topology. DCGM passes with every NVLink down unless told how many to expect; this step is why a
 * missing or inactive link still fails the canary, naming the GPU pair and the link.
 */
export const topologyStep: SmokeStep = {
  name: 'topology',
  needsGpu: true,
  async run(ctx) {
    const checks: CheckResult[] = [];
    const problems: Problem[] = [];
    const data: Record<string, unknown> = {};

    const topoOut = await ctx.run('topo', ['nvidia-smi', 'topo', '-m'], { class: 'node' });
    await requireTool(ctx, topoOut, 'nvidia-smi');
    if (NO_DEVICES.test(topoOut.stdout + topoOut.stderr)) await endForMissingTool(ctx, topoOut, 'nvidia-smi');
    const broken = NVML_BROKEN.exec(`${topoOut.stdout}\n${topoOut.stderr}`);
    if (broken) {
      checks.push(check.fail('nvidia-smi', broken[0].trim()));
      return { checks, data, problems };
    }
    const topo = parseTopo(topoOut.stdout);
    problems.push(...topo.problems.map((p) => ({ ...p, source: 'topo' })));
    keepParsed(data, 'topo', topo);
    if (!topo.ok) checks.push(check.error('topo', `could not read nvidia-smi topo -m: ${firstLine(topoOut)}`));

    const statusOut = await ctx.run('nvlink-status', ['nvidia-smi', 'nvlink', '-s'], { class: 'node' });
    const status = readOptional(statusOut, 'nvlink -s', checks) ? parseNvlinkStatus(statusOut.stdout) : null;
    if (status) problems.push(...status.problems.map((p) => ({ ...p, source: 'nvlink-status' })));
    keepParsed(data, 'nvlink-status', status);

    const errorsOut = await ctx.run('nvlink-errors', ['nvidia-smi', 'nvlink', '-e'], { class: 'node' });
    const errors = readOptional(errorsOut, 'nvlink -e', checks) ? parseNvlinkErrors(errorsOut.stdout) : null;
    if (errors) problems.push(...errors.problems.map((p) => ({ ...p, source: 'nvlink-errors' })));
    keepParsed(data, 'nvlink-errors', errors);

    const queryOut = await ctx.run('query-gpu', ['nvidia-smi', `--query-gpu=${QUERY_FIELDS.join(',')}`, '--format=csv'], { class: 'node' });
    const query = readOptional(queryOut, 'query-gpu', checks) ? parseQueryGpu(queryOut.stdout) : null;
    if (query) problems.push(...query.problems.map((p) => ({ ...p, source: 'query-gpu' })));
    keepParsed(data, 'query-gpu', query);
    const driver = query?.data.rows[0]?.fields.driver_version;
    if (driver) ctx.facts.driverVersion ??= driver;

    const expected = ctx.config.expected;
    if (expected === null) checks.push(check.skip('expected-topology', 'no expected topology configured for this canary'));
    else {
      // The same graph `linkgate topology` and topology.json are built from (src/topology/).
      const found = topologyFromStepData('node', null, data);
      if (found) checks.push(...topologyChecks(expected, found, status?.ok === true));
      else if (topo.ok) checks.push(check.error('expected-topology', 'the parsed topo -m could not be turned into a node graph'));
    }
    return { checks, data, problems };
  },
};

/** Secondary views may be missing (old nvidia-smi, a partial capture): noted, never fatal. */
function readOptional(outcome: CommandOutcome, what: string, checks: CheckResult[]): boolean {
  if (notInstalled(outcome)) {
    checks.push(check.skip(what, `not available on this node: ${firstLine(outcome)}`));
    return false;
  }
  if (outcome.exitCode !== 0) {
    checks.push(check.skip(what, `nvidia-smi ${what} failed (exit ${outcome.exitCode}): ${firstLine(outcome)}`));
    return false;
  }
  return true;
}
