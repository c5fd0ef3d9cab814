import type { MatchWeightsDto } from '@serumpun/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { updateMatchWeights } from '../api/update-match-weights';
import { matchKeys } from '../match-keys';

/** Saves new weights; every ranked list reads again with them. */
export function useUpdateMatchWeights() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (weights: MatchWeightsDto) => updateMatchWeights(weights),
    onSuccess: async (weights) => {
      queryClient.setQueryData(matchKeys.weights, weights);
      await queryClient.invalidateQueries({ queryKey: matchKeys.all });
    },
  });
}
