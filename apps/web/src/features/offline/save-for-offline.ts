import type { QueryClient } from '@tanstack/react-query';
import { sessionStore } from '../auth/session/session-store';
import { buildSavedCopy, clearSavedCopy, readSavedCopy, writeSavedCopy } from './saved-copy';
import { isSavedQueryKey } from './saved-queries';

/** Answers often come in bursts (a page's queries, a reconnect's refetch): one write per burst. */
export const SAVE_DELAY_MS = 1_000;

/**
 * Keeps the device's offline copy in step with the signed-in person's whitelisted queries.
 * Queries no page has used lately leave the cache, but not the copy: what was saved for them stays
 * until they load again (an agenda opened yesterday is still there today). The copy belongs to one
 * person: it is deleted at sign-out, when the session is refused, and when someone else signs in.
 */
export function saveForOffline(queryClient: QueryClient): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;

  const save = () => {
    timer = null;
    const session = sessionStore.getState();
    // A tab still showing someone who has since been replaced on this device (another tab signed
    // in as someone else) must not write its person's data under the new owner's token.
    if (session.status !== 'authenticated' || sessionStore.getRefreshTokenOwner() !== session.user.id) return;
    const previous = readSavedCopy();
    const kept = previous && previous.user.id === session.user.id ? previous.queries : [];
    writeSavedCopy(buildSavedCopy(queryClient, session.user, { previous: kept }));
  };

  const schedule = () => {
    if (timer === null) timer = setTimeout(save, SAVE_DELAY_MS);
  };
  const cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  const unsubscribeCache = queryClient.getQueryCache().subscribe((event) => {
    if (event.type === 'updated' && event.action.type === 'success' && isSavedQueryKey(event.query.queryKey)) schedule();
  });

  let userId: string | null = null;
  const onSession = () => {
    const session = sessionStore.getState();
    if (session.status === 'anonymous') {
      // Signed out, or the session was refused: a shared device at the venue must forget it all.
      cancel();
      clearSavedCopy();
      userId = null;
    } else if (session.status === 'authenticated') {
      // Someone else signed in (here, or in another tab): the previous person's copy goes.
      const saved = readSavedCopy();
      if (saved && saved.user.id !== sessionStore.getRefreshTokenOwner()) clearSavedCopy();
      // A newer `/api/me` (or the first one) is worth saving even before any page loads.
      if (userId !== session.user.id || !session.savedCopy) schedule();
      userId = session.user.id;
    }
  };
  const unsubscribeSession = sessionStore.subscribe(onSession);
  onSession();

  // A phone locked right after the agenda loaded: write now, the page may not run again for hours.
  const onHide = () => {
    if (document.visibilityState === 'hidden' && timer !== null) {
      cancel();
      save();
    }
  };
  document.addEventListener('visibilitychange', onHide);

  return () => {
    cancel();
    unsubscribeCache();
    unsubscribeSession();
    document.removeEventListener('visibilitychange', onHide);
  };
}
