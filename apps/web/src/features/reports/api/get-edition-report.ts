import { editionReportSchema, type EditionReport } from '@serumpun/shared';
import { apiRequest } from '../../../lib/api-client';

export function getEditionReport(editionId: string, signal?: AbortSignal): Promise<EditionReport> {
  return apiRequest(`/api/editions/${encodeURIComponent(editionId)}/report`, { schema: editionReportSchema, signal });
}
