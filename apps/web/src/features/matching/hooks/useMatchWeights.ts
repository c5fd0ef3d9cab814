import { useQuery } from '@tanstack/react-query';
import { getMatchWeights } from '../api/get-match-weights';
import { matchKeys } from '../match-keys';

/** The weights of the seven matching criteria now in force (organiser). */
export function useMatchWeights() {
  return useQuery({ queryKey: matchKeys.weights, queryFn: ({ signal }) => getMatchWeights(signal) });
}
