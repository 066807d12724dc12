import * as core from '@actions/core';
import type { z } from 'zod';
import { systemClock } from '../core/clock.js';
import type { Clock } from '../core/clock.js';
import type { CommandRunner } from '../core/command-runner.js';
import { LinkgateError, messageOf } from '../core/errors.js';
import { ExitCode } from '../core/exit-codes.js';
import type { Logger } from '../core/logger.js';
import { ActionsLogger } from './core-logger.js';
import { ActionsExecRunner } from './exec-runner.js';
import { type InputSpecs, readSettings } from './inputs.js';

export interface ActionContext {
  logger: Logger;
  runner: CommandRunner;
  clock: Clock;
  env: NodeJS.ProcessEnv;
  /** Aborted when the runner cancels the job (SIGTERM/SIGINT). */
  signal: AbortSignal;
  /** Sets an output; values that are not strings are written as JSON. */
  setOutput(name: string, value: unknown): void;
  /** Appends markdown to the job summary. */
  summary(markdown: string): Promise<void>;
}

/** One JavaScript action: declared inputs → one settings object → the same functions the CLI calls. */
export interface ActionDefinition<S extends z.ZodType> {
  name: string;
  inputs: InputSpecs;
  outputs: readonly string[];
  settings: S;
  /** Returns an ExitCode; 0 succeeds, anything else fails the step with `failureMessage`. */
  run(settings: z.infer<S>, ctx: ActionContext): Promise<{ exitCode: number; failureMessage?: string }>;
}

/** The thin entry every action bundle calls. The only place that calls core.setFailed. */
export async function runAction<S extends z.ZodType>(action: ActionDefinition<S>): Promise<void> {
  const controller = new AbortController();
  for (const sig of ['SIGTERM', 'SIGINT'] as const) {
    process.once(sig, () => controller.abort(new Error(`received ${sig}`)));
  }
  const ctx: ActionContext = {
    logger: new ActionsLogger(),
    runner: new ActionsExecRunner(),
    clock: systemClock,
    env: process.env,
    signal: controller.signal,
    setOutput: (name, value) => {
      if (!action.outputs.includes(name)) throw new Error(`action ${action.name} sets undeclared output ${name}`);
      core.setOutput(name, typeof value === 'string' ? value : JSON.stringify(value));
    },
    summary: async (markdown) => {
      if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown, true).write();
    },
  };
  try {
    const settings = readSettings(action.inputs, action.settings);
    const { exitCode, failureMessage } = await action.run(settings, ctx);
    if (exitCode !== ExitCode.Pass) core.setFailed(failureMessage ?? `${action.name} failed (exit ${exitCode})`);
  } catch (error) {
    if (error instanceof LinkgateError) {
      for (const line of error.details) core.error(line);
      core.setFailed(`${error.actor === 'infra' ? 'infrastructure error: ' : ''}${error.message}`);
    } else {
      core.setFailed(`internal error: ${messageOf(error)}`);
    }
  }
}
