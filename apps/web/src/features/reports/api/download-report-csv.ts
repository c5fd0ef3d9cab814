import { apiDownload } from '../../../lib/api-client';

/** `GET /api/editions/:id/report.csv`: every meeting with its outcomes, headed in the interface language. */
export function downloadReportCsv(editionId: string): Promise<Blob> {
  return apiDownload(`/api/editions/${encodeURIComponent(editionId)}/report.csv`, 'text/csv');
}
