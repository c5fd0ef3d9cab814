import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { NotificationsService } from '../notifications/notifications.service.js';
import { OpportunitiesService, type PublishedOpportunity } from '../opportunities/opportunities.service.js';
import { MatchRankingService } from './match-ranking.service.js';
import { MatchWeightsService } from './match-weights.service.js';

/** A `match.new` goes to investors scoring at least this much for a newly published opportunity (0–100)... */
export const MATCH_NEW_MIN_SCORE = 70;
/** ...and to at most this many of them, the best first. */
export const MATCH_NEW_MAX_INVESTORS = 20;

/** The payload of a `match.new` notification (API.md). */
export interface MatchNewPayload {
  opportunityId: string;
  title: string;
  score: number;
}

/**
 * Tells the investors an opportunity strongly matches that it has just been published: the candidates and
 * scores of `GET /api/opportunities/:id/matches` (visible investors, dismissals honoured both ways), read
 * and written in the publish's transaction. `match_announcements` is inserted first and only the rows it
 * accepted are notified, so an investor is never told twice about one opportunity; the notifications are
 * outbox rows the realtime dispatcher pushes once the publish commits.
 */
@Injectable()
export class MatchAnnouncer implements OnModuleInit {
  constructor(
    private readonly opportunities: OpportunitiesService,
    private readonly ranking: MatchRankingService,
    private readonly weights: MatchWeightsService,
    private readonly notifications: NotificationsService,
  ) {}

  onModuleInit(): void {
    this.opportunities.onPublished((opportunity, manager) => this.announce(opportunity, manager));
  }

  async announce(opportunity: PublishedOpportunity, manager: EntityManager): Promise<void> {
    const weights = await this.weights.current(manager);
    // Reasons are not part of the notification: the locale only labels what is thrown away.
    const ranked = await this.ranking.forOpportunity(opportunity.id, { weights, locale: 'en', limit: MATCH_NEW_MAX_INVESTORS }, manager);
    const strong = ranked.filter((match) => match.score >= MATCH_NEW_MIN_SCORE && match.targetId !== opportunity.ownerId);
    if (strong.length === 0) return;
    const accepted: Array<{ investorId: string }> = await manager.query(
      `INSERT INTO match_announcements (opportunity_id, investor_id, score)
       SELECT $1, investor_id, score FROM unnest($2::uuid[], $3::smallint[]) AS t(investor_id, score)
       ON CONFLICT DO NOTHING RETURNING investor_id AS "investorId"`,
      [opportunity.id, strong.map((match) => match.targetId), strong.map((match) => match.score)],
    );
    const told = new Set(accepted.map((row) => row.investorId));
    await this.notifications.notify(
      strong
        .filter((match) => told.has(match.targetId))
        .map((match) => ({
          type: 'match.new' as const,
          recipientIds: [match.targetId],
          payload: { opportunityId: opportunity.id, title: opportunity.title, score: match.score } satisfies MatchNewPayload,
        })),
      manager,
    );
  }
}
