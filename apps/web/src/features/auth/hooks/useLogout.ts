import { useMutation, useQueryClient } from '@tanstack/react-query';
import { logout } from '../api/logout';
import { sessionStore } from '../session/session-store';

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation<void, Error, void>({
    mutationFn: async () => {
      const refreshToken = sessionStore.getRefreshToken() ?? undefined;
      try {
        await logout({ refreshToken });
      } catch {
        // Signing out must work offline too: the device forgets the session either way, and the
        // server-side token expires on its own.
      }
    },
    onSettled: () => {
      sessionStore.end('signed-out');
      queryClient.clear();
    },
  });
}
