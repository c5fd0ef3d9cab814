import { useQuery } from '@tanstack/react-query';
import { getBusiness } from '../api/get-business';

export function useBusiness(id: string) {
  return useQuery({
    queryKey: ['businesses', 'detail', id],
    queryFn: ({ signal }) => getBusiness(id, signal),
  });
}
