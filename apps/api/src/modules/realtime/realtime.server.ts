import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { createAdapter as createPostgresAdapter } from '@socket.io/postgres-adapter';
import { decodeJwt } from 'jose';
import type { IncomingMessage, Server as HttpServer } from 'node:http';
import pg from 'pg';
import { Server } from 'socket.io';
import type { DataSource } from 'typeorm';
import type { NotificationType, RealtimeHandshakeAuth } from '@serumpun/shared';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { AccessTokenService } from '../auth/access-token.service.js';
import { connectRedisAdapter } from './redis-adapter.js';
import { editionRoom, userRoom, type NotificationDelivery, type RealtimeIo, type RealtimeSocket } from './realtime.types.js';

export const REALTIME_PATH = '/socket.io';
/** At most this many missed notifications are replayed on connect; older ones are in `GET /api/notifications`. */
export const CATCH_UP_LIMIT = 1000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface ReplayRow {
  id: string;
  type: NotificationType;
  payload: Record<string, unknown>;
  created_at: Date;
  read_at: Date | null;
  seq: string;
}

/** A refusal at the handshake; socket.io-client sees it as `connect_error` with `message` and `data.code`. */
function refusal(code: string): Error & { data: { code: string } } {
  return Object.assign(new Error(code), { data: { code } });
}

/**
 * The socket.io server on the API's own HTTP server (path `/socket.io`). The handshake is checked
 * before a socket exists: the Origin against an allowlist, then the access token (a socket whose
 * token expires is disconnected at that moment). Each socket joins `user:<id>`; organisers may
 * join `edition:<id>` rooms. Events cross API instances through PostgreSQL (or Redis when
 * `REDIS_URL` is set). Other contexts emit through {@link RealtimeBroadcaster}, not through this.
 */
@Injectable()
export class RealtimeServer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Realtime');
  private io: RealtimeIo | null = null;
  private closeAdapter: (() => Promise<void>) | null = null;
  private readonly allowedOrigins: Set<string>;
  private crossInstanceReady: () => boolean = () => true;
  private readonly readyListeners: Array<() => void> = [];

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accessTokens: AccessTokenService,
    private readonly httpAdapterHost: HttpAdapterHost,
  ) {
    this.allowedOrigins = new Set(
      [...config.corsOrigins, ...(config.publicUrl ? [config.publicUrl] : [])].flatMap((value) => {
        try {
          return [new URL(value).origin];
        } catch {
          return [];
        }
      }),
    );
  }

  /** The running server, or null before the app has started (CLI, unit contexts). */
  get server(): RealtimeIo | null {
    return this.io;
  }

  /**
   * Whether what this instance emits reaches the other instances now. Always true on PostgreSQL (the
   * adapter shares the database's fate); false while Redis is lost, so stored notifications wait.
   */
  get reachesOtherInstances(): boolean {
    return this.crossInstanceReady();
  }

  /** Called when the other instances can be reached again after a Redis outage. */
  onOtherInstancesReachable(listener: () => void): void {
    this.readyListeners.push(listener);
  }

  async onApplicationBootstrap(): Promise<void> {
    const httpServer = this.httpAdapterHost.httpAdapter?.getHttpServer() as HttpServer | undefined;
    if (!httpServer) return;
    const io: RealtimeIo = new Server({
      path: REALTIME_PATH,
      serveClient: false,
      cors: { origin: [...this.allowedOrigins], credentials: false },
      allowRequest: (request, callback) => {
        const allowed = this.originAllowed(request);
        callback(allowed ? null : 'origin not allowed', allowed);
      },
      // Venue Wi-Fi: a dead connection is noticed within ~40 s on both sides.
      pingInterval: 20_000,
      pingTimeout: 20_000,
    });
    await this.useAdapter(io);
    io.use((socket, next) => {
      this.authenticate(socket as RealtimeSocket).then(
        () => next(),
        (error: unknown) => next(error instanceof Error ? error : refusal('auth.unauthenticated')),
      );
    });
    io.on('connection', (socket) => this.onConnection(socket));
    io.on('notifications.deliver', (deliveries) => this.deliverLocally(deliveries));
    io.attach(httpServer);
    this.io = io;
  }

  async beforeApplicationShutdown(): Promise<void> {
    const io = this.io;
    if (!io) return;
    this.io = null;
    // Not `io.close()`: that would also close the HTTP server, which Nest closes itself.
    io.local.disconnectSockets(true);
    io.engine.close();
    await this.closeAdapter?.();
  }

  /** Hands notifications to this instance's sockets of their owners (called here and on every other instance). */
  deliverLocally(deliveries: readonly NotificationDelivery[]): void {
    const io = this.io;
    if (!io) return;
    const namespace = io.of('/');
    for (const delivery of deliveries) {
      const socketIds = namespace.adapter.rooms.get(userRoom(delivery.userId));
      if (!socketIds) continue;
      for (const socketId of socketIds) {
        const socket = namespace.sockets.get(socketId);
        if (socket) this.deliverTo(socket, delivery);
      }
    }
  }

  private deliverTo(socket: RealtimeSocket, delivery: NotificationDelivery): void {
    if (socket.data.replaying) {
      socket.data.pending.push(delivery);
    } else if (!socket.data.replayed.delete(delivery.notification.id)) {
      socket.emit('notification', delivery.notification);
    }
  }

  private originAllowed(request: IncomingMessage): boolean {
    const origin = request.headers.origin;
    // No Origin: not a browser (native apps, the bench, server-to-server); the token still decides.
    if (!origin) return true;
    let parsed: URL;
    try {
      parsed = new URL(origin);
    } catch {
      return false;
    }
    if (parsed.host === request.headers.host) return true;
    return this.allowedOrigins.has(parsed.origin);
  }

  private async authenticate(socket: RealtimeSocket): Promise<void> {
    const auth = (socket.handshake.auth ?? {}) as Partial<RealtimeHandshakeAuth>;
    const token = typeof auth.token === 'string' ? auth.token : '';
    const user = token ? await this.accessTokens.verify(token) : null;
    if (!user) throw refusal('auth.unauthenticated');
    const expiresAt = (decodeJwt(token).exp ?? 0) * 1000;
    const remaining = expiresAt - Date.now();
    if (remaining <= 0) throw refusal('auth.unauthenticated');
    socket.data.user = user;
    socket.data.replaying = true;
    socket.data.pending = [];
    socket.data.replayed = new Set();
    // The token is the socket's licence: when it runs out, so does the socket (the client reconnects with a fresh one).
    socket.data.expiryTimer = setTimeout(() => socket.disconnect(true), Math.min(remaining, 2 ** 31 - 1));
  }

  private onConnection(socket: RealtimeSocket): void {
    const user = socket.data.user;
    socket.on('disconnect', () => clearTimeout(socket.data.expiryTimer));
    socket.on('edition.subscribe', (payload, ack) => {
      const reply = typeof ack === 'function' ? ack : () => undefined;
      this.subscribeToEdition(socket, payload).then(reply, (error: unknown) => {
        this.logger.warn(`edition.subscribe failed: ${String(error)}`);
        reply({ ok: false });
      });
    });
    // Joined before the replay is read, so nothing committed in between falls through the gap;
    // anything arriving live meanwhile waits in `pending` and is sent after, without duplicates.
    void socket.join(userRoom(user.id));
    const lastNotificationId = (socket.handshake.auth as Partial<RealtimeHandshakeAuth>).lastNotificationId;
    this.replay(socket, typeof lastNotificationId === 'string' ? lastNotificationId : undefined).catch((error: unknown) => {
      this.logger.error(`catch-up replay failed: ${String(error)}`);
      socket.data.replaying = false;
      socket.data.pending = [];
    });
  }

  private async replay(socket: RealtimeSocket, lastNotificationId: string | undefined): Promise<void> {
    if (lastNotificationId && UUID.test(lastNotificationId)) {
      // Everything after the last one seen, in the order it was (or will be) pushed: inserted after it,
      // or pushed by a later dispatcher run (a transaction that took its `seq` earlier but committed later).
      const rows = (await this.dataSource.query(
        `SELECT n.id, n.type, n.payload, n.created_at, n.read_at, n.seq FROM notifications n, notifications last
          WHERE last.id = $2 AND last.user_id = $1 AND n.user_id = $1 AND n.id <> last.id
            AND (n.seq > last.seq OR n.delivered_at > last.delivered_at)
          ORDER BY n.delivered_at NULLS LAST, n.seq LIMIT ${CATCH_UP_LIMIT}`,
        [socket.data.user.id, lastNotificationId],
      )) as ReplayRow[];
      for (const row of rows) {
        socket.emit('notification', { id: row.id, type: row.type, payload: row.payload, createdAt: row.created_at.toISOString(), readAt: row.read_at ? row.read_at.toISOString() : null });
        socket.data.replayed.add(row.id);
      }
    }
    socket.data.replaying = false;
    const pending = socket.data.pending.sort((a, b) => a.seq - b.seq);
    socket.data.pending = [];
    for (const delivery of pending) this.deliverTo(socket, delivery);
  }

  private async subscribeToEdition(socket: RealtimeSocket, payload: unknown): Promise<{ ok: boolean }> {
    const editionId = (payload as { editionId?: unknown } | null)?.editionId;
    // No edition belongs to one organiser: every organiser runs every edition.
    if (socket.data.user.role !== 'organiser' || typeof editionId !== 'string' || !UUID.test(editionId)) return { ok: false };
    const [edition] = (await this.dataSource.query('SELECT 1 FROM editions WHERE id = $1', [editionId])) as unknown[];
    if (!edition) return { ok: false };
    await socket.join(editionRoom(editionId));
    return { ok: true };
  }

  private async useAdapter(io: RealtimeIo): Promise<void> {
    if (this.config.redisUrl) {
      const redis = await connectRedisAdapter(this.config.redisUrl, this.logger);
      io.adapter(redis.adapter);
      this.crossInstanceReady = redis.isReady;
      redis.onReady(() => {
        for (const listener of this.readyListeners) listener();
      });
      this.closeAdapter = () => redis.close();
      return;
    }
    const pool = new pg.Pool({ connectionString: this.config.databaseUrl, max: 4 });
    pool.on('error', (error) => this.logger.error(`socket.io adapter pool: ${error.message}`));
    // The adapter holds one client for LISTEN without an error listener: a database restart would
    // otherwise be an unhandled 'error' event (a crash). The adapter reconnects on the 'end' that follows.
    pool.on('connect', (client) => client.on('error', (error) => this.logger.warn(`socket.io adapter connection: ${error.message}`)));
    io.adapter(createPostgresAdapter(pool, { errorHandler: (error) => this.logger.error(`socket.io adapter: ${error.message}`) }));
    this.closeAdapter = async () => {
      await io.of('/').adapter.close();
      // After a lost database connection the adapter drops its LISTEN client without releasing it,
      // and `pool.end()` would wait for it forever: give it a moment, then let shutdown go on.
      await Promise.race([pool.end().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 2_000).unref())]);
    };
  }
}
