import { it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { ROOT } from '../helpers/paths.js';
it('demo', async () => {
  const code = await main(['demo', '--out', '/tmp/cl/demo-out'], { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t), env: process.env, cwd: ROOT, signal: new AbortController().signal });
  console.log('exit', code);
}, 900000);
