import { compileInvestor } from '../compile/compile-investor.js';
import { compileOpportunity, isPublished, type CompiledTarget } from '../compile/compile-target.js';
import { evaluatePair } from '../criteria/evaluate-pair.js';
import { explainPair } from '../score/explain-pair.js';
import { createMatchContext } from '../score/match-context.js';
import { scoreOf } from '../score/points.js';
import type { MatchInvestor, MatchOpportunity, MatchResult } from '../types.js';
import { DEFAULT_MIN_SCORE, type RankOptions } from './rank-options.js';
import { DEFAULT_RANK_LIMIT, resolveLimit, topByScore } from './top-by-score.js';

export interface RankedOpportunity<Opportunity extends MatchOpportunity = MatchOpportunity> extends MatchResult {
  /** The object passed in, so the API gets its own row back. */
  readonly opportunity: Opportunity;
}

/**
 * An investor's matches: published, undismissed opportunities by score, ties by opportunity id. Every item
 * is scored; only the items returned are explained, which keeps 100,000 opportunities well under a second.
 * A hidden investor still sees their own matches (visibility is about being found).
 */
export function rankOpportunitiesForInvestor<Opportunity extends MatchOpportunity>(
  investor: MatchInvestor,
  opportunities: readonly Opportunity[],
  options: RankOptions = {},
): RankedOpportunity<Opportunity>[] {
  const context = createMatchContext(options);
  const limit = resolveLimit(options.limit, DEFAULT_RANK_LIMIT);
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const compiled = compileInvestor(investor, context.fx);
  const dismissed = context.dismissed.partnersOf(investor.id);
  const scored: { score: number; id: string; index: number; target: CompiledTarget }[] = [];
  opportunities.forEach((opportunity, index) => {
    if (!isPublished(opportunity)) return;
    if (dismissed && (dismissed.has(opportunity.id) || (opportunity.businessId != null && dismissed.has(opportunity.businessId)))) return;
    const target = compileOpportunity(opportunity, context.fx);
    evaluatePair(compiled, target, 'investor', context.scratch);
    const score = scoreOf(context.scratch.credits, context.factors);
    if (score >= minScore) scored.push({ score, id: opportunity.id, index, target });
  });
  return topByScore(scored, limit).map((entry) => ({
    opportunity: opportunities[entry.index],
    ...explainPair(compiled, entry.target, 'investor', context.factors, context.locale, context.scratch),
  }));
}
