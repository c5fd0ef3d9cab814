import { editionUnavailabilitiesSchema, type EditionUnavailabilities } from '@serumpun/shared';
import { apiRequest } from '../../../lib/api-client';

/** `GET /api/editions/:id/unavailabilities` (organiser): every participant's "cannot attend" slots. */
export function getEditionUnavailabilities(editionId: string, signal?: AbortSignal): Promise<EditionUnavailabilities> {
  return apiRequest(`/api/editions/${encodeURIComponent(editionId)}/unavailabilities`, { signal, schema: editionUnavailabilitiesSchema });
}
