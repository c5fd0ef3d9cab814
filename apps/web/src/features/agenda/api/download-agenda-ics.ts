import { sessionStore } from '../../auth/session/session-store';
import { currentLocale } from '../../../i18n/i18n';
import { ApiRequestError, ApiUnreachableError, refreshAccessToken } from '../../../lib/api-client';

async function fetchIcs(path: string, token: string | null): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'text/calendar', 'Accept-Language': currentLocale() };
  if (token) headers.Authorization = `Bearer ${token}`;
  try {
    return await fetch(path, { headers, credentials: 'same-origin' });
  } catch (error) {
    throw new ApiUnreachableError(error);
  }
}

/**
 * `GET /api/me/agenda.ics?edition=`: the agenda as an iCalendar file. `apiRequest` speaks JSON only,
 * so this one call reads text itself, with the same token and one refresh on a 401.
 */
export async function downloadAgendaIcs(editionId: string): Promise<Blob> {
  const path = `/api/me/agenda.ics?edition=${encodeURIComponent(editionId)}`;
  const token = sessionStore.getAccessToken();
  let response = await fetchIcs(path, token);
  if (response.status === 401) {
    const fresh = await refreshAccessToken(token);
    if (fresh) response = await fetchIcs(path, fresh);
  }
  if (!response.ok) {
    throw new ApiRequestError({ statusCode: response.status, error: response.statusText || 'Error', message: '' });
  }
  return new Blob([await response.text()], { type: 'text/calendar;charset=utf-8' });
}
