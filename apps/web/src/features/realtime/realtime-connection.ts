import { conversationMessageSchema, notificationSchema, type Notification } from '@serumpun/shared';
import type { QueryClient } from '@tanstack/react-query';
import { refreshAccessToken } from '../../lib/api-client';
import { sessionStore } from '../auth/session/session-store';
import { appendConversationMessage } from '../meetings/conversation-queries';
import { refreshForNotification } from '../meetings/refresh-for-notification';
import { scheduleKeys } from '../meetings/schedule-queries';
import { applyLiveNotification, newestLoadedNotification } from '../notifications/apply-live-notification';
import { NOTIFICATIONS_KEY } from '../notifications/hooks/useNotifications';
import type { RealtimeStatus } from './realtime-context';
import type { RealtimeSocket, SocketFactory } from './realtime-socket';

// A refused handshake is retried with a fresh token this many times (waiting 0, 1, 2 s) before the
// app gives up on the socket for this session and relies on polling.
const AUTH_RETRIES = 3;
// Ids remembered to drop notifications that come twice (a replay overlapping a poll or a push).
const SEEN_LIMIT = 500;

export interface RealtimeConnectionOptions {
  factory: SocketFactory;
  queryClient: QueryClient;
  onStatus: (status: RealtimeStatus) => void;
  onNotification: (notification: Notification) => void;
}

export interface RealtimeConnection {
  socket: RealtimeSocket;
  /** Asks for a connection now instead of waiting for the backoff (the browser is back online). */
  nudge: () => void;
  close: () => void;
}

/**
 * One socket for one signed-in session. Every handshake sends the current access token and the
 * newest notification seen, so the server replays what was missed while disconnected. A refused
 * handshake (expired token) or a server-side disconnect is retried with a freshly refreshed token;
 * a silent refresh elsewhere in the app reconnects the socket with the new token.
 */
export function openRealtimeConnection({ factory, queryClient, onStatus, onNotification }: RealtimeConnectionOptions): RealtimeConnection {
  let closed = false;
  let authFailures = 0;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let recovering = false;
  let handshakeToken: string | null = null;
  let newestSeen: Pick<Notification, 'id' | 'createdAt'> | null = null;
  const seen = new Set<string>();

  const lastNotificationId = (): string | undefined => {
    const loaded = newestLoadedNotification(queryClient);
    if (loaded && (!newestSeen || loaded.createdAt > newestSeen.createdAt)) return loaded.id;
    return newestSeen?.id;
  };

  const socket = factory((callback) => {
    void (async () => {
      const token = sessionStore.getAccessToken() ?? (await refreshAccessToken().catch(() => null)) ?? '';
      handshakeToken = token;
      const lastId = lastNotificationId();
      callback(lastId ? { token, lastNotificationId: lastId } : { token });
    })();
  });

  const status = (next: RealtimeStatus) => {
    if (!closed) onStatus(next);
  };

  /** The server refused or dropped us, most likely for an expired token: renew it, then try again. */
  const recover = async () => {
    if (closed || recovering || retryTimer) return;
    authFailures += 1;
    if (authFailures > AUTH_RETRIES) {
      status('unavailable');
      return;
    }
    status('reconnecting');
    recovering = true;
    let fresh: string | null;
    let unanswered = false;
    try {
      fresh = await refreshAccessToken(handshakeToken);
    } catch {
      // The API could not be reached to refresh: socket.io's own retries are stopped, so try later.
      fresh = sessionStore.getAccessToken();
      unanswered = true;
    } finally {
      recovering = false;
    }
    if (closed) return;
    // Only a refused refresh ends the session; no answer (a saved-copy session has no token yet) is tried again.
    if (!fresh && !unanswered) {
      sessionStore.end('expired');
      return;
    }
    retryTimer = setTimeout(() => {
      retryTimer = null;
      if (!closed && !socket.connected) socket.connect();
    }, (authFailures - 1) * 1_000);
  };

  socket.on('connect', () => {
    authFailures = 0;
    status('connected');
    // Catch-up replays notifications after the last one seen, but a person with none yet has no id
    // to send, and messages are not replayed: so what is on screen is read again too. Only queries
    // someone is looking at refetch, and one already on its way is not restarted.
    for (const queryKey of [NOTIFICATIONS_KEY, ['conversations'], scheduleKeys.requests(), ['agenda']]) {
      void queryClient.invalidateQueries({ queryKey }, { cancelRefetch: false });
    }
    void queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] === 'editions' && query.queryKey[2] === 'meetings' }, { cancelRefetch: false });
  });

  socket.on('disconnect', (reason) => {
    if (closed || reason === 'io client disconnect') return;
    status('reconnecting');
    // socket.io reconnects by itself after a network drop; not after the server closed us.
    if (!socket.active) void recover();
  });

  socket.on('connect_error', () => {
    if (closed) return;
    // `active` stays true for a network failure (socket.io backs off and retries); it is false when
    // the server's middleware refused the handshake, which is what an expired token gets.
    if (socket.active) status('reconnecting');
    else void recover();
  });

  socket.on('notification', (raw) => {
    const parsed = notificationSchema.safeParse(raw);
    if (!parsed.success || seen.has(parsed.data.id)) return;
    const notification = parsed.data;
    seen.add(notification.id);
    if (seen.size > SEEN_LIMIT) seen.delete(seen.values().next().value as string);
    if (!newestSeen || notification.createdAt >= newestSeen.createdAt) newestSeen = { id: notification.id, createdAt: notification.createdAt };
    applyLiveNotification(queryClient, notification);
    void refreshForNotification(queryClient, notification);
    onNotification(notification);
  });

  socket.on('conversation.message', (raw) => {
    const parsed = conversationMessageSchema.safeParse(raw);
    if (parsed.success) appendConversationMessage(queryClient, parsed.data);
  });

  const unsubscribeToken = sessionStore.subscribeAccessToken(() => {
    // A silent refresh replaced the token the socket connected with: reconnect with the new one
    // before the server drops us for holding an expired one.
    const token = sessionStore.getAccessToken();
    if (closed || !socket.connected || !token || token === handshakeToken) return;
    socket.disconnect();
    socket.connect();
  });

  status('connecting');
  socket.connect();

  return {
    socket,
    nudge() {
      if (closed || socket.connected || retryTimer || recovering) return;
      // connect() alone would wait out socket.io's current backoff delay; starting over connects now.
      socket.disconnect();
      socket.connect();
    },
    close() {
      closed = true;
      if (retryTimer) clearTimeout(retryTimer);
      unsubscribeToken();
      socket.removeAllListeners();
      socket.disconnect();
    },
  };
}
