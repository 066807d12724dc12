import { notAvailable } from './not-available.js';

export const rollbackCommand = notAvailable({
  name: 'rollback',
  summary: 'Roll a canary back to its known-good kernel and driver',
  usage: `linkgate rollback --manifest linkgate.yaml --canary NAME [--dry-run]`,
  options: { manifest: { type: 'string', short: 'm' }, canary: { type: 'string', multiple: true }, 'dry-run': { type: 'boolean' } },
  positionals: [0, 0],
});
