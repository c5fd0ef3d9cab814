import { Injectable } from '@nestjs/common';
import {
  rankInvestorsForBusiness,
  rankInvestorsForOpportunity,
  rankOpportunitiesForInvestor,
  type IdPair,
  type MatchReason,
  type MatchWeights,
} from '@serumpun/matching';
import type { Locale } from '@serumpun/shared';
import type { EntityManager } from 'typeorm';
import type { BusinessOffer } from './candidate-prescore.js';
import { MatchCandidatesRepository } from './match-candidates.repository.js';
import { MatchFeedbackRepository } from './match-feedback.repository.js';
import { toMatchBusiness, toMatchInvestor, toMatchOpportunity, type OpportunityMatchRow } from './match-rows.js';

/** One ranked match before its page is dressed with full views: an opportunity or an investor (by user id). */
export interface RankedMatch {
  kind: 'opportunity' | 'investor';
  targetId: string;
  score: number;
  reasons: MatchReason[];
}

export interface RankRequest {
  weights: MatchWeights;
  locale: Locale;
  /** How many of the best to explain. */
  limit: number;
  /** Rank exactly these targets (the saved list), keeping those scoring 0; otherwise candidates come from SQL. */
  only?: readonly string[];
}

/** A request, or one still being read (the weights): the ranking reads its own rows meanwhile. */
export type PendingRankRequest = RankRequest | PromiseLike<RankRequest>;

const offerOf = (opportunities: readonly OpportunityMatchRow[], profile: { sectors: string[]; regionCode: string | null } | null): BusinessOffer => {
  if (opportunities.length === 0) {
    return { sectors: profile?.sectors ?? [], regions: profile?.regionCode ? [profile.regionCode] : [], minAmountUsd: null, maxAmountUsd: null, instruments: [], stages: [] };
  }
  const amounts = opportunities.map((o) => Number(o.amountUsd));
  return {
    sectors: opportunities.map((o) => o.sectorCode),
    regions: opportunities.map((o) => o.regionCode),
    minAmountUsd: String(Math.min(...amounts)),
    maxAmountUsd: String(Math.max(...amounts)),
    instruments: [...new Set(opportunities.flatMap((o) => o.instruments))],
    stages: [...new Set(opportunities.map((o) => o.stage))],
  };
};

const targetsOf = (pairs: readonly IdPair[], userId: string) => pairs.filter(([user]) => user === userId).map(([, target]) => target);
const dismissersOf = (pairs: readonly IdPair[], targetIds: readonly string[]) => pairs.filter(([, target]) => targetIds.includes(target)).map(([user]) => user);

/**
 * Ranks matches with @serumpun/matching over candidates chosen by SQL: an investor's opportunities, a
 * business's investors, an opportunity's investors. Dismissed pairs are filtered in SQL and again by the
 * package (both directions, see README.md).
 */
@Injectable()
export class MatchRankingService {
  constructor(
    private readonly candidates: MatchCandidatesRepository,
    private readonly feedback: MatchFeedbackRepository,
  ) {}

  async forInvestor(userId: string, pending: PendingRankRequest): Promise<RankedMatch[]> {
    const [investor, dismissed, request] = await Promise.all([this.candidates.investor(userId), this.feedback.dismissalsInvolving([userId]), pending]);
    if (!investor) return [];
    const rows = request.only
      ? await this.candidates.opportunities(request.only)
      : await this.candidates.opportunitiesFor(investor, request.weights, {
          opportunityIds: targetsOf(dismissed, userId),
          businessIds: dismissersOf(dismissed, [userId]),
        });
    const ranked = rankOpportunitiesForInvestor(toMatchInvestor(investor), rows.map(toMatchOpportunity), {
      weights: request.weights,
      locale: request.locale,
      dismissed,
      limit: request.limit,
      minScore: request.only ? 0 : 1,
    });
    return ranked.map((match) => ({ kind: 'opportunity', targetId: match.opportunity.id, score: match.score, reasons: [...match.reasons] }));
  }

  async forBusiness(userId: string, pending: PendingRankRequest): Promise<RankedMatch[]> {
    const [profile, opportunities, dismissed, request] = await Promise.all([
      this.candidates.business(userId),
      this.candidates.publishedOpportunitiesOf(userId),
      this.feedback.dismissalsInvolvingBusiness(userId),
      pending,
    ]);
    if (!profile && opportunities.length === 0) return [];
    const business = toMatchBusiness(profile ?? { userId, sectors: [], regionCode: null, languages: [] }, opportunities);
    const rows = request.only
      ? await this.candidates.investors(request.only)
      : await this.candidates.investorsFor(offerOf(opportunities, profile), request.weights, targetsOf(dismissed, userId));
    const ranked = rankInvestorsForBusiness(business, rows.map(toMatchInvestor), {
      weights: request.weights,
      locale: request.locale,
      dismissed,
      limit: request.limit,
      minScore: request.only ? 0 : 1,
    });
    return ranked.map((match) => ({ kind: 'investor', targetId: match.investor.id, score: match.score, reasons: [...match.reasons] }));
  }

  /**
   * Investors for one opportunity (its owner's or an organiser's view); empty unless it is published. With a
   * manager, everything is read in that transaction (a publish that has not committed yet). The opportunity,
   * the dismissals and the request (weights) are read at once.
   */
  async forOpportunity(opportunityId: string, pending: PendingRankRequest, manager?: EntityManager): Promise<RankedMatch[]> {
    const [[opportunity], dismissed, request] = await Promise.all([
      this.candidates.opportunities([opportunityId], manager),
      this.feedback.dismissalsInvolvingOpportunity(opportunityId, manager),
      pending,
    ]);
    if (!opportunity || opportunity.status !== 'published') return [];
    const excluded = [...targetsOf(dismissed, opportunity.userId), ...dismissersOf(dismissed, [opportunityId])];
    const rows = await this.candidates.investorsFor(offerOf([opportunity], null), request.weights, excluded, undefined, manager);
    const ranked = rankInvestorsForOpportunity(toMatchOpportunity(opportunity), rows.map(toMatchInvestor), {
      weights: request.weights,
      locale: request.locale,
      dismissed,
      limit: request.limit,
    });
    return ranked.map((match) => ({ kind: 'investor', targetId: match.investor.id, score: match.score, reasons: [...match.reasons] }));
  }
}
