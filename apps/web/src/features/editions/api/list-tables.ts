import { meetingTableSchema, type MeetingTable } from '@serumpun/shared';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';

const tablesSchema = z.array(meetingTableSchema);

/** `GET /api/editions/:id/tables`: the meeting tables, by number. */
export function listTables(editionId: string, signal?: AbortSignal): Promise<MeetingTable[]> {
  return apiRequest(`/api/editions/${encodeURIComponent(editionId)}/tables`, { signal, schema: tablesSchema });
}
