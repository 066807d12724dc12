import type { RunResults } from '../core/results.js';
import type { GateDecision, Reason } from '../gate/verdict.js';

/** GitHub shows at most 10 error and 10 warning annotations per step; the rest vanish silently. */
export const ANNOTATIONS_PER_LEVEL = 10;

export interface PlannedAnnotation {
  level: 'error' | 'warning';
  title: string;
  message: string;
}

/**
 * The annotations of one step, most important first, within GitHub's caps. When there are more,
 * the last slot of a level says how many were left out and where to read them, so nothing is
 * dropped without a word. Errors: what the verdict rests on (gate reasons) then failed checks;
 * warnings: trouble that made the run inconclusive, non-gating findings, then errored checks.
 */
export function planAnnotations(results: RunResults, decision: GateDecision): PlannedAnnotation[] {
  const errors: PlannedAnnotation[] = [];
  const warnings: PlannedAnnotation[] = [];
  const fromReason = (r: Reason): { title: string; message: string } => ({ title: `${r.canary ?? 'fleet'}: ${r.check}`, message: r.message });
  if (decision.verdict === 'ROLLBACK') errors.push(...decision.reasons.map((r) => ({ level: 'error' as const, ...fromReason(r) })));
  else warnings.push(...decision.reasons.map((r) => ({ level: 'warning' as const, ...fromReason(r) })));
  warnings.push(...decision.method.warnings.map((r) => ({ level: 'warning' as const, ...fromReason(r) })));
  const said = new Set([...errors, ...warnings].map((a) => a.message));
  for (const canary of results.canaries) {
    for (const step of canary.steps) {
      for (const check of step.checks) {
        const message = `${canary.name}: ${check.message}`;
        if (said.has(message) || (check.status !== 'fail' && check.status !== 'error')) continue;
        (check.status === 'fail' ? errors : warnings).push({ level: check.status === 'fail' ? 'error' : 'warning', title: `${canary.name}: ${step.name}/${check.name}`, message });
      }
    }
  }
  return [...cap(errors, 'error'), ...cap(warnings, 'warning')];
}

function cap(list: PlannedAnnotation[], level: PlannedAnnotation['level']): PlannedAnnotation[] {
  if (list.length <= ANNOTATIONS_PER_LEVEL) return list;
  const shown = list.slice(0, ANNOTATIONS_PER_LEVEL - 1);
  const rest = list.length - shown.length;
  return [...shown, { level, title: `${rest} more ${level}s`, message: `${rest} more ${level}s not annotated (GitHub shows 10 per step): see the job summary and junit.xml` }];
}
