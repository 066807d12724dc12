import { notAvailable } from './not-available.js';

export const verifyCommand = notAvailable({
  name: 'verify',
  summary: 'Verify module signatures',
  usage: `linkgate verify --cert CERT [--kernel-release R] [--json] MODULE.ko...`,
  options: { cert: { type: 'string' }, 'kernel-release': { type: 'string' } },
  positionals: [1, Infinity],
});
