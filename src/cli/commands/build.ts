import { notAvailable } from './not-available.js';

export const buildCommand = notAvailable({
  name: 'build',
  summary: 'Build the riscv64 kernel and out-of-tree modules from the manifest',
  usage: `linkgate build --manifest linkgate.yaml [--out DIR] [--dry-run] [--json]`,
  options: { manifest: { type: 'string', short: 'm' }, out: { type: 'string' }, 'dry-run': { type: 'boolean' } },
  positionals: [0, 0],
});
