import { useMutation, useQueryClient } from '@tanstack/react-query';
import { markNotificationsRead } from '../api/mark-notifications-read';
import { NOTIFICATIONS_KEY } from './useNotifications';

export function useMarkNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids?: string[]) => markNotificationsRead(ids),
    onSettled: () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
  });
}
