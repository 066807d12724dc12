import { ExitCode } from '../../core/exit-codes.js';
import { manifestJsonSchema } from '../../manifest/json-schema.js';
import type { Command } from '../command.js';

export const schemaCommand: Command = {
  name: 'schema',
  summary: 'Print the JSON Schema of linkgate.yaml',
  usage: `linkgate schema > linkgate.schema.json

Prints the JSON Schema generated from the manifest's zod schema. Point your editor at it, e.g. with
the YAML language server, as the first line of linkgate.yaml:
  # yaml-language-server: $schema=./linkgate.schema.json`,
  options: {},
  positionals: [0, 0],
  async run(_args, ctx) {
    ctx.stdout(JSON.stringify(manifestJsonSchema(), null, 2) + '\n');
    return ExitCode.Pass;
  },
};
