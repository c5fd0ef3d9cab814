import type { Match } from '@serumpun/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { dismissMatch } from '../api/dismiss-match';
import { MATCH_DISMISSAL_SCOPE, matchKeys } from '../match-keys';
import { matchTargetId, withoutTarget, type MatchPages } from '../match-pages';

/** Dismisses a match: it leaves the list at once, and comes back if the API refuses. */
export function useDismissMatch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (match: Match) => dismissMatch(matchTargetId(match)),
    // Dismissals and their undos run one after the other, so an early "Undo" never overtakes its dismissal.
    scope: { id: MATCH_DISMISSAL_SCOPE },
    onMutate: async (match) => {
      await queryClient.cancelQueries({ queryKey: matchKeys.ranked() });
      const previous = queryClient.getQueriesData<MatchPages>({ queryKey: matchKeys.ranked() });
      queryClient.setQueriesData<MatchPages>({ queryKey: matchKeys.ranked() }, (data) => data && withoutTarget(data, matchTargetId(match)));
      return { previous };
    },
    onError: (_error, _match, context) => {
      for (const [key, data] of context?.previous ?? []) queryClient.setQueryData(key, data);
    },
    // A dismissed match may have been saved: the saved list reads again when next shown.
    onSettled: () => queryClient.invalidateQueries({ queryKey: matchKeys.saved(), refetchType: 'none' }),
  });
}
