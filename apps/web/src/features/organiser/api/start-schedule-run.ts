import type { ScheduleRunMode } from '@serumpun/shared';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';

const startedSchema = z.object({ id: z.uuid() });

/** `POST /api/editions/:id/schedule-runs` (organiser) → 202 `{ id }`; 409 while another run is active. */
export function startScheduleRun(editionId: string, mode: ScheduleRunMode): Promise<{ id: string }> {
  return apiRequest(`/api/editions/${encodeURIComponent(editionId)}/schedule-runs`, { method: 'POST', body: { mode }, schema: startedSchema });
}
