import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { UsageError } from '../../core/errors.js';
import { ExitCode } from '../../core/exit-codes.js';
import { archInfo } from '../../kernel/arch.js';
import { type AuditRequest, auditConfig, toConfigCheckJson } from '../../kernel/config-audit.js';
import { MAX_FRAGMENT_BYTES, parseDotConfig, parseFragment } from '../../kernel/kconfig-fragment.js';
import { inferSrcArch, loadKconfigDb } from '../../kernel/kconfig-load.js';
import { type Command, stringOpt, stringsOpt } from '../command.js';

/** A .config is a few hundred KB; refuse what cannot be one. */
const MAX_CONFIG_BYTES = 16 * 1024 * 1024;

export const configCheckCommand: Command = {
  name: 'config-check',
  summary: 'Audit a .config against the fragments that requested it',
  usage: `linkgate config-check --fragment F [--fragment F2 ...] --config BUILD/.config [--kconfig-root SRC] [--arch ARCH] [--json]

Compares every line of every fragment with the final .config: kept, changed or dropped (absent from
.config: invisible, unmet dependencies). With --kconfig-root (the kernel source tree) each changed or
dropped option gets the depends on / select lines that explain it; the arch is read from .config
(CONFIG_RISCV=y → riscv) unless --arch says. "# CONFIG_X is not set" and CONFIG_X=n are the same request.
--json prints exactly:
  {"ok": bool, "options": [{"symbol": "CONFIG_X", "requested": "y", "actual": "n"|null,
                            "status": "kept"|"changed"|"dropped", "reason": "..."}]}
Exit: 0 every option held, 1 some did not, 2 unreadable input or a fragment syntax error.`,
  options: {
    fragment: { type: 'string', multiple: true },
    config: { type: 'string' },
    'kconfig-root': { type: 'string' },
    arch: { type: 'string' },
  },
  positionals: [0, 0],
  async run(args, ctx) {
    const at = (p: string): string => (isAbsolute(p) ? p : resolve(ctx.cwd, p));
    const fragments = stringsOpt(args, 'fragment');
    const configPath = stringOpt(args, 'config');
    if (fragments.length === 0) throw new UsageError('at least one --fragment is required');
    if (!configPath) throw new UsageError('--config is required');

    const requests: AuditRequest[] = [];
    const problems: string[] = [];
    for (const fragment of fragments) {
      const text = await readLimited(at(fragment), `fragment ${fragment}`, MAX_FRAGMENT_BYTES);
      const parsed = parseFragment(text);
      for (const p of parsed.problems) {
        problems.push(`${fragment}:${p.line}: ${p.message}`);
        ctx.logger.error(p.message, { file: fragment, line: p.line, title: 'Kconfig fragment syntax' });
      }
      for (const entry of parsed.entries) requests.push({ ...entry, fragment, policy: 'fail' });
    }
    if (problems.length > 0) throw new UsageError(`${problems.length} fragment syntax error(s)`, { details: problems });
    const config = parseDotConfig(await readLimited(at(configPath), `config ${configPath}`, MAX_CONFIG_BYTES));
    if (config.size === 0) throw new UsageError(`${configPath} holds no CONFIG_ lines: not a .config`);

    const root = stringOpt(args, 'kconfig-root');
    let db;
    if (root) {
      if (!(await stat(resolve(at(root), 'Kconfig')).catch(() => null))) throw new UsageError(`--kconfig-root ${root} has no Kconfig file: not a kernel source tree`);
      const archName = stringOpt(args, 'arch');
      const srcArch = archName ? (archInfo(archName)?.linuxArch ?? archName) : inferSrcArch(at(root), config);
      if (!srcArch) throw new UsageError(`cannot tell the arch of ${configPath}; pass --arch (e.g. riscv64)`);
      db = loadKconfigDb(at(root), srcArch);
      for (const note of db.notes.slice(0, 5)) ctx.logger.debug(`kconfig: ${note}`);
    }
    const audit = auditConfig(requests, config, db);
    for (const o of audit.options) {
      if (o.status === 'kept') continue;
      ctx.logger.error(`${o.symbol}=${o.requested} ${o.status}${o.actual === null ? ' (absent)' : ` to ${o.actual}`}: ${o.reason}`, {
        file: o.fragment,
        line: o.line,
        title: `config option ${o.status}`,
      });
    }
    for (const o of audit.overridden) ctx.logger.warn(`${o.symbol} at ${o.fragment}:${o.line} is overridden by ${o.by}`);
    const dropped = audit.options.filter((o) => o.status === 'dropped').length;
    const changed = audit.options.filter((o) => o.status === 'changed').length;
    ctx.logger.info(`${audit.options.length - dropped - changed} kept, ${changed} changed, ${dropped} dropped`);
    if (args.values.json) ctx.stdout(JSON.stringify(toConfigCheckJson(audit)) + '\n');
    return audit.ok ? ExitCode.Pass : ExitCode.Fail;
  },
};

async function readLimited(path: string, what: string, limit: number): Promise<string> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new UsageError(`${what} is not a file`);
    size = info.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read ${what}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  if (size > limit) throw new UsageError(`${what} is ${size} bytes; the limit is ${limit}`);
  const text = await readFile(path, 'utf8');
  if (text.includes('\0')) throw new UsageError(`${what} contains NUL bytes: not a text file`);
  return text;
}
