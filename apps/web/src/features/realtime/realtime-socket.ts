import type { ClientToServerEvents, RealtimeHandshakeAuth, ServerToClientEvents } from '@serumpun/shared';
import { io, type Socket } from 'socket.io-client';

/** The socket typed by the shared event maps: an event renamed on the API fails to compile here. */
export type RealtimeSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Called by socket.io before every (re)connect, so each handshake carries the current token. */
export type HandshakeAuth = (callback: (auth: RealtimeHandshakeAuth) => void) => void;

/** Makes the (not yet connected) socket; tests pass a fake one so they need no server. */
export type SocketFactory = (auth: HandshakeAuth) => RealtimeSocket;

/** The real socket: same origin as the page (the API serves it, Vite proxies it in development). */
export const createRealtimeSocket: SocketFactory = (auth) =>
  io({
    path: '/socket.io',
    auth,
    autoConnect: false,
    // Its own connection, never a cached one that still carries a signed-out session's auth.
    forceNew: true,
    // Venue Wi-Fi comes and goes: keep trying for ever, backing off to 15 s between attempts.
    reconnection: true,
    reconnectionDelay: 1_000,
    reconnectionDelayMax: 15_000,
    randomizationFactor: 0.5,
    withCredentials: false,
  });
