import type { CommandRunner } from '../core/command-runner.js';
import { InfraError } from '../core/errors.js';
import type { BuildPlan } from './plan.js';

export interface CompilerInfo {
  name: string;
  version: string;
  versionFull: string;
}

/**
 * Probes every tool the plan needs with `--version` and reports all missing ones at once, each with
 * the Debian package that provides it: `riscv64-linux-gnu-gcc (Debian package gcc-riscv64-linux-gnu)`.
 */
export async function probeTools(plan: BuildPlan, runner: CommandRunner): Promise<{ compiler: CompilerInfo; seconds: number }> {
  const started = Date.now();
  const missing: { tool: string; pkg: string }[] = [];
  let compiler: CompilerInfo | null = null;
  for (const step of plan.steps) {
    if (step.kind !== 'tool') continue;
    let ok = false;
    let firstLine = '';
    try {
      const result = await runner.run({ argv: step.argv, timeoutMs: 30_000, maxOutputBytes: 64 * 1024 });
      ok = result.exitCode === 0;
      firstLine = (result.stdout.split('\n')[0] ?? '').trim();
    } catch {
      ok = false;
    }
    if (!ok) missing.push({ tool: step.name, pkg: step.package });
    else if (step.name === `${plan.crossCompile}gcc`) compiler = parseCompilerVersion(firstLine);
  }
  if (missing.length > 0 || !compiler) {
    const packages = [...new Set(missing.map((m) => m.pkg))];
    const first = missing[0];
    const headline = first && first.tool.endsWith('gcc')
      ? `cross compiler ${first.tool} not found: install the Debian package ${first.pkg}`
      : `missing build tools: ${missing.map((m) => m.tool).join(', ')}`;
    throw new InfraError(headline, {
      details: [
        ...missing.map((m) => `${m.tool}: not found (Debian package ${m.pkg})`),
        ...(packages.length > 0 ? [`install: apt-get install -y --no-install-recommends ${packages.join(' ')}`] : []),
      ],
    });
  }
  return { compiler, seconds: (Date.now() - started) / 1000 };
}

/** `riscv64-linux-gnu-gcc (Debian 12.2.0-13) 12.2.0` → gcc 12.2.0. */
export function parseCompilerVersion(firstLine: string): CompilerInfo {
  const version = /(\d+\.\d+(?:\.\d+)?)\s*$/.exec(firstLine)?.[1] ?? /(\d+\.\d+(?:\.\d+)?)/.exec(firstLine)?.[1] ?? 'unknown';
  const name = /clang/.test(firstLine) ? 'clang' : 'gcc';
  return { name, version, versionFull: firstLine };
}

/** ccache's counters (ccache ≥ 4.x `--print-stats`); null when unavailable. */
export async function ccacheStats(runner: CommandRunner, env: Record<string, string>): Promise<{ hits: number; misses: number } | null> {
  try {
    const result = await runner.run({ argv: ['ccache', '--print-stats'], env, timeoutMs: 30_000 });
    if (result.exitCode !== 0) return null;
    const values = new Map<string, number>();
    for (const line of result.stdout.split('\n')) {
      const [key, value] = line.split('\t');
      if (key && value !== undefined) values.set(key, Number(value));
    }
    const hits = (values.get('direct_cache_hit') ?? 0) + (values.get('preprocessed_cache_hit') ?? 0);
    return { hits, misses: values.get('cache_miss') ?? 0 };
  } catch {
    return null;
  }
}
