import type { SearchOpportunitiesQuery } from '@serumpun/shared';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { OPPORTUNITY_PAGE_SIZE, searchOpportunities } from '../api/search-opportunities';

/** Pages of opportunities for a query; `facets` and `total` come with the first page. */
export function useOpportunitySearch(query: Omit<SearchOpportunitiesQuery, 'cursor' | 'limit'>) {
  return useInfiniteQuery({
    queryKey: ['opportunities', 'search', query],
    queryFn: ({ pageParam, signal }) => searchOpportunities({ ...query, limit: OPPORTUNITY_PAGE_SIZE, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    // While new filters load, the old results stay (dimmed) instead of the page jumping to a skeleton.
    placeholderData: keepPreviousData,
  });
}
