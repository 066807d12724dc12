import { it } from 'vitest';
import { systemClock } from '../../src/core/clock.js';
import { ProcessRunner } from '../../src/core/command-runner.js';
import { StreamLogger } from '../../src/core/logger.js';
import { buildCanaryKernel } from '../../src/canary/canary-kernel.js';
import { ROOT } from '../helpers/paths.js';
it('build', async () => {
  const t = Date.now();
  const k = await buildCanaryKernel('candidate', { repoRoot: ROOT.replace(/\/$/, ''), runner: new ProcessRunner(), logger: new StreamLogger((x) => process.stderr.write(x)), clock: systemClock, signal: new AbortController().signal });
  console.log(k, Date.now() - t);
}, 1800000);
