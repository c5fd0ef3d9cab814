import { useQuery } from '@tanstack/react-query';
import { getEditionReport } from '../api/get-edition-report';

export function useEditionReport(editionId: string) {
  return useQuery({
    queryKey: ['editions', editionId, 'report'],
    queryFn: ({ signal }) => getEditionReport(editionId, signal),
    enabled: editionId !== '',
  });
}
