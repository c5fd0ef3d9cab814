import { useQuery } from '@tanstack/react-query';
import { getLatestScheduleRun } from '../api/get-latest-schedule-run';
import { scheduleRunKeys } from '../schedule-run-queries';

/** The edition's latest run, so the panel picks up a run in progress or a preview not yet published. */
export function useLatestScheduleRun(editionId: string) {
  return useQuery({ queryKey: scheduleRunKeys.latest(editionId), queryFn: ({ signal }) => getLatestScheduleRun(editionId, signal) });
}
