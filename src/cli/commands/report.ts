import { notAvailable } from './not-available.js';

export const reportCommand = notAvailable({
  name: 'report',
  summary: 'Generate JUnit, a job summary or Prometheus metrics from results',
  usage: `linkgate report junit|summary|metrics --results DIR [--results DIR ...] [--out FILE]`,
  options: { results: { type: 'string', multiple: true }, out: { type: 'string' } },
  positionals: [1, 1],
});
