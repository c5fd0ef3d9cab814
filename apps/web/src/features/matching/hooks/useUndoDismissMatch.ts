import type { Match } from '@serumpun/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { undoDismissMatch } from '../api/undo-dismiss-match';
import { MATCH_DISMISSAL_SCOPE, matchKeys } from '../match-keys';
import { matchTargetId, withoutTarget, withRestored, type MatchPages } from '../match-pages';

/** Brings a dismissed match back: in place at once, then in the server's order. */
export function useUndoDismissMatch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (match: Match) => undoDismissMatch(matchTargetId(match)),
    scope: { id: MATCH_DISMISSAL_SCOPE },
    onMutate: async (match) => {
      await queryClient.cancelQueries({ queryKey: matchKeys.ranked() });
      queryClient.setQueriesData<MatchPages>({ queryKey: matchKeys.ranked() }, (data) => data && withRestored(data, match));
    },
    onError: (_error, match) => {
      queryClient.setQueriesData<MatchPages>({ queryKey: matchKeys.ranked() }, (data) => data && withoutTarget(data, matchTargetId(match)));
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: matchKeys.all }),
  });
}
