import { useMutation, useQueryClient } from '@tanstack/react-query';
import { refreshSchedule } from '../../meetings/schedule-queries';
import { publishScheduleRun } from '../api/publish-schedule-run';
import { scheduleRunKeys } from '../schedule-run-queries';

/** Publishes a run; the grid's meetings (and agendas, requests) are refetched to show the result. */
export function usePublishScheduleRun(editionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (runId: string) => publishScheduleRun(runId),
    onSuccess: async (_published, runId) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: scheduleRunKeys.run(runId) }),
        queryClient.invalidateQueries({ queryKey: scheduleRunKeys.latest(editionId) }),
        refreshSchedule(queryClient, editionId),
      ]);
    },
  });
}
