import type { Locale } from '@serumpun/shared';

// Reason labels come from the server in the caller's language: the language is part of each key,
// so a language switch fetches the list again instead of showing the old wording.
/** The mutation scope of dismissals and undos: TanStack Query runs mutations of one scope in order. */
export const MATCH_DISMISSAL_SCOPE = 'match-dismissal';

export const matchKeys = {
  all: ['matches'] as const,
  ranked: () => ['matches', 'ranked'] as const,
  saved: () => ['matches', 'saved'] as const,
  rankedIn: (locale: Locale) => ['matches', 'ranked', locale] as const,
  savedIn: (locale: Locale) => ['matches', 'saved', locale] as const,
  opportunity: (opportunityId: string, locale: Locale) => ['matches', 'opportunity', opportunityId, locale] as const,
  suggestedAt: (editionId: string) => ['suggested-meetings', editionId] as const,
  suggested: (editionId: string, locale: Locale) => ['suggested-meetings', editionId, locale] as const,
  weights: ['matching', 'weights'] as const,
};
