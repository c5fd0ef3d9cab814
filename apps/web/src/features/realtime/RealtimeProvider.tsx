import type { Notification } from '@serumpun/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useSession } from '../auth/hooks/useSession';
import { RealtimeContext, type RealtimeContextValue, type RealtimeStatus } from './realtime-context';
import { openRealtimeConnection, type RealtimeConnection } from './realtime-connection';
import { createRealtimeSocket, type SocketFactory } from './realtime-socket';

// A reconnect replays everything missed; a wall of toasts would help nobody, the bell lists them all.
const MAX_TOASTS = 3;

/** One realtime connection per signed-in session, opened at sign-in and closed at sign-out. */
export function RealtimeProvider({ children, socketFactory = createRealtimeSocket }: { children: ReactNode; socketFactory?: SocketFactory }) {
  const session = useSession();
  const userId = session.status === 'authenticated' ? session.user.id : null;
  const queryClient = useQueryClient();
  const [connection, setConnection] = useState<RealtimeConnection | null>(null);
  const [status, setStatus] = useState<RealtimeStatus>('idle');
  const [toasts, setToasts] = useState<Notification[]>([]);

  useEffect(() => {
    if (!userId) return;
    const opened = openRealtimeConnection({
      factory: socketFactory,
      queryClient,
      onStatus: setStatus,
      onNotification: (notification) => setToasts((shown) => [...shown.filter((item) => item.id !== notification.id), notification].slice(-MAX_TOASTS)),
    });
    setConnection(opened);
    return () => {
      opened.close();
      setConnection(null);
      setStatus('idle');
      setToasts([]);
    };
  }, [userId, socketFactory, queryClient]);

  // The browser says the network is back: try now rather than after socket.io's backoff.
  useEffect(() => {
    if (!connection) return;
    const onOnline = () => connection.nudge();
    window.addEventListener('online', onOnline);
    return () => window.removeEventListener('online', onOnline);
  }, [connection]);

  const dismissToast = useCallback((id: string) => setToasts((shown) => shown.filter((item) => item.id !== id)), []);
  const value = useMemo<RealtimeContextValue>(
    () => ({ socket: connection?.socket ?? null, status: connection ? status : 'idle', toasts, dismissToast }),
    [connection, status, toasts, dismissToast],
  );
  return <RealtimeContext.Provider value={value}>{children}</RealtimeContext.Provider>;
}
