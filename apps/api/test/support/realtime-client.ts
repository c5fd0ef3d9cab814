import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { SignJWT } from 'jose';
import { io, type ManagerOptions, type Socket, type SocketOptions } from 'socket.io-client';
import type { ClientToServerEvents, ConversationMessage, Notification, RealtimeHandshakeAuth, ScheduleRunProgress, ServerToClientEvents } from '@serumpun/shared';
import type { AppConfig } from '../../src/config/app-config.js';
import { createApp } from '../../src/create-app.js';
import { RealtimeBroadcaster } from '../../src/modules/realtime/realtime-broadcaster.js';
import { HttpClient } from './http-client.js';
import type { TestApp } from './test-app.js';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A real socket.io client that records what it receives, in order. */
export interface RealtimeClient {
  socket: ClientSocket;
  notifications: Notification[];
  messages: ConversationMessage[];
  progress: ScheduleRunProgress[];
  /** Resolves once `count` notifications in all have arrived. */
  waitForNotifications(count: number): Promise<Notification[]>;
  waitForMessages(count: number): Promise<ConversationMessage[]>;
  /**
   * Sends a marker through the user's room and waits for it: everything emitted to this socket
   * before the marker has arrived by then, so "nothing else came" can be asserted without a timer.
   */
  settle(app: NestFastifyApplication, userId: string): Promise<void>;
  close(): void;
}

export function connectOptions(auth: Partial<RealtimeHandshakeAuth>, extraHeaders: Record<string, string> = {}): Partial<ManagerOptions & SocketOptions> {
  return { auth, transports: ['websocket'], reconnection: false, forceNew: true, extraHeaders };
}

/** Connects and waits for the server to accept (rejects with the connect_error otherwise). */
export function connectClient(baseUrl: string, auth: Partial<RealtimeHandshakeAuth>, extraHeaders: Record<string, string> = {}): Promise<RealtimeClient> {
  const socket: ClientSocket = io(baseUrl, connectOptions(auth, extraHeaders));
  const client = recordingClient(socket);
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(client));
    socket.once('connect_error', (error) => {
      socket.close();
      reject(error);
    });
  });
}

/** The connect_error a refused handshake gets (or null if it connected). */
export function refusalOf(baseUrl: string, auth: Partial<RealtimeHandshakeAuth>, extraHeaders: Record<string, string> = {}, transport: 'websocket' | 'polling' = 'websocket') {
  const socket: ClientSocket = io(baseUrl, { ...connectOptions(auth, extraHeaders), transports: [transport] });
  return new Promise<(Error & { data?: { code?: string } }) | null>((resolve) => {
    socket.once('connect', () => {
      socket.close();
      resolve(null);
    });
    socket.once('connect_error', (error) => {
      socket.close();
      resolve(error as Error & { data?: { code?: string } });
    });
  });
}

let marker = 0;

function recordingClient(socket: ClientSocket): RealtimeClient {
  const notifications: Notification[] = [];
  const messages: ConversationMessage[] = [];
  const progress: ScheduleRunProgress[] = [];
  const waiters: Array<() => void> = [];
  const poke = () => {
    for (const waiter of waiters.splice(0)) waiter();
  };
  socket.on('notification', (notification) => {
    notifications.push(notification);
    poke();
  });
  socket.on('conversation.message', (message) => {
    messages.push(message);
    poke();
  });
  socket.on('schedule_run.progress', (update) => {
    progress.push(update);
    poke();
  });
  const until = async (done: () => boolean) => {
    while (!done()) await new Promise<void>((resolve) => waiters.push(resolve));
  };
  return {
    socket,
    notifications,
    messages,
    progress,
    waitForNotifications: async (count) => {
      await until(() => notifications.length >= count);
      return notifications;
    },
    waitForMessages: async (count) => {
      await until(() => messages.length >= count);
      return messages;
    },
    settle: async (app, userId) => {
      const runId = `marker-${++marker}`;
      app.get(RealtimeBroadcaster).toUser(userId, 'schedule_run.progress', { runId, editionId: 'marker', progress: 0, status: 'queued' });
      await until(() => progress.some((update) => update.runId === runId));
    },
    close: () => socket.close(),
  };
}

/** An access token signed with the app's secret, expiring `secondsFromNow` from now (negative: already expired). */
export async function mintToken(config: AppConfig, user: { id: string; role: string }, secondsFromNow: number): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ role: user.role })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(user.id)
    .setIssuer('serumpun')
    .setAudience('serumpun-api')
    .setIssuedAt(now - 3600)
    .setExpirationTime(now + secondsFromNow)
    .sign(new TextEncoder().encode(config.jwtAccessSecret));
}

export interface SecondInstance {
  app: NestFastifyApplication;
  baseUrl: string;
  http: HttpClient;
  close(): Promise<void>;
}

/** Another API instance on the same database with the same secrets, listening on its own port. */
export async function startSecondInstance(t: TestApp, overrides: Partial<AppConfig> = {}): Promise<SecondInstance> {
  const app = await createApp({ ...t.config, ...overrides });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const baseUrl = `http://127.0.0.1:${port}`;
  return { app, baseUrl, http: new HttpClient(baseUrl), close: () => app.close() };
}

/** Waits until every notification in the database has been handed to socket.io. */
export async function outboxDrained(t: TestApp): Promise<void> {
  for (;;) {
    const [{ waiting }] = await t.sql<{ waiting: number }>('SELECT count(*)::int AS waiting FROM notifications WHERE delivered_at IS NULL');
    if (waiting === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
