import { useSession } from '../../auth/hooks/useSession';
import { useBrowserOnline } from '../../realtime/hooks/useBrowserOnline';

/**
 * True while actions that change something on the server (accept a request, check in, record an
 * outcome) cannot work: the browser is offline, or the session is shown from the saved copy and
 * the server has not confirmed it yet.
 */
export function useNeedsConnection(): boolean {
  const online = useBrowserOnline();
  const session = useSession();
  return !online || (session.status === 'authenticated' && session.savedCopy === true);
}
