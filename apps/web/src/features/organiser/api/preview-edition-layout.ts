import { editionLayoutPreviewSchema, type EditionLayoutPreview, type UpdateEditionRequest } from '@serumpun/shared';
import { apiRequest } from '../../../lib/api-client';

/** `POST /api/editions/:id/layout-preview` (organiser): what a PATCH with this body would add, remove and affect. */
export function previewEditionLayout(editionId: string, body: UpdateEditionRequest): Promise<EditionLayoutPreview> {
  return apiRequest(`/api/editions/${encodeURIComponent(editionId)}/layout-preview`, { method: 'POST', body, schema: editionLayoutPreviewSchema });
}
