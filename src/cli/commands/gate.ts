import { notAvailable } from './not-available.js';

export const gateCommand = notAvailable({
  name: 'gate',
  summary: 'Decide PROMOTE, ROLLBACK or INCONCLUSIVE from results',
  usage: `linkgate gate --results DIR [--baseline DIR] [--policy FILE] [--json]`,
  options: { results: { type: 'string', multiple: true }, baseline: { type: 'string' }, policy: { type: 'string' }, 'dry-run': { type: 'boolean' } },
  positionals: [0, 0],
});
