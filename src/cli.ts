#!/usr/bin/env node
import { main } from './cli/main.js';

// SIGTERM/SIGINT (a cancelled CI job) abort the running command, which stops its process groups
// and still writes what it has; a second signal exits at once.
const controller = new AbortController();
for (const sig of ['SIGTERM', 'SIGINT'] as const) {
  process.once(sig, () => {
    controller.abort(new Error(`received ${sig}`));
    process.once(sig, () => process.exit(128 + (sig === 'SIGTERM' ? 15 : 2)));
  });
}

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
  signal: controller.signal,
});
