import type { Server, Socket } from 'socket.io';
import type { ClientToServerEvents, Notification, ServerToClientEvents } from '@serumpun/shared';
import type { AuthUser } from '../../common/auth-user.js';

/** A stored notification on its way to its owner's sockets, with its commit-ordered position. */
export interface NotificationDelivery {
  userId: string;
  seq: number;
  notification: Notification;
}

/** Between API instances (through the PostgreSQL or Redis adapter). */
export interface InterServerEvents {
  'notifications.deliver': (deliveries: NotificationDelivery[]) => void;
}

/** What the gateway keeps on each socket. */
export interface RealtimeSocketData {
  user: AuthUser;
  /** While the catch-up replay runs, live notifications wait here (then go out in order). */
  replaying: boolean;
  pending: NotificationDelivery[];
  /** The newest position replayed: a live copy of anything up to it is not sent again. */
  replayedUpTo: number;
  expiryTimer?: NodeJS.Timeout;
}

export type RealtimeIo = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, RealtimeSocketData>;
export type RealtimeSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, RealtimeSocketData>;

export const userRoom = (userId: string) => `user:${userId}`;
export const editionRoom = (editionId: string) => `edition:${editionId}`;
