import { useQuery } from '@tanstack/react-query';
import { getScheduleRun } from '../api/get-schedule-run';
import { SCHEDULE_RUN_POLL_MS, scheduleRunKeys } from '../schedule-run-queries';

/**
 * One schedule run, polled every second while it is queued or running. The seam for realtime: a
 * hook listening to `schedule_run.progress` can write each event into this query's cache
 * (`queryClient.setQueryData(scheduleRunKeys.run(id), …)`) and pass `poll: false`; the panel reads
 * the same query either way.
 */
export function useScheduleRun(runId: string | null, { poll = true }: { poll?: boolean } = {}) {
  return useQuery({
    queryKey: scheduleRunKeys.run(runId ?? 'none'),
    queryFn: ({ signal }) => getScheduleRun(runId!, signal),
    enabled: runId !== null,
    refetchInterval: (query) => {
      const status = query.state.data?.status;
      return poll && (status === undefined || status === 'queued' || status === 'running') ? SCHEDULE_RUN_POLL_MS : false;
    },
  });
}
