import { useSyncExternalStore } from 'react';

function subscribe(listener: () => void): () => void {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

const isOnline = () => navigator.onLine;

/** What the browser believes about the network (`navigator.onLine`), kept up to date. */
export function useBrowserOnline(): boolean {
  return useSyncExternalStore(subscribe, isOnline, () => true);
}
