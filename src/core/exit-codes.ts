/** Exit codes shared by every command and action (DESIGN.md). */
export const ExitCode = {
  /** pass / promote */
  Pass: 0,
  /** a test failed / rollback */
  Fail: 1,
  /** usage or configuration error: the user must act */
  Usage: 2,
  /** infrastructure error or inconclusive: retry or fix the fleet */
  Infra: 3,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
