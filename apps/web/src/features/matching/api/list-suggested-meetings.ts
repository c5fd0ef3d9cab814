import { suggestedMeetingListSchema, type SuggestedMeetingList } from '@serumpun/shared';
import { apiRequest } from '../../../lib/api-client';

/** `GET /api/editions/:id/suggested-meetings?limit=`: for a participant, the registered people they should meet. */
export function listSuggestedMeetings(editionId: string, limit: number, signal?: AbortSignal): Promise<SuggestedMeetingList> {
  return apiRequest(`/api/editions/${encodeURIComponent(editionId)}/suggested-meetings?limit=${limit}`, { signal, schema: suggestedMeetingListSchema });
}
