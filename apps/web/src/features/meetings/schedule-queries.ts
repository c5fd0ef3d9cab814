import type { QueryClient } from '@tanstack/react-query';

/** Query keys of what an edition's schedule is made of, so a change refreshes everything it touches. */
export const scheduleKeys = {
  slots: (editionId: string) => ['editions', editionId, 'slots'] as const,
  tables: (editionId: string) => ['editions', editionId, 'tables'] as const,
  registration: (editionId: string) => ['editions', editionId, 'registration'] as const,
  participants: (editionId: string) => ['editions', editionId, 'participants'] as const,
  availability: (editionId: string) => ['editions', editionId, 'availability'] as const,
  meetings: (editionId: string) => ['editions', editionId, 'meetings'] as const,
  requests: () => ['meeting-requests'] as const,
  agenda: (editionId: string) => ['agenda', editionId] as const,
};

/** After a request or meeting changes: requests, meetings and agendas may all read differently now. */
export function refreshSchedule(queryClient: QueryClient, editionId: string): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: scheduleKeys.requests() }),
    queryClient.invalidateQueries({ queryKey: scheduleKeys.meetings(editionId) }),
    queryClient.invalidateQueries({ queryKey: scheduleKeys.agenda(editionId) }),
  ]);
}
