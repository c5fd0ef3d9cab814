import { ApiRequestError, ApiUnreachableError, refreshAccessToken } from '../../../lib/api-client';
import { syncAccountLocale } from '../../locale/sync-account-locale';
import { getMe } from '../api/get-me';
import { sessionStore } from './session-store';

let restoring: Promise<void> | null = null;

async function restore(): Promise<void> {
  try {
    const accessToken = await refreshAccessToken();
    if (!accessToken) {
      sessionStore.end('expired');
      return;
    }
    const user = await getMe();
    sessionStore.setUser(user);
    syncAccountLocale(user);
  } catch (error) {
    // Offline or a server fault says nothing about the session: keep the refresh token so that
    // trying again (or reloading) once the connection is back still signs the person in.
    if (error instanceof ApiUnreachableError || (error instanceof ApiRequestError && error.status >= 500)) {
      sessionStore.setUnreachable();
    } else {
      sessionStore.end('expired');
    }
  }
}

/** On page load, turns a remembered refresh token back into a signed-in session. */
export function restoreSession(): Promise<void> {
  if (sessionStore.getState().status !== 'restoring') return Promise.resolve();
  restoring ??= restore().finally(() => {
    restoring = null;
  });
  return restoring;
}

/** After the API could not be reached: try again from the remembered token. */
export function retryRestoreSession(): Promise<void> {
  sessionStore.setRestoring();
  return restoreSession();
}
