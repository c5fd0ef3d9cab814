import { useQuery } from '@tanstack/react-query';
import { getEditionsOverview } from '../api/get-editions-overview';

export function useEditionsOverview() {
  return useQuery({ queryKey: ['reports', 'editions'], queryFn: ({ signal }) => getEditionsOverview(signal) });
}
