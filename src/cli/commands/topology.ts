import { notAvailable } from './not-available.js';

export const topologyCommand = notAvailable({
  name: 'topology',
  summary: 'Export NVLink topology: labels, gres, nrt or mermaid',
  usage: `linkgate topology labels|gres|nrt|mermaid --from FILE|DIR`,
  options: { from: { type: 'string' } },
  positionals: [1, 1],
});
