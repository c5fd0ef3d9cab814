import { Injectable } from '@nestjs/common';
import { suggestMeetings, type MatchParticipant } from '@serumpun/matching';
import type { SuggestedMeeting, SuggestedMeetingList } from '@serumpun/shared';
import { DomainException } from '../../common/api-exceptions.js';
import type { AuthUser } from '../../common/auth-user.js';
import { EDITION_MESSAGES } from '../editions/editions.messages.js';
import { EditionsService } from '../editions/editions.service.js';
import { EditionMatchingRepository, type EditionOpportunityRow, type EditionParticipantRow } from './edition-matching.repository.js';
import { CallerLocaleRepository } from './locale.repository.js';
import { MatchFeedbackRepository } from './match-feedback.repository.js';
import { toMatchBusiness, toMatchInvestor } from './match-rows.js';
import { MatchWeightsService } from './match-weights.service.js';

function toParticipant(row: EditionParticipantRow, opportunitiesByBusiness: Map<string, EditionOpportunityRow[]>): MatchParticipant {
  if (row.role === 'investor') {
    // A registered investor without a profile states nothing: every criterion counts as not stated.
    return { role: 'investor', ...(row.investor ? toMatchInvestor(row.investor) : { id: row.userId }) };
  }
  const business = { userId: row.userId, sectors: row.businessSectors ?? [], regionCode: row.businessRegionCode, languages: row.businessLanguages ?? [] };
  return { role: 'business', ...toMatchBusiness(business, opportunitiesByBusiness.get(row.userId) ?? []) };
}

/**
 * `GET /api/editions/:id/suggested-meetings`: for an approved participant, the people of the other side to
 * meet; for an organiser, the strongest pairs nobody has requested yet. Pairs that already asked or met, and
 * dismissed pairs, never appear. A caller who is neither gets 422, as for meeting requests.
 */
@Injectable()
export class SuggestedMeetingsService {
  constructor(
    private readonly editions: EditionsService,
    private readonly edition: EditionMatchingRepository,
    private readonly feedback: MatchFeedbackRepository,
    private readonly weights: MatchWeightsService,
    private readonly locales: CallerLocaleRepository,
  ) {}

  async suggest(editionId: string, caller: AuthUser, limit: number, acceptLanguage: string | null): Promise<SuggestedMeetingList> {
    const edition = await this.editions.findOrFail(editionId);
    const isOrganiser = caller.role === 'organiser';
    if (!isOrganiser && !(await this.edition.isApprovedParticipant(edition.id, caller.id))) {
      throw new DomainException(422, EDITION_MESSAGES['registration.required']);
    }
    const [rows, opportunities, requested, weights, locale] = await Promise.all([
      this.edition.participants(edition.id),
      this.edition.opportunities(edition.id),
      this.edition.requestedPairs(edition.id),
      this.weights.current(),
      this.locales.resolve(caller.id, acceptLanguage),
    ]);
    const byBusiness = new Map<string, EditionOpportunityRow[]>();
    for (const opportunity of opportunities) byBusiness.set(opportunity.userId, [...(byBusiness.get(opportunity.userId) ?? []), opportunity]);
    const dismissed = await this.feedback.dismissalsInvolving([...rows.map((row) => row.userId), ...opportunities.map((o) => o.id)]);
    const suggestions = suggestMeetings(
      rows.map((row) => toParticipant(row, byBusiness)),
      { limit, excludePairs: [...requested, ...dismissed], participantId: isOrganiser ? undefined : caller.id, weights, locale },
    );
    const people = new Map(rows.map((row) => [row.userId, row]));
    const titles = new Map(opportunities.map((o) => [o.id, o.title]));
    const items = suggestions.map((suggestion): SuggestedMeeting => {
      const investor = people.get(suggestion.investorId);
      const business = people.get(suggestion.businessId);
      const view = caller.role === 'business' ? suggestion.businessView : suggestion.investorView;
      return {
        score: suggestion.score,
        investorId: suggestion.investorId,
        businessId: suggestion.businessId,
        investorName: investor?.fullName ?? '',
        businessName: business?.companyName ?? business?.fullName ?? '',
        opportunityId: suggestion.opportunityId,
        opportunityTitle: suggestion.opportunityId ? (titles.get(suggestion.opportunityId) ?? null) : null,
        reasons: [...view.reasons],
        investorScore: suggestion.investorView.score,
        businessScore: suggestion.businessView.score,
      };
    });
    return { items };
  }
}
