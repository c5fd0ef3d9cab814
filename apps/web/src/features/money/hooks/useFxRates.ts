import { useQuery } from '@tanstack/react-query';
import { getFxRates } from '../api/get-fx-rates';

/** The rates organisers maintain; they change a few times a month, so one fetch serves a visit. */
export function useFxRates() {
  return useQuery({
    queryKey: ['fx-rates'],
    queryFn: ({ signal }) => getFxRates(signal),
    staleTime: 10 * 60_000,
  });
}
