import { useQuery } from '@tanstack/react-query';
import { getOpportunity } from '../api/get-opportunity';

export function useOpportunity(id: string) {
  return useQuery({
    queryKey: ['opportunities', 'detail', id],
    queryFn: ({ signal }) => getOpportunity(id, signal),
  });
}
