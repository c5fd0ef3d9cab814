import { useTranslation } from 'react-i18next';

/** The part of an infinite query a "load more" button needs. */
export interface NextPageQuery {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
}

/** "Load more" under a cursor-paged list; nothing once the last page is in. */
export function LoadMoreButton({ query, label, loadingLabel }: { query: NextPageQuery; label?: string; loadingLabel?: string }) {
  const { t } = useTranslation();
  if (!query.hasNextPage) return null;
  return (
    <button type="button" className="button button--ghost load-more" onClick={() => void query.fetchNextPage()} disabled={query.isFetchingNextPage}>
      {query.isFetchingNextPage ? (loadingLabel ?? t('common.loading')) : (label ?? t('marketplace.browse.loadMore'))}
    </button>
  );
}
