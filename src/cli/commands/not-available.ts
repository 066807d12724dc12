import { NotAvailableError } from '../../core/errors.js';
import type { Command, OptionSpec } from '../command.js';

/**
 * A command of the stable CLI surface whose capability is not built yet. It parses its flags and
 * answers --help, then exits 2 with "not available yet": it never prints fake output.
 */
export function notAvailable(spec: {
  name: string;
  summary: string;
  usage: string;
  options: OptionSpec;
  positionals?: [number, number];
}): Command {
  return {
    ...spec,
    positionals: spec.positionals ?? [0, 0],
    run: async () => {
      throw new NotAvailableError(spec.name);
    },
  };
}
