import type { Command } from '../command.js';
import { buildCommand } from './build.js';
import { captureCommand } from './capture.js';
import { configCheckCommand } from './config-check.js';
import { demoCommand } from './demo.js';
import { deployCommand } from './deploy.js';
import { gateCommand } from './gate.js';
import { mergeCommand } from './merge.js';
import { parseCommand } from './parse.js';
import { reportCommand } from './report.js';
import { rollbackCommand } from './rollback.js';
import { schemaCommand } from './schema.js';
import { signCommand } from './sign.js';
import { smokeCommand } from './smoke.js';
import { topologyCommand } from './topology.js';
import { validateCommand } from './validate.js';
import { verifyCommand } from './verify.js';

/** The stable CLI surface (DESIGN.md), in the order `linkgate --help` lists it. */
export const COMMANDS: readonly Command[] = [
  validateCommand,
  schemaCommand,
  buildCommand,
  configCheckCommand,
  signCommand,
  verifyCommand,
  deployCommand,
  smokeCommand,
  captureCommand,
  gateCommand,
  rollbackCommand,
  topologyCommand,
  parseCommand,
  reportCommand,
  mergeCommand,
  demoCommand,
];
