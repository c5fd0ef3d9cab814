import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n/i18n';
import { listMatches } from '../api/list-matches';
import { listSavedMatches } from '../api/list-saved-matches';
import { matchKeys } from '../match-keys';

export type MatchView = 'ranked' | 'saved';

/** The caller's ranked matches, or the ones they saved, page by page ("load more" follows the cursor). */
export function useMatches(view: MatchView) {
  useTranslation();
  const locale = currentLocale();
  return useInfiniteQuery({
    queryKey: view === 'saved' ? matchKeys.savedIn(locale) : matchKeys.rankedIn(locale),
    queryFn: ({ pageParam, signal }) => (view === 'saved' ? listSavedMatches(pageParam, signal) : listMatches(pageParam, signal)),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}
