import type { Notification } from '@serumpun/shared';
import type { QueryClient } from '@tanstack/react-query';
import { matchKeys } from '../matching/match-keys';
import { refreshSchedule, scheduleKeys } from './schedule-queries';

/**
 * What a notification changes on screen: a received, declined or cancelled request changes the
 * requests inbox; an accepted request and every meeting change also move the agenda and the
 * edition's meetings; a new match (an opportunity just published) moves the investor's ranked matches.
 * Only queries someone is looking at refetch; the rest are marked stale.
 */
export function refreshForNotification(queryClient: QueryClient, notification: Notification): Promise<unknown> {
  const editionId = typeof notification.payload.editionId === 'string' ? notification.payload.editionId : null;
  switch (notification.type) {
    case 'meeting_request.received':
    case 'meeting_request.declined':
    case 'meeting_request.cancelled':
      return queryClient.invalidateQueries({ queryKey: scheduleKeys.requests() });
    case 'meeting_request.accepted':
    case 'meeting.scheduled':
    case 'meeting.rescheduled':
    case 'meeting.unplaced':
    case 'meeting.cancelled':
    case 'schedule.published':
      if (editionId) return refreshSchedule(queryClient, editionId);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: scheduleKeys.requests() }),
        queryClient.invalidateQueries({ queryKey: ['agenda'] }),
        queryClient.invalidateQueries({ queryKey: ['editions'] }),
      ]);
    case 'match.new':
      return queryClient.invalidateQueries({ queryKey: matchKeys.ranked() });
    default:
      return Promise.resolve();
  }
}
