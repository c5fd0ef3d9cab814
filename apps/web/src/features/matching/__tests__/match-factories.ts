import type { InvestorMatch, InvestorProfile, Match, MatchReasonDto, Opportunity, OpportunityMatch, SuggestedMeeting } from '@serumpun/shared';
import type { FakeApi, FakeRequest } from '../../../test/fake-api';
import { buildInvestorProfile, buildOpportunity } from '../../opportunities/__tests__/fixtures';

// Matches as the API sends them: labels already in the caller's language (Indonesian here, as the
// server words them for `Accept-Language: id`), points adding up to the score.

export const SECTOR_REASON_ID: MatchReasonDto = { code: 'sector.same', label: 'Sektor sama: C10 Industri Makanan', points: 30 };
export const REGION_REASON_ID: MatchReasonDto = { code: 'region.interest', label: 'Wilayah minat: Kalimantan Barat', points: 20 };
export const TICKET_REASON_ID: MatchReasonDto = { code: 'ticket.fit', label: 'Ukuran investasi sesuai', points: 20 };

export function buildOpportunityMatch(opportunity: Partial<Opportunity> = {}, match: Partial<Omit<OpportunityMatch, 'kind' | 'opportunity'>> = {}): OpportunityMatch {
  return { kind: 'opportunity', score: 70, reasons: [SECTOR_REASON_ID, REGION_REASON_ID, TICKET_REASON_ID], saved: false, opportunity: buildOpportunity(opportunity), ...match };
}

export function buildInvestorMatch(investor: Partial<InvestorProfile> = {}, match: Partial<Omit<InvestorMatch, 'kind' | 'investor'>> = {}): InvestorMatch {
  return { kind: 'investor', score: 50, reasons: [SECTOR_REASON_ID, REGION_REASON_ID], saved: false, investor: buildInvestorProfile(investor), ...match };
}

export function buildSuggestion(overrides: Partial<SuggestedMeeting> = {}): SuggestedMeeting {
  return {
    score: 64,
    investorId: '12121212-1212-4212-8212-000000000001',
    businessId: '13131313-1313-4313-8313-000000000001',
    investorName: 'Rahman Hakim',
    businessName: 'Hendra Wijaya',
    opportunityId: null,
    opportunityTitle: null,
    reasons: [SECTOR_REASON_ID, TICKET_REASON_ID],
    ...overrides,
  };
}

const targetOf = (match: Match) => (match.kind === 'opportunity' ? match.opportunity.id : match.investor.userId);

/**
 * The matching endpoints over an in-memory state, as the API keeps it: dismissed targets leave
 * `GET /api/matches` until undone, saved ones are flagged and listed under `/api/matches/saved`.
 */
export function serveMatches(api: FakeApi, matches: Match[]) {
  const dismissed = new Set<string>();
  const saved = new Set(matches.filter((match) => match.saved).map(targetOf));
  const view = (match: Match): Match => ({ ...match, saved: saved.has(targetOf(match)) });
  const targetIn = (request: FakeRequest) => (request.body as { targetId: string }).targetId;
  const lastSegment = (request: FakeRequest) => decodeURIComponent(request.path.split('/').at(-1)!);
  api
    .on('GET /api/matches', () => ({ status: 200, body: { items: matches.filter((match) => !dismissed.has(targetOf(match))).map(view), nextCursor: null } }))
    .on('GET /api/matches/saved', () => ({ status: 200, body: { items: matches.filter((match) => saved.has(targetOf(match))).map(view), nextCursor: null } }))
    .on('POST /api/matches/dismiss', (request) => {
      dismissed.add(targetIn(request));
      return { status: 204 };
    })
    .on('POST /api/matches/save', (request) => {
      saved.add(targetIn(request));
      return { status: 204 };
    });
  for (const match of matches) {
    const target = targetOf(match);
    api
      .on(`DELETE /api/matches/dismissed/${target}`, (request) => {
        dismissed.delete(lastSegment(request));
        return { status: 204 };
      })
      .on(`DELETE /api/matches/saved/${target}`, (request) => {
        saved.delete(lastSegment(request));
        return { status: 204 };
      });
  }
  return { dismissed, saved };
}
