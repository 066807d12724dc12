import type { CheckResult, Problem } from '../../core/results.js';
import { parseNvbandwidth } from '../../parsers/nvbandwidth.js';
import { parseP2p } from '../../parsers/p2p.js';
import { floorForRate, p2pPairMatrix, pairsFromMatrix } from '../../topology/peer-bandwidth.js';
import { baselineCheck, floorCheck, storedPairs } from '../bandwidth-check.js';
import { endForMissingTool } from '../gpu-presence.js';
import { linkModel } from '../link-model.js';
import { keepParsed } from '../step-data.js';
import { type SmokeStep, check, describeExit, firstLine, notInstalled } from '../step.js';

/**
 * peer-bandwidth: nvbandwidth (preferred) or p2pBandwidthLatencyTest; each GPU pair as a fraction of
 * its NVLink peak and against the baseline. Neither tool has a pass/fail floor of its own.
 */
export const peerBandwidthStep: SmokeStep = {
  name: 'peer-bandwidth',
  needsGpu: true,
  async run(ctx) {
    const checks: CheckResult[] = [];
    const problems: Problem[] = [];
    const data: Record<string, unknown> = {};
    const { testcase, maxRegression } = ctx.config.bandwidth;
    const model = linkModel(ctx);
    let matrix: (number | null)[][] | null = null;
    let tool: string;

    const nvb = await ctx.run('nvbandwidth', ['nvbandwidth', '-t', testcase], { class: 'node' });
    if (!notInstalled(nvb)) {
      tool = 'nvbandwidth';
      const parsed = parseNvbandwidth(nvb.stdout);
      keepParsed(data, 'nvbandwidth', parsed);
      problems.push(...parsed.problems.map((p) => ({ ...p, source: 'nvbandwidth' })));
      const tc = parsed.data.testcases.find((t) => t.name === testcase);
      if (nvb.exitCode !== 0 && !tc) checks.push(check.error('nvbandwidth', `nvbandwidth failed (${describeExit(nvb)}): ${firstLine(nvb)}`));
      else if (!tc) checks.push(check.error('nvbandwidth', `nvbandwidth printed no ${testcase} result`));
      else if (tc.status === 'waived') {
        const nvlinkExpected = (ctx.config.expected?.nvlinksPerPair ?? 0) > 0;
        checks.push(nvlinkExpected ? check.fail('nvbandwidth', `${testcase} was waived: no peer access between the GPUs`) : check.skip('nvbandwidth', `${testcase} waived (no peer access; no NVLink expected)`));
      } else matrix = tc.matrix;
    } else {
      const p2p = await ctx.run('p2p', ['p2pBandwidthLatencyTest'], { class: 'node' });
      if (notInstalled(p2p)) await endForMissingTool(ctx, p2p, 'nvbandwidth or p2pBandwidthLatencyTest');
      tool = 'p2pBandwidthLatencyTest';
      const parsed = parseP2p(p2p.stdout);
      keepParsed(data, 'p2p', parsed);
      problems.push(...parsed.problems.map((p) => ({ ...p, source: 'p2p' })));
      const m = p2pPairMatrix(parsed.data.matrices);
      if (!m) checks.push(check.error('p2p', `p2pBandwidthLatencyTest printed no unidirectional P2P=Enabled bandwidth matrix (${describeExit(p2p)})`));
      else matrix = m;
    }

    const pairs = matrix ? pairsFromMatrix(matrix, (a, b) => model.pairPeak(a, b)) : [];
    if (matrix && pairs.length === 0) checks.push(check.error('pairs', `${tool} reported no GPU pair`));
    if (pairs.length > 0) {
      checks.push(floorCheck(pairs, floorForRate(model.linkSpeedGBs, ctx.config.bandwidth.floor, ctx.config.bandwidth.linkGenerations)));
      checks.push(baselineCheck(pairs, storedPairs(ctx.baseline?.data), maxRegression));
    }
    return { checks, data: { ...data, tool, testcase: tool === 'nvbandwidth' ? testcase : null, linkSpeedGBs: model.linkSpeedGBs, pairs }, problems };
  },
};
