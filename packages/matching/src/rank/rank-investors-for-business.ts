import { compileInvestor, type CompiledInvestor } from '../compile/compile-investor.js';
import { compileBusinessTargets, type CompiledTarget } from '../compile/compile-target.js';
import { bestTarget } from '../score/best-target.js';
import { explainPair } from '../score/explain-pair.js';
import { createMatchContext } from '../score/match-context.js';
import type { MatchBusiness, MatchInvestor } from '../types.js';
import type { RankedInvestor } from './rank-investors-for-opportunity.js';
import { DEFAULT_MIN_SCORE, type RankOptions } from './rank-options.js';
import { DEFAULT_RANK_LIMIT, resolveLimit, topByScore } from './top-by-score.js';

export interface RankedInvestorForBusiness<Investor extends MatchInvestor = MatchInvestor> extends RankedInvestor<Investor> {
  /** The opportunity through which the investor matched, or null for the business profile. */
  readonly opportunityId: string | null;
}

/**
 * A business's matches (`GET /api/matches` for a business): visible, undismissed investors ranked by the
 * score each gives the business's best published opportunity (or its profile), ties by investor id.
 */
export function rankInvestorsForBusiness<Investor extends MatchInvestor>(
  business: MatchBusiness,
  investors: readonly Investor[],
  options: RankOptions = {},
): RankedInvestorForBusiness<Investor>[] {
  const context = createMatchContext({ ...options, viewer: 'business' });
  const limit = resolveLimit(options.limit, DEFAULT_RANK_LIMIT);
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const targets = compileBusinessTargets(business, context.fx);
  const scored: { score: number; id: string; index: number; compiled: CompiledInvestor; target: CompiledTarget }[] = [];
  investors.forEach((investor, index) => {
    if (investor.visible === false || context.dismissed.has(investor.id, business.id)) return;
    const compiled = compileInvestor(investor, context.fx);
    const best = bestTarget(compiled, targets, 'investor', context.factors, context.dismissed, context.scratch);
    if (best && best.score >= minScore) scored.push({ score: best.score, id: investor.id, index, compiled, target: best.target });
  });
  return topByScore(scored, limit).map((entry) => ({
    investor: investors[entry.index],
    opportunityId: entry.target.opportunityId,
    ...explainPair(entry.compiled, entry.target, 'investor', context.factors, context.locale, context.scratch),
  }));
}
