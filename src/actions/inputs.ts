import * as core from '@actions/core';
import type { z } from 'zod';
import { UsageError } from '../core/errors.js';

/** How an action input is read. Every action declares these once; the test suite compares them with action.yml. */
export interface InputSpec {
  required?: boolean;
  /** Masked with core.setSecret before anything else happens. */
  secret?: boolean;
  /** `list`: one value per line, blank lines dropped. */
  kind?: 'string' | 'boolean' | 'list';
}

export type InputSpecs = Record<string, InputSpec>;

/**
 * Reads the declared inputs once and validates them into one typed settings object. Downstream
 * code never calls getInput. Booleans accept only YAML 1.2 spellings (core.getBooleanInput).
 */
export function readSettings<S extends z.ZodType>(specs: InputSpecs, schema: S): z.infer<S> {
  const raw: Record<string, unknown> = {};
  const problems: string[] = [];
  // An input that could not be read is reported once, not again by the schema as "missing".
  const unreadable = new Set<string>();
  for (const [name, spec] of Object.entries(specs)) {
    try {
      const text = core.getInput(name, { required: spec.required ?? false });
      if (spec.secret && text) core.setSecret(text);
      if (text === '') continue;
      raw[camel(name)] =
        spec.kind === 'boolean'
          ? core.getBooleanInput(name)
          : spec.kind === 'list'
            ? core.getMultilineInput(name).filter((line) => line.trim() !== '')
            : text;
    } catch (error) {
      problems.push(`input ${name}: ${(error as Error).message}`);
      unreadable.add(camel(name));
    }
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (unreadable.has(String(issue.path[0]))) continue;
      const field = issue.path.map(String).join('.');
      problems.push(`input ${kebab(field)}: ${issue.message}`);
    }
  }
  if (problems.length > 0 || !result.success) {
    throw new UsageError(`invalid action inputs (${problems.length})`, { details: problems });
  }
  return result.data;
}

export function camel(name: string): string {
  return name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}
