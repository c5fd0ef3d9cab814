import { scheduleRunSchema, type ScheduleRun } from '@serumpun/shared';
import { apiRequest } from '../../../lib/api-client';

/** `GET /api/schedule-runs/:id`: status, progress and, once done, the preview. */
export function getScheduleRun(runId: string, signal?: AbortSignal): Promise<ScheduleRun> {
  return apiRequest(`/api/schedule-runs/${encodeURIComponent(runId)}`, { signal, schema: scheduleRunSchema });
}
