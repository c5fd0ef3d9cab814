import { notificationsPageSchema, type NotificationsPage } from '@serumpun/shared';
import { apiRequest } from '../../../lib/api-client';

/** `GET /api/notifications`: the newest notifications and how many are unread. */
export function listNotifications(signal?: AbortSignal): Promise<NotificationsPage> {
  return apiRequest('/api/notifications?limit=20', { signal, schema: notificationsPageSchema });
}
