import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';
import { isFromSavedCopy } from '../restore-saved-copy';

/**
 * The oldest server time among the saved data on screen (queries a mounted component uses, read
 * from the device's copy and not from the server since), while the server cannot give fresher
 * data: the browser is offline, or asking has stopped. Null when the page shows live data.
 */
function oldestSavedShown(queryClient: QueryClient): number | null {
  const offline = typeof navigator !== 'undefined' && !navigator.onLine;
  let oldest: number | null = null;
  for (const query of queryClient.getQueryCache().getAll()) {
    const { dataUpdatedAt, fetchStatus } = query.state;
    if (query.getObserversCount() === 0 || !isFromSavedCopy(queryClient, dataUpdatedAt)) continue;
    // Online and on its way: the fresh answer replaces it in a moment, no need to say anything.
    if (!offline && fetchStatus === 'fetching') continue;
    if (oldest === null || dataUpdatedAt < oldest) oldest = dataUpdatedAt;
  }
  return oldest;
}

export function useSavedCopyShown(): number | null {
  const queryClient = useQueryClient();
  const subscribe = useCallback(
    (listener: () => void) => {
      const unsubscribe = queryClient.getQueryCache().subscribe(listener);
      window.addEventListener('online', listener);
      window.addEventListener('offline', listener);
      return () => {
        unsubscribe();
        window.removeEventListener('online', listener);
        window.removeEventListener('offline', listener);
      };
    },
    [queryClient],
  );
  const snapshot = useCallback(() => oldestSavedShown(queryClient), [queryClient]);
  return useSyncExternalStore(subscribe, snapshot, () => null);
}
