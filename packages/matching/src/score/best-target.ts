import type { CompiledInvestor } from '../compile/compile-investor.js';
import type { CompiledTarget } from '../compile/compile-target.js';
import { evaluatePair, type MatchView, type PairEvaluation } from '../criteria/evaluate-pair.js';
import type { PairSet } from '../filters/pair-set.js';
import { scoreOf } from './points.js';

/**
 * The business's target that scores best for this investor from the given view, skipping opportunities the
 * pair dismissed; ties go to the first (targets come in opportunity-id order). Null when all are dismissed.
 */
export function bestTarget(
  investor: CompiledInvestor,
  targets: readonly CompiledTarget[],
  view: MatchView,
  factors: Float64Array,
  dismissed: PairSet,
  scratch: PairEvaluation,
): { target: CompiledTarget; score: number } | null {
  let best: { target: CompiledTarget; score: number } | null = null;
  for (const target of targets) {
    if (dismissed.has(investor.id, target.opportunityId)) continue;
    evaluatePair(investor, target, view, scratch);
    const score = scoreOf(scratch.credits, factors);
    if (!best || score > best.score) best = { target, score };
  }
  return best;
}
