import { useQuery } from '@tanstack/react-query';
import { useRealtimeStatus } from '../../realtime/realtime-context';
import { listNotifications } from '../api/list-notifications';

export const NOTIFICATIONS_KEY = ['notifications'] as const;

// While the realtime connection is down, the bell asks again every minute (and whenever the tab
// regains focus); while it is up, notifications are pushed and polling would only add load.
const POLL_MS = 60_000;

export function useNotifications() {
  const live = useRealtimeStatus() === 'connected';
  return useQuery({
    queryKey: NOTIFICATIONS_KEY,
    queryFn: ({ signal }) => listNotifications(signal),
    refetchInterval: live ? false : POLL_MS,
    refetchOnWindowFocus: true,
  });
}
