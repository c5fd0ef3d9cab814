import type { Opportunity, UpdateOpportunityRequest } from '@serumpun/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { updateOpportunity } from '../api/update-opportunity';

/** Edits, publishes or closes one opportunity (owner or organiser). */
export function useUpdateOpportunity() {
  const queryClient = useQueryClient();
  return useMutation<Opportunity, Error, { id: string; patch: UpdateOpportunityRequest }>({
    mutationFn: ({ id, patch }) => updateOpportunity(id, patch),
    onSuccess: async (opportunity) => {
      queryClient.setQueryData(['opportunities', 'detail', opportunity.id], opportunity);
      await queryClient.invalidateQueries({ queryKey: ['opportunities', 'search'] });
    },
  });
}
