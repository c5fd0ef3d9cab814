import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { listInvestors, type InvestorDirectoryQuery } from '../api/list-investors';

export function useInvestors(query: Omit<InvestorDirectoryQuery, 'cursor' | 'limit'>) {
  return useInfiniteQuery({
    queryKey: ['investors', 'list', query],
    queryFn: ({ pageParam, signal }) => listInvestors({ ...query, limit: 20, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}
