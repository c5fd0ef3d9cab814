import { useQuery } from '@tanstack/react-query';
import { getInvestor } from '../api/get-investor';

export function useInvestor(id: string) {
  return useQuery({
    queryKey: ['investors', 'detail', id],
    queryFn: ({ signal }) => getInvestor(id, signal),
  });
}
