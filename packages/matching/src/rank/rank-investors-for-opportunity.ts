import { compileInvestor, type CompiledInvestor } from '../compile/compile-investor.js';
import { compileOpportunity, isPublished } from '../compile/compile-target.js';
import { evaluatePair } from '../criteria/evaluate-pair.js';
import { explainPair } from '../score/explain-pair.js';
import { createMatchContext } from '../score/match-context.js';
import { scoreOf } from '../score/points.js';
import type { MatchInvestor, MatchOpportunity, MatchResult } from '../types.js';
import { DEFAULT_MIN_SCORE, type RankOptions } from './rank-options.js';
import { DEFAULT_RANK_LIMIT, resolveLimit, topByScore } from './top-by-score.js';

export interface RankedInvestor<Investor extends MatchInvestor = MatchInvestor> extends MatchResult {
  readonly investor: Investor;
}

/**
 * Investors for an opportunity (its owner's or an organiser's list): visible, undismissed investors by the
 * same pair score the investor sees, ties by investor id. Empty for a draft or closed opportunity.
 */
export function rankInvestorsForOpportunity<Investor extends MatchInvestor>(
  opportunity: MatchOpportunity,
  investors: readonly Investor[],
  options: RankOptions = {},
): RankedInvestor<Investor>[] {
  if (!isPublished(opportunity)) return [];
  const context = createMatchContext({ ...options, viewer: 'business' });
  const limit = resolveLimit(options.limit, DEFAULT_RANK_LIMIT);
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const target = compileOpportunity(opportunity, context.fx);
  const dismissedByOpportunity = context.dismissed.partnersOf(opportunity.id);
  const dismissedByBusiness = opportunity.businessId != null ? context.dismissed.partnersOf(opportunity.businessId) : undefined;
  const scored: { score: number; id: string; index: number; compiled: CompiledInvestor }[] = [];
  investors.forEach((investor, index) => {
    if (investor.visible === false) return;
    if (dismissedByOpportunity?.has(investor.id) || dismissedByBusiness?.has(investor.id)) return;
    const compiled = compileInvestor(investor, context.fx);
    evaluatePair(compiled, target, 'investor', context.scratch);
    const score = scoreOf(context.scratch.credits, context.factors);
    if (score >= minScore) scored.push({ score, id: investor.id, index, compiled });
  });
  return topByScore(scored, limit).map((entry) => ({
    investor: investors[entry.index],
    ...explainPair(entry.compiled, target, 'investor', context.factors, context.locale, context.scratch),
  }));
}
