import { messageOf } from '../../core/errors.js';
import type { Logger } from '../../core/logger.js';

/** One stage of `linkgate demo`, as the closing table prints it. */
export interface StageRecord {
  name: string;
  status: 'done' | 'failed' | 'not-available' | 'skipped';
  detail: string;
  ms: number;
}

/** Thrown by a stage that cannot run here (a missing tool or package): said plainly, never faked. */
export class StageUnavailable extends Error {}

export class StageLog {
  readonly records: StageRecord[] = [];
  constructor(
    private readonly logger: Logger,
    private readonly now: () => number,
  ) {}

  /** Runs a stage; returns its value, or null when it failed or was not available. */
  async run<T>(name: string, fn: () => Promise<{ value: T; detail: string }>): Promise<T | null> {
    const started = this.now();
    this.logger.info(`== ${name}`);
    try {
      const { value, detail } = await fn();
      this.#record({ name, status: 'done', detail, ms: this.now() - started });
      return value;
    } catch (error) {
      const status = error instanceof StageUnavailable ? 'not-available' : 'failed';
      this.#record({ name, status, detail: messageOf(error), ms: this.now() - started });
      return null;
    }
  }

  skip(name: string, why: string): void {
    this.#record({ name, status: 'skipped', detail: why, ms: 0 });
  }

  #record(record: StageRecord): void {
    this.records.push(record);
    const line = `${record.name}: ${record.status} in ${(record.ms / 1000).toFixed(1)} s — ${record.detail}`;
    if (record.status === 'done' || record.status === 'skipped') this.logger.info(line);
    else this.logger.warn(line);
  }
}
