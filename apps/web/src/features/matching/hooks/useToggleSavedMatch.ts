import type { Match } from '@serumpun/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { saveMatch } from '../api/save-match';
import { unsaveMatch } from '../api/unsave-match';
import { matchKeys } from '../match-keys';
import { matchTargetId, withSaved, type MatchPages } from '../match-pages';

/** Saves a match for later, or forgets it: the button changes at once and changes back if the API refuses. */
export function useToggleSavedMatch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ match, saved }: { match: Match; saved: boolean }) => (saved ? saveMatch(matchTargetId(match)) : unsaveMatch(matchTargetId(match))),
    onMutate: async ({ match, saved }) => {
      await queryClient.cancelQueries({ queryKey: matchKeys.all });
      const previous = queryClient.getQueriesData<MatchPages>({ queryKey: matchKeys.all });
      queryClient.setQueriesData<MatchPages>({ queryKey: matchKeys.all }, (data) => data && withSaved(data, matchTargetId(match), saved));
      return { previous };
    },
    onError: (_error, _variables, context) => {
      for (const [key, data] of context?.previous ?? []) queryClient.setQueryData(key, data);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: matchKeys.saved() }),
  });
}
