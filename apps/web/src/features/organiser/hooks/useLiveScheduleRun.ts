import { useQueryClient } from '@tanstack/react-query';
import type { ScheduleRun } from '@serumpun/shared';
import { useEffect } from 'react';
import { useScheduleRunProgress } from '../../realtime';
import { scheduleRunKeys } from '../schedule-run-queries';
import { useScheduleRun } from './useScheduleRun';

/**
 * One schedule run, moved on by the edition's `schedule_run.progress` events as they arrive, with the
 * one-second polling of `useScheduleRun` kept underneath: an event lost on venue Wi-Fi only costs a
 * second, and the finished result (preview, figures) is always read from the API.
 */
export function useLiveScheduleRun(editionId: string, runId: string | null) {
  const queryClient = useQueryClient();
  const { runs } = useScheduleRunProgress(editionId);
  const live = runId ? runs[runId] : undefined;
  const run = useScheduleRun(runId);

  useEffect(() => {
    if (!live || !runId) return;
    const key = scheduleRunKeys.run(runId);
    if (live.status === 'done' || live.status === 'failed') {
      void queryClient.invalidateQueries({ queryKey: key });
      return;
    }
    queryClient.setQueryData<ScheduleRun>(key, (current) =>
      current && (current.status === 'queued' || current.status === 'running') ? { ...current, status: live.status, progress: Math.max(current.progress, live.progress) } : current,
    );
  }, [live, runId, queryClient]);

  return run;
}
