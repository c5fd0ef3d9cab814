import type { Notification } from '@serumpun/shared';
import { createContext, useContext } from 'react';
import type { RealtimeSocket } from './realtime-socket';

/**
 * - `idle`: nobody is signed in, so there is no socket.
 * - `connecting`: the first connection of this session is being made.
 * - `connected`: live; the bell no longer polls.
 * - `reconnecting`: the connection dropped and socket.io is trying again (the banner shows).
 * - `unavailable`: the server keeps refusing even a fresh token; the app falls back to polling.
 */
export type RealtimeStatus = 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'unavailable';

export interface RealtimeContextValue {
  socket: RealtimeSocket | null;
  status: RealtimeStatus;
  /** Notifications that arrived live and have not been dismissed, newest last. */
  toasts: Notification[];
  dismissToast: (id: string) => void;
}

export const RealtimeContext = createContext<RealtimeContextValue>({ socket: null, status: 'idle', toasts: [], dismissToast: () => undefined });

export function useRealtime(): RealtimeContextValue {
  return useContext(RealtimeContext);
}

/** Whether pushes arrive right now; anything that polls may stop while this is `connected`. */
export function useRealtimeStatus(): RealtimeStatus {
  return useContext(RealtimeContext).status;
}
