import { ApiRequestError, ApiUnreachableError, refreshAccessToken } from '../../../lib/api-client';
import { syncAccountLocale } from '../../locale/sync-account-locale';
import { readOwnSavedCopy } from '../../offline/saved-copy';
import { getMe } from '../api/get-me';
import { sessionStore } from './session-store';

/** On a Wi-Fi that connects but carries nothing, requests hang: after this long, show the saved copy meanwhile. */
export const SLOW_RESTORE_MS = 4_000;
/** While showing the saved copy, how often to ask the server again (besides the browser's `online`). */
export const CONFIRM_INTERVAL_MS = 20_000;

let restoring: Promise<void> | null = null;
let confirming: Promise<void> | null = null;

/** Offline or a server fault says nothing about the session; anything else is a refusal. */
function isNetworkFailure(error: unknown): boolean {
  return error instanceof ApiUnreachableError || (error instanceof ApiRequestError && error.status >= 500);
}

async function signInAgainFromStoredToken(): Promise<'signed-in' | 'refused'> {
  const accessToken = sessionStore.getAccessToken() ?? (await refreshAccessToken());
  if (!accessToken) return 'refused';
  const user = await getMe();
  sessionStore.setUser(user);
  syncAccountLocale(user);
  return 'signed-in';
}

async function restore(): Promise<void> {
  const saved = readOwnSavedCopy()?.user ?? null;
  const slow = saved
    ? setTimeout(() => {
        if (sessionStore.getState().status === 'restoring') sessionStore.showSavedCopy(saved);
      }, SLOW_RESTORE_MS)
    : null;
  try {
    if ((await signInAgainFromStoredToken()) === 'refused') sessionStore.end('expired');
  } catch (error) {
    // Unreachable: keep the refresh token so that trying again (or reloading) once the connection
    // is back still signs the person in; meanwhile show what this device saved for them, if anything.
    if (!isNetworkFailure(error)) sessionStore.end('expired');
    else if (saved) sessionStore.showSavedCopy(saved);
    else sessionStore.setUnreachable();
  } finally {
    if (slow) clearTimeout(slow);
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

/**
 * While the saved copy is shown: ask the server again. A new token and `/api/me` end the offline
 * state; a refused refresh token ends the session (off to sign in); no answer keeps the copy.
 */
export function confirmSavedSession(): Promise<void> {
  const state = sessionStore.getState();
  if (state.status !== 'authenticated' || !state.savedCopy) return Promise.resolve();
  confirming ??= signInAgainFromStoredToken()
    .then((outcome) => {
      if (outcome === 'refused') sessionStore.end('expired');
    })
    .catch((error: unknown) => {
      if (!isNetworkFailure(error)) sessionStore.end('expired');
    })
    .finally(() => {
      confirming = null;
    });
  return confirming;
}

/** Confirms a saved-copy session when the browser is back online, after a silent refresh, and now and then. */
export function confirmSavedSessionWhenOnline(): () => void {
  const confirm = () => void confirmSavedSession();
  window.addEventListener('online', confirm);
  const unsubscribe = sessionStore.subscribeAccessToken(confirm);
  const timer = setInterval(confirm, CONFIRM_INTERVAL_MS);
  return () => {
    window.removeEventListener('online', confirm);
    unsubscribe();
    clearInterval(timer);
  };
}
