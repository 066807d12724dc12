/**
 * Artifact names must be unique within a workflow run: a second upload under the same name is a
 * 409 Conflict, and so is a re-run attempt or a second matrix leg. linkgate appends the job, the
 * matrix leg and the run attempt so no two uploads of one run can collide.
 */
export interface NameContext {
  GITHUB_JOB?: string;
  GITHUB_RUN_ID?: string;
  GITHUB_RUN_ATTEMPT?: string;
}

/** Characters GitHub refuses in artifact names (", :, <, >, |, *, ?, \r, \n, \, /) and anything unusual become '-'. */
export function sanitizeNamePart(part: string): string {
  return part
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|-+$/g, '');
}

/**
 * A matrix leg given as `${{ toJSON(matrix) }}` becomes its values sorted by key (`riscv64-6.1`);
 * any other text is used as it is. Empty for no matrix.
 */
export function matrixLegLabel(leg: string | undefined): string {
  if (!leg || leg.trim() === '' || leg.trim() === 'null') return '';
  try {
    const parsed: unknown = JSON.parse(leg);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      return Object.keys(parsed).sort().map((k) => flatten((parsed as Record<string, unknown>)[k])).join('-');
    }
    return flatten(parsed);
  } catch {
    return leg;
  }
}

function flatten(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return Object.values(value).map(flatten).join('-');
  return String(value);
}

export function uniqueArtifactName(base: string, env: NameContext, matrixLeg?: string): string {
  const parts = [
    base,
    env.GITHUB_JOB ?? '',
    matrixLegLabel(matrixLeg),
    env.GITHUB_RUN_ID ? `run${env.GITHUB_RUN_ID}` : '',
    env.GITHUB_RUN_ATTEMPT ? `attempt${env.GITHUB_RUN_ATTEMPT}` : '',
  ].map(sanitizeNamePart).filter((p) => p !== '');
  const name = parts.join('-');
  // Keep well under the service's limits; the run/attempt suffix must survive a cut.
  if (name.length <= 200) return name || 'linkgate';
  const tail = parts.slice(-2).join('-');
  return `${name.slice(0, 199 - tail.length)}-${tail}`;
}
