import type { Match, Participant, Role, SuggestedMeeting } from '@serumpun/shared';

/** The person a meeting request about this match goes to, in the shape the request dialog takes. */
export function recipientOfMatch(match: Match): Participant {
  if (match.kind === 'opportunity') {
    const { opportunity } = match;
    const company = opportunity.business?.companyName ?? null;
    return {
      userId: opportunity.userId,
      fullName: company ?? opportunity.title,
      role: 'business',
      organisation: company,
      countryCode: opportunity.countryCode,
      sectors: [opportunity.sectorCode],
      opportunities: [{ id: opportunity.id, title: opportunity.title, sectorCode: opportunity.sectorCode, amount: opportunity.amount }],
      status: 'approved',
      checkedInAt: null,
    };
  }
  const { investor } = match;
  return {
    userId: investor.userId,
    fullName: investor.fullName,
    role: 'investor',
    organisation: investor.organisation,
    countryCode: investor.countryCode,
    sectors: investor.sectors,
    opportunities: [],
    status: 'approved',
    checkedInAt: null,
  };
}

/** The other side of a suggested meeting, seen by `viewerRole`. */
export function recipientOfSuggestion(suggestion: SuggestedMeeting, viewerRole: Role): Participant {
  const toBusiness = viewerRole === 'investor';
  return {
    userId: toBusiness ? suggestion.businessId : suggestion.investorId,
    fullName: toBusiness ? suggestion.businessName : suggestion.investorName,
    role: toBusiness ? 'business' : 'investor',
    organisation: null,
    countryCode: null,
    sectors: [],
    opportunities: [],
    status: 'approved',
    checkedInAt: null,
  };
}

/**
 * What a request to `recipient` may be about: the opportunity the match or suggestion is about, the
 * recipient's own opportunities, and for a business sender the ones it showcases at the edition
 * (titles loaded by the dialog). Each once.
 */
export function requestOpportunities(
  recipient: Participant,
  viewer: { role: Role; showcased: readonly string[] },
  about: { id: string; title: string | null } | null = null,
): { id: string; title: string | null }[] {
  const all = [
    ...(about ? [about] : []),
    ...recipient.opportunities.map((opportunity) => ({ id: opportunity.id, title: opportunity.title })),
    ...(viewer.role === 'business' ? viewer.showcased.map((id) => ({ id, title: null })) : []),
  ];
  return all.filter((item, index) => all.findIndex((other) => other.id === item.id) === index);
}
