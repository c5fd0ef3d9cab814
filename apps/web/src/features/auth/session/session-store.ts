import type { AuthSession, TokenPair, User } from '@serumpun/shared';
import { readStorage, writeStorage } from '../../../lib/safe-storage';

export const REFRESH_TOKEN_STORAGE_KEY = 'serumpun.refreshToken';
/**
 * Whose refresh token this device holds, as the server last said (at sign-in, or `/api/me` after a
 * refresh). Tokens rotate, owners do not: what is saved for offline use must belong to this person.
 */
export const REFRESH_TOKEN_OWNER_STORAGE_KEY = 'serumpun.refreshTokenOwner';

export type SignedOutReason = 'signed-out' | 'expired';

export type SessionState =
  | { status: 'restoring' }
  | { status: 'anonymous'; reason: SignedOutReason | null }
  /**
   * `savedCopy`: shown from the copy saved on this device because the API could not be reached;
   * the server has not confirmed the session yet (no access token), and will be asked once it answers.
   */
  | { status: 'authenticated'; user: User; savedCopy?: true }
  /** A stored session exists but the API could not be reached to restore it. */
  | { status: 'unreachable' };

type Listener = () => void;

function initialState(): SessionState {
  return readStorage(REFRESH_TOKEN_STORAGE_KEY) ? { status: 'restoring' } : { status: 'anonymous', reason: null };
}

let state: SessionState = initialState();
// The access token lives only in memory: it never touches storage a script could read later.
let accessToken: string | null = null;
const listeners = new Set<Listener>();
const tokenListeners = new Set<Listener>();

function setState(next: SessionState): void {
  state = next;
  for (const listener of listeners) listener();
}

/**
 * The signed-in person and their tokens. An external store (not React state) because the API
 * client, which lives outside React, reads and rotates the tokens.
 */
export const sessionStore = {
  getState(): SessionState {
    return state;
  },

  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },

  getAccessToken(): string | null {
    return accessToken;
  },

  /** The id of the person the remembered refresh token belongs to, if the server has said so on this device. */
  getRefreshTokenOwner(): string | null {
    return readStorage(REFRESH_TOKEN_OWNER_STORAGE_KEY);
  },

  /** Read from storage each time, so a token another tab rotated is the one used here. */
  getRefreshToken(): string | null {
    return readStorage(REFRESH_TOKEN_STORAGE_KEY);
  },

  setTokens(tokens: TokenPair): void {
    accessToken = tokens.accessToken;
    writeStorage(REFRESH_TOKEN_STORAGE_KEY, tokens.refreshToken);
    for (const listener of tokenListeners) listener();
  },

  /** Told after every new access token (sign-in or silent refresh): the realtime socket reconnects with it. */
  subscribeAccessToken(listener: Listener): () => void {
    tokenListeners.add(listener);
    return () => tokenListeners.delete(listener);
  },

  start(session: AuthSession): void {
    this.setTokens(session);
    writeStorage(REFRESH_TOKEN_OWNER_STORAGE_KEY, session.user.id);
    setState({ status: 'authenticated', user: session.user });
  },

  /** The person the server returned for the current tokens (`/api/me`). */
  setUser(user: User): void {
    writeStorage(REFRESH_TOKEN_OWNER_STORAGE_KEY, user.id);
    setState({ status: 'authenticated', user });
  },

  /** A newer copy of the signed-in person (after an edit); ignored if they have signed out since. */
  updateUser(user: User): void {
    if (state.status === 'authenticated' && state.user.id === user.id) setState({ status: 'authenticated', user });
  },

  /**
   * The API cannot be reached, but this device saved a copy for the person whose refresh token it
   * holds: show that copy (offline agenda) instead of an error, keeping the refresh token for later.
   */
  showSavedCopy(user: User): void {
    accessToken = null;
    setState({ status: 'authenticated', user, savedCopy: true });
  },

  setRestoring(): void {
    setState({ status: 'restoring' });
  },

  setUnreachable(): void {
    accessToken = null;
    setState({ status: 'unreachable' });
  },

  end(reason: SignedOutReason | null): void {
    accessToken = null;
    writeStorage(REFRESH_TOKEN_STORAGE_KEY, null);
    writeStorage(REFRESH_TOKEN_OWNER_STORAGE_KEY, null);
    setState({ status: 'anonymous', reason });
  },

  /** Back to what a fresh page load would see; for tests, which share this module. */
  reset(): void {
    accessToken = null;
    setState(initialState());
  },
};

/** Another tab signed out: this one follows instead of using a revoked refresh token. */
export function followOtherTabs(): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key !== REFRESH_TOKEN_STORAGE_KEY && event.key !== null) return;
    if (event.newValue === null && sessionStore.getState().status === 'authenticated') {
      sessionStore.end('signed-out');
    }
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}
