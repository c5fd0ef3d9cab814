import type { Notification } from '@serumpun/shared';

/** Where a notification takes its reader: the requests inbox or the agenda of its edition. */
export function notificationLink(notification: Notification): string | null {
  const editionId = typeof notification.payload.editionId === 'string' ? notification.payload.editionId : null;
  if (!editionId) return null;
  const area = notification.type.startsWith('meeting_request.') ? 'requests' : 'agenda';
  return `/editions/${encodeURIComponent(editionId)}/${area}`;
}
