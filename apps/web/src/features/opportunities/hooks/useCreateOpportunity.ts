import type { CreateOpportunityRequest, Opportunity } from '@serumpun/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createOpportunity } from '../api/create-opportunity';

export function useCreateOpportunity() {
  const queryClient = useQueryClient();
  return useMutation<Opportunity, Error, CreateOpportunityRequest>({
    mutationFn: createOpportunity,
    onSuccess: async (opportunity) => {
      queryClient.setQueryData(['opportunities', 'detail', opportunity.id], opportunity);
      await queryClient.invalidateQueries({ queryKey: ['opportunities', 'search'] });
    },
  });
}
