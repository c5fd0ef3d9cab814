import { publishedScheduleSchema, type PublishedSchedule } from '@serumpun/shared';
import { apiRequest } from '../../../lib/api-client';

/** `POST /api/schedule-runs/:id/publish`: writes the result; 409 when the edition changed since. */
export function publishScheduleRun(runId: string): Promise<PublishedSchedule> {
  return apiRequest(`/api/schedule-runs/${encodeURIComponent(runId)}/publish`, { method: 'POST', schema: publishedScheduleSchema });
}
