import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import type { Match, MatchList } from '@serumpun/shared';
import { DomainException } from '../../common/api-exceptions.js';
import { COMMON_MESSAGES } from '../../common/api-messages.js';
import type { AuthUser } from '../../common/auth-user.js';
import { decodeCursor, encodeCursor } from '../../common/cursor.js';
import { OpportunitiesRepository } from '../opportunities/opportunities.repository.js';
import { CallerLocaleRepository } from './locale.repository.js';
import { MatchFeedbackRepository } from './match-feedback.repository.js';
import { MatchRankingService, type RankedMatch, type RankRequest } from './match-ranking.service.js';
import { MatchViewsRepository } from './match-views.repository.js';
import { MatchWeightsService } from './match-weights.service.js';
import { MATCHING_MESSAGES } from './matching.messages.js';

/** Pages are offsets into the ranked list (recomputed per request; see README.md). */
const cursorSchema = z.strictObject({ offset: z.number().int().min(1).max(100_000) });
interface Page {
  limit: number;
  cursor?: string;
}

/** The match lists: `GET /api/matches`, `GET /api/matches/saved`, `GET /api/opportunities/:id/matches`. */
@Injectable()
export class MatchesService {
  constructor(
    private readonly ranking: MatchRankingService,
    private readonly feedback: MatchFeedbackRepository,
    private readonly views: MatchViewsRepository,
    private readonly weights: MatchWeightsService,
    private readonly locales: CallerLocaleRepository,
    private readonly opportunities: OpportunitiesRepository,
  ) {}

  /** An investor's opportunities or a business's investors. Organisers have no matches of their own (403). */
  async list(user: AuthUser, query: Page, acceptLanguage: string | null): Promise<MatchList> {
    const participant = this.participant(user);
    const offset = decodeCursor(query.cursor, cursorSchema)?.offset ?? 0;
    // The weights are read while the ranking reads the caller's own rows.
    const request = this.request(user, acceptLanguage, offset + query.limit + 1);
    const ranked = participant === 'investor' ? await this.ranking.forInvestor(user.id, request) : await this.ranking.forBusiness(user.id, request);
    return this.page(user, ranked, offset, query.limit);
  }

  /** The caller's saved matches that can still be shown, best first. */
  async saved(user: AuthUser, query: Page, acceptLanguage: string | null): Promise<MatchList> {
    const participant = this.participant(user);
    const offset = decodeCursor(query.cursor, cursorSchema)?.offset ?? 0;
    const only = await this.feedback.savedTargets(user.id);
    if (only.length === 0) return { items: [], nextCursor: null };
    const request = { ...(await this.request(user, acceptLanguage, Infinity)), only };
    const ranked = participant === 'investor' ? await this.ranking.forInvestor(user.id, request) : await this.ranking.forBusiness(user.id, request);
    return this.page(user, ranked, offset, query.limit);
  }

  /**
   * Investors for one opportunity: its owner or an organiser. Like the opportunities context, a draft the
   * caller cannot see is not found (404) and someone else's visible opportunity is forbidden (403).
   */
  async forOpportunity(user: AuthUser, opportunityId: string, query: Page, acceptLanguage: string | null): Promise<MatchList> {
    // The weights are read with the opportunity (and wasted on a 403 or 404, which is rare).
    const [opportunity, request] = await Promise.all([this.opportunities.findById(opportunityId), this.request(user, acceptLanguage, 0)]);
    const mayManage = opportunity !== null && (opportunity.userId === user.id || user.role === 'organiser');
    if (!opportunity || (opportunity.status === 'draft' && !mayManage)) throw new DomainException(404, MATCHING_MESSAGES['matches.opportunity_not_found']);
    if (!mayManage) throw new DomainException(403, COMMON_MESSAGES['auth.forbidden']);
    const offset = decodeCursor(query.cursor, cursorSchema)?.offset ?? 0;
    return this.page(user, await this.ranking.forOpportunity(opportunityId, { ...request, limit: offset + query.limit + 1 }), offset, query.limit);
  }

  private participant(user: AuthUser): 'investor' | 'business' {
    if (user.role === 'organiser') throw new DomainException(403, MATCHING_MESSAGES['matches.participants_only']);
    return user.role;
  }

  private async request(user: AuthUser, acceptLanguage: string | null, limit: number): Promise<RankRequest> {
    const [weights, locale] = await Promise.all([this.weights.current(), this.locales.resolve(user.id, acceptLanguage)]);
    return { weights, locale, limit };
  }

  /** One page of a ranked list, with the full opportunity or investor profile and the caller's saved flag. */
  private async page(user: AuthUser, ranked: RankedMatch[], offset: number, limit: number): Promise<MatchList> {
    const slice = ranked.slice(offset, offset + limit);
    const ids = slice.map((match) => match.targetId);
    const [opportunities, investors, saved] = await Promise.all([
      this.views.opportunities(slice.filter((m) => m.kind === 'opportunity').map((m) => m.targetId)),
      this.views.investors(slice.filter((m) => m.kind === 'investor').map((m) => m.targetId)),
      this.feedback.savedAmong(user.id, ids),
    ]);
    const items = slice.flatMap((match): Match[] => {
      const base = { score: match.score, reasons: match.reasons, saved: saved.has(match.targetId) };
      if (match.kind === 'opportunity') {
        const opportunity = opportunities.get(match.targetId);
        return opportunity ? [{ ...base, kind: 'opportunity', opportunity }] : [];
      }
      const investor = investors.get(match.targetId);
      return investor ? [{ ...base, kind: 'investor', investor }] : [];
    });
    return { items, nextCursor: ranked.length > offset + limit ? encodeCursor({ offset: offset + limit }) : null };
  }
}
