import type { Notification, NotificationsPage } from '@serumpun/shared';
import type { QueryClient } from '@tanstack/react-query';
import { NOTIFICATIONS_KEY } from './hooks/useNotifications';

// The bell shows as many as `GET /api/notifications?limit=20` returns.
const BELL_SIZE = 20;

/**
 * Puts a pushed notification on top of the bell's list and counts it as unread, without asking the
 * API again. A notification already there (a replay after a reconnect, or one a poll brought) is
 * left alone, so it is never counted twice.
 */
export function applyLiveNotification(queryClient: QueryClient, notification: Notification): void {
  const page = queryClient.getQueryData<NotificationsPage>(NOTIFICATIONS_KEY);
  if (!page) {
    void queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY });
    return;
  }
  if (page.items.some((item) => item.id === notification.id)) return;
  queryClient.setQueryData<NotificationsPage>(NOTIFICATIONS_KEY, {
    ...page,
    items: [notification, ...page.items].slice(0, BELL_SIZE),
    unreadCount: page.unreadCount + (notification.readAt ? 0 : 1),
  });
}

/** The newest notification the bell has loaded, so a reconnect asks only for what came after it. */
export function newestLoadedNotification(queryClient: QueryClient): Notification | undefined {
  return queryClient.getQueryData<NotificationsPage>(NOTIFICATIONS_KEY)?.items[0];
}
