import { RefreshTokenEntity } from '../modules/auth/refresh-token.entity.js';
import { EditionEntity } from '../modules/editions/edition.entity.js';
import { UserEntity } from '../modules/users/user.entity.js';
import { NotificationEntity } from '../modules/notifications/notification.entity.js';
import { FxRateEntity } from '../modules/fx/fx-rate.entity.js';
import { BusinessProfileEntity } from '../modules/profiles/business-profile.entity.js';
import { InvestorProfileEntity } from '../modules/profiles/investor-profile.entity.js';
import { OpportunityEntity } from '../modules/opportunities/opportunity.entity.js';
import { MeetingTableEntity } from '../modules/editions/meeting-table.entity.js';
import { RegistrationOpportunityEntity } from '../modules/editions/registration-opportunity.entity.js';
import { RegistrationEntity } from '../modules/editions/registration.entity.js';
import { SlotEntity } from '../modules/editions/slot.entity.js';
import { UnavailabilityEntity } from '../modules/editions/unavailability.entity.js';
import { AgendaFeedEntity } from '../modules/meetings/agenda-feed.entity.js';
import { MeetingEventEntity } from '../modules/meetings/meeting-event.entity.js';
import { MeetingOutcomeEntity } from '../modules/meetings/meeting-outcome.entity.js';
import { MeetingParticipantEntity } from '../modules/meetings/meeting-participant.entity.js';
import { MeetingRequestEntity } from '../modules/meetings/meeting-request.entity.js';
import { MeetingEntity } from '../modules/meetings/meeting.entity.js';
import { ScheduleRunEntity } from '../modules/scheduling/schedule-run.entity.js';
import { ConversationMessageEntity } from '../modules/conversations/conversation-message.entity.js';
import { MatchAnnouncementEntity } from '../modules/matching/match-announcement.entity.js';
import { MatchDismissalEntity } from '../modules/matching/match-dismissal.entity.js';
import { MatchSaveEntity } from '../modules/matching/match-save.entity.js';
import { MatchWeightsEntity } from '../modules/matching/match-weights.entity.js';

/** Every entity, listed explicitly: no globs, so the app, the CLI and ts-jest load the same set. */
export const ENTITIES = [UserEntity, RefreshTokenEntity, EditionEntity, FxRateEntity, InvestorProfileEntity, BusinessProfileEntity, OpportunityEntity, SlotEntity, MeetingTableEntity, RegistrationEntity, RegistrationOpportunityEntity, UnavailabilityEntity, MeetingRequestEntity, MeetingEntity, MeetingParticipantEntity, MeetingEventEntity, MeetingOutcomeEntity, AgendaFeedEntity, NotificationEntity, ConversationMessageEntity, ScheduleRunEntity, MatchDismissalEntity, MatchSaveEntity, MatchWeightsEntity, MatchAnnouncementEntity];
