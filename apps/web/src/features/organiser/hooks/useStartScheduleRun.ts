import type { ScheduleRunMode } from '@serumpun/shared';
import { useMutation } from '@tanstack/react-query';
import { startScheduleRun } from '../api/start-schedule-run';

export function useStartScheduleRun(editionId: string) {
  return useMutation({ mutationFn: (mode: ScheduleRunMode) => startScheduleRun(editionId, mode) });
}
