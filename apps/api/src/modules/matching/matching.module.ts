import { Module } from '@nestjs/common';
import { EditionsModule } from '../editions/editions.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { OpportunitiesModule } from '../opportunities/opportunities.module.js';
import { EditionMatchingRepository } from './edition-matching.repository.js';
import { CallerLocaleRepository } from './locale.repository.js';
import { MatchAnnouncer } from './match-announcer.js';
import { MatchCandidatesRepository } from './match-candidates.repository.js';
import { MatchFeedbackRepository } from './match-feedback.repository.js';
import { MatchFeedbackService } from './match-feedback.service.js';
import { MatchRankingService } from './match-ranking.service.js';
import { MatchViewsRepository } from './match-views.repository.js';
import { MatchWeightsController } from './match-weights.controller.js';
import { MatchWeightsService } from './match-weights.service.js';
import { MatchesController } from './matches.controller.js';
import { MatchesService } from './matches.service.js';
import { SuggestedMeetingsController } from './suggested-meetings.controller.js';
import { SuggestedMeetingsService } from './suggested-meetings.service.js';

/** Explainable matching: ranked matches with reasons, dismissals and saves, organiser weights, suggested meetings. */
@Module({
  imports: [OpportunitiesModule, EditionsModule, NotificationsModule],
  controllers: [MatchesController, MatchWeightsController, SuggestedMeetingsController],
  providers: [
    MatchesService,
    MatchRankingService,
    MatchFeedbackService,
    MatchWeightsService,
    SuggestedMeetingsService,
    MatchCandidatesRepository,
    MatchFeedbackRepository,
    MatchViewsRepository,
    EditionMatchingRepository,
    CallerLocaleRepository,
    MatchAnnouncer,
  ],
})
export class MatchingModule {}
