import { notAvailable } from './not-available.js';

export const mergeCommand = notAvailable({
  name: 'merge',
  summary: 'Merge result shards of one fleet run',
  usage: `linkgate merge --results DIR [--results DIR ...] --out DIR`,
  options: { results: { type: 'string', multiple: true }, out: { type: 'string' } },
  positionals: [0, 0],
});
