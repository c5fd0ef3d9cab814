import { compileInvestor } from '../compile/compile-investor.js';
import { compileBusinessTargets } from '../compile/compile-target.js';
import type { MatchView } from '../criteria/evaluate-pair.js';
import type { MatchBusiness, MatchInvestor, MatchResult } from '../types.js';
import { bestTarget } from './best-target.js';
import { explainPair } from './explain-pair.js';
import { createMatchContext, type MatchContext, type ScoreOptions } from './match-context.js';

/** A match with a business, made through one of its published opportunities or (null) its profile. */
export interface BusinessMatchResult extends MatchResult {
  readonly opportunityId: string | null;
}

function scoreThroughBestTarget(
  investor: MatchInvestor,
  business: MatchBusiness,
  view: MatchView,
  context: MatchContext,
): BusinessMatchResult | null {
  if (context.viewer === 'business' && investor.visible === false) return null;
  if (context.dismissed.has(investor.id, business.id)) return null;
  const compiled = compileInvestor(investor, context.fx);
  const best = bestTarget(compiled, compileBusinessTargets(business, context.fx), view, context.factors, context.dismissed, context.scratch);
  if (!best) return null;
  return {
    ...explainPair(compiled, best.target, view, context.factors, context.locale, context.scratch),
    opportunityId: best.target.opportunityId,
  };
}

/**
 * How well a business fits an investor's preferences: its best published opportunity, or its profile when
 * it has none. Null when hard-filtered (a dismissed pair, every opportunity dismissed, a hidden investor
 * looked at by a business).
 */
export function scoreInvestorBusiness(investor: MatchInvestor, business: MatchBusiness, options: ScoreOptions = {}): BusinessMatchResult | null {
  return scoreThroughBestTarget(investor, business, 'investor', createMatchContext(options));
}

/**
 * The other direction: how well an investor offers what a business looks for (its investor's home region
 * counts, and sustainability reads "does the investor value what we offer"). With `scoreInvestorBusiness`
 * it makes the mutual score. Hidden investors are always filtered, since a business is looking.
 */
export function scoreBusinessInvestor(business: MatchBusiness, investor: MatchInvestor, options: ScoreOptions = {}): BusinessMatchResult | null {
  return scoreThroughBestTarget(investor, business, 'business', createMatchContext({ ...options, viewer: 'business' }));
}
