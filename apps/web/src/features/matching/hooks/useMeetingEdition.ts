import type { Edition, Registration } from '@serumpun/shared';
import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import { getMyRegistration } from '../../editions/api/get-my-registration';
import { splitEditions } from '../../editions/edition-dates';
import { useEditions } from '../../editions/hooks/useEditions';
import { scheduleKeys } from '../../meetings/schedule-queries';

export interface MeetingEdition {
  edition: Edition;
  registration: Registration;
}

/**
 * The soonest upcoming edition the caller is registered for (and approved at), where a match can
 * become a meeting request; null when there is none. The series has a handful of editions a year,
 * so asking for the registration at each upcoming one is a few small requests.
 */
export function useMeetingEdition(enabled = true): MeetingEdition | null {
  const editions = useEditions();
  const upcoming = useMemo(() => (editions.data ? splitEditions(editions.data).upcoming : []), [editions.data]);
  const registrations = useQueries({
    queries: upcoming.map((edition) => ({
      queryKey: scheduleKeys.registration(edition.id),
      queryFn: ({ signal }: { signal: AbortSignal }) => getMyRegistration(edition.id, signal),
      enabled,
    })),
  });
  const index = registrations.findIndex((query) => query.data?.status === 'approved');
  return index >= 0 && enabled ? { edition: upcoming[index], registration: registrations[index].data! } : null;
}
