import { useQuery } from '@tanstack/react-query';
import { listMyPublishedOpportunities } from '../api/list-my-opportunities';

export function useMyPublishedOpportunities(enabled = true) {
  return useQuery({ queryKey: ['opportunities', 'mine', 'published'], queryFn: ({ signal }) => listMyPublishedOpportunities(signal), enabled });
}
