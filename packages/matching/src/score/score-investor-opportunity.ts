import { compileInvestor } from '../compile/compile-investor.js';
import { compileOpportunity } from '../compile/compile-target.js';
import { exclusionOf } from '../filters/exclusion.js';
import type { MatchInvestor, MatchOpportunity, MatchResult } from '../types.js';
import { explainPair } from './explain-pair.js';
import { createMatchContext, type ScoreOptions } from './match-context.js';

/**
 * How well an opportunity fits an investor's preferences, 0..100, with reasons. Null when the pair is
 * hard-filtered (see `exclusionOf`): a draft or closed opportunity, a dismissed pair, or a hidden investor
 * looked at by a business. The same number is shown to both sides of the pair.
 */
export function scoreInvestorOpportunity(
  investor: MatchInvestor,
  opportunity: MatchOpportunity,
  options: ScoreOptions = {},
): MatchResult | null {
  const context = createMatchContext(options);
  if (exclusionOf(investor, opportunity, { dismissed: context.dismissed, viewer: context.viewer })) return null;
  return explainPair(
    compileInvestor(investor, context.fx),
    compileOpportunity(opportunity, context.fx),
    'investor',
    context.factors,
    context.locale,
    context.scratch,
  );
}
