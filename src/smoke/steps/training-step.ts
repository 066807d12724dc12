import type { CheckResult, Problem } from '../../core/results.js';
import { parseNccl } from '../../parsers/nccl.js';
import { endForMissingTool } from '../gpu-presence.js';
import { hardwareScript } from '../hardware-scripts.js';
import { linkModel } from '../link-model.js';
import { keepParsed } from '../step-data.js';
import { type CommandOutcome, type SmokeStep, type StepContext, check, describeExit, firstLine, notInstalled } from '../step.js';

/**
 * Runs a script fed on stdin from a temp file: torch.multiprocessing's spawn re-imports the main
 * module by path, so `python3 -` cannot start the ranks. A constant wrapper; arguments follow `sh`.
 */
export const RUN_PY_FROM_STDIN = [
  'sh',
  '-c',
  'f=$(mktemp "${TMPDIR:-/tmp}/linkgate-XXXXXX.py") || exit 126; cat > "$f"; python3 "$f" "$@"; rc=$?; rm -f "$f"; exit $rc',
  'linkgate-train-step',
] as const;

/**
 * training-step: nccl-tests all_reduce_perf (the largest size row is judged: the "Avg bus bandwidth"
 * footer averages the whole sweep) and/or tests/hardware/train_step.py (one DDP step over NCCL).
 */
export const trainingStep: SmokeStep = {
  name: 'training-step',
  needsGpu: true,
  async run(ctx) {
    const checks: CheckResult[] = [];
    const problems: Problem[] = [];
    const data: Record<string, unknown> = {};
    const tools = ctx.config.training.tools;
    const ncclMissing = tools.includes('nccl') ? await runNccl(ctx, checks, problems, data) : null;
    if (tools.includes('train-step')) await runTrainStep(ctx, checks, data);
    // Nothing could run at all: tell a node without a GPU (skip) from a GPU node missing its tools (error).
    if (ncclMissing && checks.every((c) => c.status === 'skip')) await endForMissingTool(ctx, ncclMissing, 'all_reduce_perf');
    return { checks, data, problems };
  },
};

/** Returns the outcome when all_reduce_perf is not installed, else null. */
async function runNccl(ctx: StepContext, checks: CheckResult[], problems: Problem[], data: Record<string, unknown>): Promise<CommandOutcome | null> {
  const { minBytes, maxBytes, busbwFloor } = ctx.config.training;
  const gpus = ctx.config.expected?.gpus || 1;
  const out = await ctx.run('all_reduce_perf', ['all_reduce_perf', '-b', minBytes, '-e', maxBytes, '-f', '2', '-g', String(gpus)], { class: 'node' });
  if (notInstalled(out)) {
    checks.push(check.skip('nccl-tests', 'all_reduce_perf is not installed on this node'));
    return out;
  }
  const parsed = parseNccl(out.stdout);
  problems.push(...parsed.problems.map((p) => ({ ...p, source: 'nccl' })));
  const largest = parsed.data.largest;
  keepParsed(data, 'nccl', parsed);
  const oob = /Out of bounds values\s*:\s*(\d+)\s*(OK|FAILED)?/.exec(out.stdout);
  if (oob && (Number(oob[1]) > 0 || oob[2] === 'FAILED')) checks.push(check.fail('nccl-correctness', `Out of bounds values: ${oob[1]} ${oob[2] ?? ''}`.trim()));
  if (out.exitCode !== 0) checks.push(check.fail('nccl-exit', `all_reduce_perf ${describeExit(out)}: ${firstLine(out)}`));
  if (!largest) {
    checks.push(check.error('nccl-busbw', 'all_reduce_perf printed no complete result row'));
    return null;
  }
  const busbw = largest.outOfPlace.busbwGBs;
  const peak = linkModel(ctx).gpuPeak();
  const size = `${largest.sizeBytes} B`;
  if (peak === null) checks.push(check.skip('nccl-busbw', `busbw ${busbw} GB/s at ${size}; NVLink peak unknown`));
  else {
    const fraction = Math.round((busbw / peak) * 1000) / 1000;
    data.ncclBusbwFraction = fraction;
    const ok = fraction >= busbwFloor;
    checks.push((ok ? check.pass : check.fail)('nccl-busbw', `busbw ${busbw} GB/s at ${size} = ${Math.round(fraction * 100)}% of ${peak} GB/s${ok ? '' : `, floor ${Math.round(busbwFloor * 100)}%`}`, { expected: busbwFloor, actual: fraction }));
  }
  return null;
}

async function runTrainStep(ctx: StepContext, checks: CheckResult[], data: Record<string, unknown>): Promise<void> {
  const script = await hardwareScript('train_step.py');
  if (script === null) return void checks.push(check.skip('train-step', 'train_step.py is not shipped with this linkgate build'));
  const out = await ctx.run('train_step', [...RUN_PY_FROM_STDIN, '--steps', '1'], { class: 'node', stdin: script });
  const last = out.stdout.trim().split('\n').at(-1) ?? '';
  let doc: Record<string, unknown> | null = null;
  try {
    const parsed: unknown = JSON.parse(last);
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) doc = parsed as Record<string, unknown>;
  } catch {
    doc = null;
  }
  data['train-step'] = doc;
  if (out.exitCode === 127 || (doc === null && /python3: (command )?not found/.test(out.stderr))) return void checks.push(check.skip('train-step', 'python3 is not installed on this node'));
  if (doc === null) return void checks.push(check.error('train-step', `train_step.py printed no JSON (${describeExit(out)}): ${firstLine(out)}`));
  if (typeof doc.skip === 'string') return void checks.push(check.skip('train-step', `train_step.py: ${doc.skip}`));
  const loss = typeof doc.loss === 'number' ? doc.loss : NaN;
  if (out.exitCode !== 0 || doc.ok !== true || !Number.isFinite(loss)) {
    return void checks.push(check.fail('train-step', `one DDP step failed (${describeExit(out)}): ${typeof doc.error === 'string' ? doc.error : `loss ${String(doc.loss)}`}`));
  }
  checks.push(check.pass('train-step', `DDP step on ${String(doc.worldSize)} GPU(s): ${String(doc.stepTimeMs)} ms, loss ${loss}`));
}
