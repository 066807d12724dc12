import { notAvailable } from './not-available.js';

export const captureCommand = notAvailable({
  name: 'capture',
  summary: 'Record a capture bundle from a real canary',
  usage: `linkgate capture --manifest linkgate.yaml --canary NAME --out BUNDLE_DIR`,
  options: { manifest: { type: 'string', short: 'm' }, canary: { type: 'string' }, out: { type: 'string' } },
  positionals: [0, 0],
});
