import { useEffect, useState } from 'react';
import { useRealtimeStatus } from '../realtime-context';
import { useBrowserOnline } from './useBrowserOnline';

/** A drop shorter than this (a reconnect after a token refresh, a Wi-Fi hiccup) shows nothing. */
export const OFFLINE_GRACE_MS = 4_000;
/** How long "Back online" stays up once the connection is back. */
export const BACK_ONLINE_MS = 4_000;

export type ConnectionBanner = 'offline' | 'back' | null;

/**
 * Which banner to show: "offline" once the realtime connection has been down for the grace period
 * (at once when the browser itself reports being offline), then "back" for a moment after it returns.
 */
export function useConnectionBanner(): ConnectionBanner {
  const status = useRealtimeStatus();
  const browserOnline = useBrowserOnline();
  const down = !browserOnline || status === 'reconnecting';
  const [banner, setBanner] = useState<ConnectionBanner>(null);

  useEffect(() => {
    if (down) {
      if (banner === 'offline') return;
      const timer = setTimeout(() => setBanner('offline'), browserOnline ? OFFLINE_GRACE_MS : 0);
      return () => clearTimeout(timer);
    }
    if (banner === null) return;
    // Back: say so (and only so long as we stay up), then get out of the way.
    const timer = setTimeout(() => setBanner(banner === 'offline' ? 'back' : null), banner === 'offline' ? 0 : BACK_ONLINE_MS);
    return () => clearTimeout(timer);
  }, [down, banner, browserOnline]);

  return banner;
}
