import { execFileSync } from 'node:child_process';

/**
 * In CI (CI=true) nothing may skip: a missing tool is a failure. Locally a test that needs root or a
 * missing package may skip, and says why.
 */
export function requireTools(tools: readonly string[], opts: { root?: boolean } = {}): string | null {
  const missing = tools.filter((tool) => !hasTool(tool));
  let reason: string | null = null;
  if (opts.root && process.getuid?.() !== 0) reason = 'needs root';
  else if (missing.length > 0) reason = `missing ${missing.join(', ')}`;
  if (reason && process.env.CI === 'true') {
    throw new Error(`CI=true: cannot skip (${reason}); .ci/run must install it`);
  }
  if (reason) console.warn(`[skip] ${reason}`);
  return reason;
}

function hasTool(tool: string): boolean {
  try {
    execFileSync('sh', ['-c', 'command -v "$1"', 'sh', tool], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
