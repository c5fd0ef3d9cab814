import type { MatchInvestor, MatchOpportunity } from '../types.js';
import { PairSet, type IdPair } from './pair-set.js';

/** Why a pair is never shown, whatever its score. */
export type ExclusionReason = 'investor_hidden' | 'opportunity_not_published' | 'dismissed';

/** Who is looking: an investor at opportunities, or a business (or organiser) at investors. */
export type MatchViewer = 'investor' | 'business';

export interface ExclusionOptions {
  readonly dismissed?: Iterable<IdPair> | PairSet;
  /** Hidden investors are kept out of what businesses and organisers see; they still see their own matches. */
  readonly viewer?: MatchViewer;
}

/**
 * The hard filter of an (investor, opportunity) pair: a draft or closed opportunity, a pair dismissed by
 * either side (the opportunity itself or its business), or a hidden investor shown to a business.
 */
export function exclusionOf(investor: MatchInvestor, opportunity: MatchOpportunity, options: ExclusionOptions = {}): ExclusionReason | null {
  if (opportunity.status !== 'published') return 'opportunity_not_published';
  if (options.viewer === 'business' && investor.visible === false) return 'investor_hidden';
  const dismissed = PairSet.from(options.dismissed);
  if (dismissed.has(investor.id, opportunity.id) || dismissed.has(investor.id, opportunity.businessId)) return 'dismissed';
  return null;
}
