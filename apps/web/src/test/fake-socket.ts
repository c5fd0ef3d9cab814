import type { RealtimeHandshakeAuth, ServerToClientEvents } from '@serumpun/shared';
import type { HandshakeAuth, RealtimeSocket, SocketFactory } from '../features/realtime/realtime-socket';

type Listener = (...args: unknown[]) => void;
export type HandshakeVerdict = 'accept' | 'refuse' | 'hold';

export interface FakeEmit {
  event: string;
  payload: unknown;
}

/**
 * A stand-in for one socket.io client socket, driven by the test playing the server: it records
 * each handshake's auth and what the app emits, and lets the test accept, refuse, drop or push.
 * It follows socket.io's rules the app relies on: `active` stays true after a network drop (the
 * client retries by itself) and turns false when the server refuses or closes the connection.
 */
export class FakeSocket {
  connected = false;
  active = false;
  readonly handshakes: RealtimeHandshakeAuth[] = [];
  readonly emitted: FakeEmit[] = [];
  private readonly listeners = new Map<string, Set<Listener>>();

  constructor(
    private readonly auth: HandshakeAuth,
    private readonly server: FakeRealtimeServer,
  ) {}

  on(event: string, listener: Listener): this {
    if (!this.listeners.has(event)) this.listeners.set(event, new Set());
    this.listeners.get(event)!.add(listener);
    return this;
  }

  off(event: string, listener?: Listener): this {
    if (listener) this.listeners.get(event)?.delete(listener);
    else this.listeners.delete(event);
    return this;
  }

  removeAllListeners(): this {
    this.listeners.clear();
    return this;
  }

  emit(event: string, payload: unknown, ack?: (result: unknown) => void): this {
    this.emitted.push({ event, payload });
    const reply = this.server.onEmit(event, payload);
    if (ack && reply !== undefined) ack(reply);
    return this;
  }

  connect(): this {
    if (this.connected) return this;
    this.active = true;
    this.auth((auth) => {
      this.handshakes.push(auth);
      const verdict = this.server.onHandshake(auth);
      if (verdict === 'accept') this.accept();
      else if (verdict === 'refuse') this.refuse();
    });
    return this;
  }

  disconnect(): this {
    const was = this.connected;
    this.connected = false;
    this.active = false;
    if (was) this.fire('disconnect', 'io client disconnect');
    return this;
  }

  close(): this {
    return this.disconnect();
  }

  // What the server does:

  accept(): void {
    this.connected = true;
    this.fire('connect');
  }

  /** The auth middleware says no (an expired token): socket.io does not retry by itself. */
  refuse(message = 'Unauthorized'): void {
    this.connected = false;
    this.active = false;
    this.fire('connect_error', new Error(message));
  }

  /** The network went away (venue Wi-Fi): socket.io keeps retrying. */
  dropNetwork(): void {
    this.connected = false;
    this.fire('disconnect', 'transport close');
  }

  /** The server closed the connection (its token expired): socket.io does not retry by itself. */
  kick(): void {
    this.connected = false;
    this.active = false;
    this.fire('disconnect', 'io server disconnect');
  }

  push<E extends keyof ServerToClientEvents>(event: E, ...args: Parameters<ServerToClientEvents[E]>): void {
    this.fire(event, ...args);
  }

  private fire(event: string, ...args: unknown[]): void {
    for (const listener of [...(this.listeners.get(event) ?? [])]) listener(...args);
  }
}

/** The "server" side of the fake: every socket the app made, and how it answers handshakes and emits. */
export class FakeRealtimeServer {
  readonly sockets: FakeSocket[] = [];
  onHandshake: (auth: RealtimeHandshakeAuth) => HandshakeVerdict = () => 'accept';
  onEmit: (event: string, payload: unknown) => unknown = () => ({ ok: true });

  readonly factory: SocketFactory = (auth) => {
    const socket = new FakeSocket(auth, this);
    this.sockets.push(socket);
    return socket as unknown as RealtimeSocket;
  };

  /** The socket of the current session. */
  get socket(): FakeSocket {
    const last = this.sockets.at(-1);
    if (!last) throw new Error('The app has not opened a realtime socket');
    return last;
  }
}
