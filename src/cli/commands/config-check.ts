import { notAvailable } from './not-available.js';

export const configCheckCommand = notAvailable({
  name: 'config-check',
  summary: 'Audit a .config against the fragments that requested it',
  usage: `linkgate config-check --fragment F [--fragment F2 ...] --config BUILD/.config [--kconfig-root SRC] [--json]`,
  options: { fragment: { type: 'string', multiple: true }, config: { type: 'string' }, 'kconfig-root': { type: 'string' } },
  positionals: [0, 0],
});
