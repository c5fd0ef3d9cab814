import { scheduleRunSchema, type ScheduleRun } from '@serumpun/shared';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';

/** `GET /api/editions/:id/schedule-runs?limit=1`: the latest run, to resume it after a reload. */
export async function getLatestScheduleRun(editionId: string, signal?: AbortSignal): Promise<ScheduleRun | null> {
  const runs = await apiRequest(`/api/editions/${encodeURIComponent(editionId)}/schedule-runs?limit=1`, { signal, schema: z.array(scheduleRunSchema) });
  return runs[0] ?? null;
}
