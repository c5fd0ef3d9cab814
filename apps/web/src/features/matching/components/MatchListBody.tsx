import type { Match } from '@serumpun/shared';
import type { UseInfiniteQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../components/LoadingState';
import { ApiRequestError } from '../../../lib/api-client';
import { flattenMatches, matchTargetId, type MatchPages } from '../match-pages';
import { MatchCard } from './MatchCard';
import { LoadMoreButton } from '../../../components/LoadMoreButton';

interface MatchListBodyProps {
  query: UseInfiniteQueryResult<MatchPages>;
  /** Shown when the list is empty; `needsProfile` when the API says the caller has no profile to match yet. */
  empty: (reason: 'none' | 'needsProfile') => ReactNode;
  heading?: 'h2' | 'h3';
  actions?: (match: Match) => ReactNode;
}

// Without a profile there is nothing to match against: the API answers 404 (no profile) or 422.
function needsProfile(error: unknown): boolean {
  return error instanceof ApiRequestError && (error.status === 404 || error.status === 422);
}

/** A list of match cards with its loading, error and empty states, and "load more" while the cursor goes on. */
export function MatchListBody({ query, empty, heading, actions }: MatchListBodyProps) {
  const { t } = useTranslation();
  if (query.isPending) return <LoadingState label={t('matching.list.loading')} />;
  if (query.isError && !query.data) {
    if (needsProfile(query.error)) return <>{empty('needsProfile')}</>;
    return (
      <div className="empty">
        <p>{t('matching.list.loadError')}</p>
        <button type="button" className="button button--ghost button--small" onClick={() => void query.refetch()}>
          {t('common.tryAgain')}
        </button>
      </div>
    );
  }
  const matches = flattenMatches(query.data);
  if (matches.length === 0 && !query.hasNextPage) return <>{empty('none')}</>;
  return (
    <>
      <ul className="match-list" aria-busy={query.isFetching}>
        {matches.map((match) => (
          <MatchCard key={matchTargetId(match)} match={match} heading={heading} actions={actions?.(match)} />
        ))}
      </ul>
      <LoadMoreButton query={query} label={t('matching.list.loadMore')} loadingLabel={t('matching.list.loadingMore')} />
      {query.isFetchNextPageError ? <p className="field__error">{t('matching.list.loadError')}</p> : null}
    </>
  );
}
