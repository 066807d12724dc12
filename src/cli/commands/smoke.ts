import { notAvailable } from './not-available.js';

export const smokeCommand = notAvailable({
  name: 'smoke',
  summary: 'Run the smoke suite on canaries (real or virtual)',
  usage: `linkgate smoke --manifest linkgate.yaml [--canary NAME ...] [--out DIR]
linkgate smoke --virtual BUNDLE_DIR [--virtual BUNDLE_DIR ...] [--out DIR]`,
  options: { manifest: { type: 'string', short: 'm' }, canary: { type: 'string', multiple: true }, virtual: { type: 'string', multiple: true }, out: { type: 'string' } },
  positionals: [0, 0],
});
