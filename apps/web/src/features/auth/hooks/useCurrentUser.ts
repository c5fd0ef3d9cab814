import type { User } from '@serumpun/shared';
import { useSession } from './useSession';

/** The signed-in person; only for components rendered behind RequireAuth. */
export function useCurrentUser(): User {
  const session = useSession();
  if (session.status !== 'authenticated') throw new Error('useCurrentUser needs a signed-in session (render it inside RequireAuth)');
  return session.user;
}
