import { cp, mkdir, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ExitCode } from '../../core/exit-codes.js';
import { UsageError } from '../../core/errors.js';
import { shardLegs } from '../../report/merge-results.js';
import { loadResultsSet } from '../../report/results-source.js';
import { writeResults, writeTopologyDb } from '../../smoke/results-dir.js';
import { type Command, stringOpt, stringsOpt } from '../command.js';

export const mergeCommand: Command = {
  name: 'merge',
  summary: 'Merge result shards of one fleet run',
  usage: `linkgate merge --results DIR [--results DIR ...] --out DIR

Combines the results directories of one run's shards (same run id, each canary in one shard) into
one: results.json and raw/. Refuses shards of different runs, a canary in two shards, a raw file in
two shards, and a non-empty --out. Legs of "linkgate smoke --shard I/N" must agree on N; a missing
leg marks the merged run incomplete (the gate then says INCONCLUSIVE). With --json prints {"out", "canaries", "shards"}. Exit 0 or 2.`,
  options: { results: { type: 'string', multiple: true }, out: { type: 'string' } },
  positionals: [0, 0],
  async run(args, ctx) {
    const out = stringOpt(args, 'out');
    if (!out) throw new UsageError('--out DIR is required');
    const dirs = stringsOpt(args, 'results');
    const { loaded, merged } = await loadResultsSet(dirs);
    const legs = shardLegs(loaded.map((l) => l.results));
    if (legs.ok && legs.missing.length > 0) {
      ctx.logger.warn(`shard leg(s) ${legs.missing.join(', ')} missing: their canaries were not judged, so the merged run is marked incomplete (the gate says INCONCLUSIVE)`);
    }
    if (await nonEmpty(out)) throw new UsageError(`--out ${out} exists and is not empty`);
    await mkdir(join(out, 'raw'), { recursive: true });
    for (const dir of dirs) {
      const raw = join(dir, 'raw');
      if (!(await nonEmpty(raw))) continue;
      try {
        await cp(raw, join(out, 'raw'), { recursive: true, force: false, errorOnExist: true });
      } catch (error) {
        const message = (error as Error).message;
        if ((error as NodeJS.ErrnoException).code === 'ERR_FS_CP_EEXIST') throw new UsageError(`raw files of ${dir} collide with another shard's: ${message}`);
        throw new UsageError(`cannot copy the raw files of ${dir} into ${out}: ${message}`);
      }
    }
    await writeResults(out, merged);
    await writeTopologyDb(out, merged);
    if (args.values.json) ctx.stdout(`${JSON.stringify({ out, canaries: merged.canaries.length, shards: dirs.length })}\n`);
    ctx.logger.info(`merged ${dirs.length} shard(s), ${merged.canaries.length} canaries, into ${out}`);
    return ExitCode.Pass;
  },
};

async function nonEmpty(dir: string): Promise<boolean> {
  try {
    if (!(await stat(dir)).isDirectory()) return true;
    return (await readdir(dir)).length > 0;
  } catch {
    return false;
  }
}
