import type { Notification } from '@serumpun/shared';

/** Where a notification takes its reader: the opportunity of a new match, or the requests inbox or agenda of its edition. */
export function notificationLink(notification: Notification): string | null {
  if (notification.type === 'match.new') {
    const opportunityId = notification.payload.opportunityId;
    return typeof opportunityId === 'string' ? `/opportunities/${encodeURIComponent(opportunityId)}` : null;
  }
  const editionId = typeof notification.payload.editionId === 'string' ? notification.payload.editionId : null;
  if (!editionId) return null;
  const area = notification.type.startsWith('meeting_request.') ? 'requests' : 'agenda';
  return `/editions/${encodeURIComponent(editionId)}/${area}`;
}
