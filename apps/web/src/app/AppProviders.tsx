import { onlineManager, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { followOtherTabs } from '../features/auth/session/session-store';
import { confirmSavedSessionWhenOnline, restoreSession } from '../features/auth/session/restore-session';
import { refreshSavedCopyOnceConfirmed, restoreSavedCopy } from '../features/offline/restore-saved-copy';
import { saveForOffline } from '../features/offline/save-for-offline';
import { RealtimeProvider, type SocketFactory } from '../features/realtime';
import { i18n } from '../i18n/i18n';
import { ApiRequestError } from '../lib/api-client';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // A 4xx will not change by asking again; network blips (venue Wi-Fi) might.
        retry: (failures, error) => !(error instanceof ApiRequestError && error.status < 500) && failures < 2,
      },
      mutations: { retry: false },
    },
  });
}

interface AppProvidersProps {
  children: ReactNode;
  queryClient?: QueryClient;
  /** Tests pass a fake socket; the app connects to the API's socket.io. */
  socketFactory?: SocketFactory;
}

/** Everything the app needs around its routes: translations, server state (with its offline copy), the session and its realtime connection. */
export function AppProviders({ children, queryClient, socketFactory }: AppProvidersProps) {
  const [client] = useState(() => {
    const created = queryClient ?? createQueryClient();
    // TanStack Query assumes it starts online and learns otherwise only from an `offline` event,
    // which a page opened without Wi-Fi never gets: tell it, so queries wait for the `online` one.
    if (typeof navigator !== 'undefined') onlineManager.setOnline(navigator.onLine);
    // Before the first render, so a reload without Wi-Fi shows the saved agenda at once.
    restoreSavedCopy(created);
    return created;
  });
  useEffect(() => {
    void restoreSession();
    const stopFollowingTabs = followOtherTabs();
    const stopConfirming = confirmSavedSessionWhenOnline();
    return () => {
      stopFollowingTabs();
      stopConfirming();
    };
  }, []);
  useEffect(() => {
    const stopSaving = saveForOffline(client);
    const stopRefreshing = refreshSavedCopyOnceConfirmed(client);
    return () => {
      stopSaving();
      stopRefreshing();
    };
  }, [client]);
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={client}>
        <RealtimeProvider socketFactory={socketFactory}>{children}</RealtimeProvider>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
