import { apiDownload } from '../../../lib/api-client';

/** `GET /api/me/agenda.ics?edition=`: the agenda as an iCalendar file. */
export function downloadAgendaIcs(editionId: string): Promise<Blob> {
  return apiDownload(`/api/me/agenda.ics?edition=${encodeURIComponent(editionId)}`, 'text/calendar');
}
