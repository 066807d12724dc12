import { notAvailable } from './not-available.js';

export const demoCommand = notAvailable({
  name: 'demo',
  summary: 'Run the whole pipeline on the embedded virtual fleet',
  usage: `linkgate demo [--out DIR]`,
  options: { out: { type: 'string' } },
  positionals: [0, 0],
});
