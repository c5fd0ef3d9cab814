import { useQuery } from '@tanstack/react-query';
import { listEditions } from '../api/list-editions';

export function useEditions() {
  return useQuery({
    queryKey: ['editions'],
    queryFn: ({ signal }) => listEditions(signal),
    select: (page) => page.items,
  });
}
