import { useQuery } from '@tanstack/react-query';
import { getEdition } from '../api/get-edition';

export function useEdition(id: string) {
  return useQuery({
    queryKey: ['editions', id],
    queryFn: ({ signal }) => getEdition(id, signal),
  });
}
