import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n/i18n';
import { listOpportunityMatches } from '../api/list-opportunity-matches';
import { matchKeys } from '../match-keys';

/** Investors ranked for one opportunity (its owner or an organiser). */
export function useOpportunityMatches(opportunityId: string, enabled = true) {
  useTranslation();
  const locale = currentLocale();
  return useInfiniteQuery({
    queryKey: matchKeys.opportunity(opportunityId, locale),
    queryFn: ({ pageParam, signal }) => listOpportunityMatches(opportunityId, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    enabled,
  });
}
