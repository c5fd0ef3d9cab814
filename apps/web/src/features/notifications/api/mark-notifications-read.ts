import { apiRequest } from '../../../lib/api-client';

/** `POST /api/notifications/read`: these ids, or everything when none are given. */
export function markNotificationsRead(ids?: string[]): Promise<{ unreadCount: number }> {
  return apiRequest('/api/notifications/read', { method: 'POST', body: ids ? { ids } : {} });
}
