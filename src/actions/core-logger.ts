import * as core from '@actions/core';
import type { Annotation, Logger } from '../core/logger.js';

/** The Logger port over @actions/core: groups fold in the job log, warnings and errors annotate files. */
export class ActionsLogger implements Logger {
  info(message: string): void {
    core.info(message);
  }
  warn(message: string, annotation?: Annotation): void {
    core.warning(message, toProperties(annotation));
  }
  error(message: string, annotation?: Annotation): void {
    core.error(message, toProperties(annotation));
  }
  debug(message: string): void {
    core.debug(message);
  }
  group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    return core.group(title, fn);
  }
  mask(value: string): void {
    core.setSecret(value);
  }
}

function toProperties(annotation?: Annotation): core.AnnotationProperties | undefined {
  if (!annotation) return undefined;
  return {
    file: annotation.file,
    startLine: annotation.line,
    startColumn: annotation.column,
    title: annotation.title,
  };
}
