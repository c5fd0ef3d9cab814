import type { QueryClient } from '@tanstack/react-query';
import { sessionStore } from '../auth/session/session-store';
import { clearSavedCopy, readOwnSavedCopy } from './saved-copy';
import { isSavedQueryKey } from './saved-queries';

// When each query client was filled from the saved copy: data older than that came from the copy.
const restoredAt = new WeakMap<QueryClient, number>();

/**
 * At start-up, before the first render: puts the saved queries back into the cache, with the time
 * they came from the server, so the agenda shows at once (and offline). They are marked stale, so
 * every page that uses one asks the server again as soon as it can.
 */
export function restoreSavedCopy(queryClient: QueryClient, now = Date.now()): void {
  const session = sessionStore.getState();
  // No remembered session (signed out, or the refresh token was refused): nothing may be shown.
  if (session.status === 'anonymous') {
    clearSavedCopy();
    return;
  }
  const copy = readOwnSavedCopy();
  if (!copy || (session.status === 'authenticated' && session.user.id !== copy.user.id)) {
    clearSavedCopy();
    return;
  }
  for (const query of copy.queries) {
    // Never over newer data already in the cache.
    const existing = queryClient.getQueryState(query.queryKey);
    if (existing && existing.dataUpdatedAt >= query.dataUpdatedAt) continue;
    queryClient.setQueryData(query.queryKey, query.data, { updatedAt: query.dataUpdatedAt });
  }
  restoredAt.set(queryClient, now);
  void queryClient.invalidateQueries({ predicate: (query) => isSavedQueryKey(query.queryKey), refetchType: 'none' });
}

/** Whether data last updated at `dataUpdatedAt` in this client was read from the saved copy (not the server since). */
export function isFromSavedCopy(queryClient: QueryClient, dataUpdatedAt: number): boolean {
  const at = restoredAt.get(queryClient);
  return at !== undefined && dataUpdatedAt > 0 && dataUpdatedAt < at;
}

/**
 * Once the server confirms a session that was shown from the saved copy (it answers again), reads
 * again every query on screen still showing saved data, rather than waiting for each to be stale.
 */
export function refreshSavedCopyOnceConfirmed(queryClient: QueryClient): () => void {
  let showingSavedCopy = false;
  return sessionStore.subscribe(() => {
    const session = sessionStore.getState();
    const savedCopy = session.status === 'authenticated' && session.savedCopy === true;
    if (showingSavedCopy && !savedCopy && session.status === 'authenticated') {
      void queryClient.invalidateQueries({ predicate: (query) => isFromSavedCopy(queryClient, query.state.dataUpdatedAt) });
    }
    showingSavedCopy = savedCopy;
  });
}
