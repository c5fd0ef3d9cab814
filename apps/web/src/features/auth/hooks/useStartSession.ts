import type { AuthSession } from '@serumpun/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { syncAccountLocale } from '../../locale/sync-account-locale';
import { sessionStore } from '../session/session-store';

/** Signs a person in from a fresh session (after login or registration). */
export function useStartSession(): (session: AuthSession) => void {
  const queryClient = useQueryClient();
  return useCallback(
    (session: AuthSession) => {
      // Nothing cached for a previous person on this device may show to the next one.
      queryClient.clear();
      sessionStore.start(session);
      syncAccountLocale(session.user);
    },
    [queryClient],
  );
}
