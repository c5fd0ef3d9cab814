import { useQuery } from '@tanstack/react-query';
import { listNotifications } from '../api/list-notifications';

export const NOTIFICATIONS_KEY = ['notifications'] as const;

// Until the realtime push arrives, the bell asks again every minute and whenever the tab regains focus.
const POLL_MS = 60_000;

export function useNotifications() {
  return useQuery({ queryKey: NOTIFICATIONS_KEY, queryFn: ({ signal }) => listNotifications(signal), refetchInterval: POLL_MS, refetchOnWindowFocus: true });
}
