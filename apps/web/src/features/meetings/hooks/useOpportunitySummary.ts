import { useQuery } from '@tanstack/react-query';
import { getOpportunity } from '../api/get-opportunity';

/** An opportunity's title and amount for a line in a request, meeting or agenda; null id → nothing to load. */
export function useOpportunitySummary(id: string | null) {
  return useQuery({
    queryKey: ['meetings', 'opportunity', id],
    queryFn: ({ signal }) => getOpportunity(id!, signal),
    enabled: id !== null,
    // Titles hardly change during an edition; a venue phone should not ask twice.
    staleTime: 10 * 60_000,
    select: (opportunity) => ({ id: opportunity.id, title: opportunity.title, amount: opportunity.amount }),
  });
}
