import { notAvailable } from './not-available.js';

export const signCommand = notAvailable({
  name: 'sign',
  summary: 'Sign kernel modules',
  usage: `linkgate sign --key KEY.pem --cert CERT [--hash sha256] [--strip] MODULE.ko...`,
  options: { key: { type: 'string' }, cert: { type: 'string' }, hash: { type: 'string' }, strip: { type: 'boolean' } },
  positionals: [1, Infinity],
});
