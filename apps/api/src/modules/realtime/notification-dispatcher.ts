import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import pg from 'pg';
import type { NotificationType } from '@serumpun/shared';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { NotificationMailer } from './notification-mailer.js';
import { RealtimeBroadcaster } from './realtime-broadcaster.js';
import type { NotificationDelivery } from './realtime.types.js';

/** The channel the `notifications_outbox_wake` trigger notifies when notifications are committed. */
export const OUTBOX_CHANNEL = 'notifications_outbox';
const BATCH = 500;
/** The safety net behind LISTEN: rows a lost wake-up or a crashed instance left behind. */
const POLL_MS = 5_000;

interface OutboxRow {
  id: string;
  user_id: string;
  type: NotificationType;
  payload: Record<string, unknown>;
  created_at: Date;
  read_at: Date | null;
  seq: string;
}

/**
 * The outbox's second half. Notifications are rows written in the transaction of the change that
 * causes them; this pushes the undelivered ones over socket.io, oldest first, and marks them
 * delivered in the same transaction that claimed them. It wakes on the trigger's NOTIFY (every
 * instance hears it), every few seconds anyway, and at start-up, so rows left by a crash or a
 * restart between commit and push still go out. One instance drains at a time (a transaction-level
 * advisory lock), so nothing is pushed twice and order holds across instances; an instance that
 * finds the lock taken leaves the work to the holder, which heard the same wake-up.
 * A crash after the push but before the commit means that batch goes out again: at least once.
 * While the Redis adapter has lost Redis nothing is pushed (it would reach one instance only); the
 * rows wait and go out when it is back.
 */
@Injectable()
export class NotificationDispatcher implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('NotificationDispatcher');
  private listener: pg.Client | null = null;
  private poll: NodeJS.Timeout | null = null;
  private reconnect: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = true;
  private readonly pool: pg.Pool;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly broadcaster: RealtimeBroadcaster,
    private readonly mailer: NotificationMailer,
  ) {
    this.pool = new pg.Pool({ connectionString: config.databaseUrl, max: 1 });
    this.pool.on('error', (error) => this.logger.warn(`outbox pool: ${error.message}`));
    this.pool.on('connect', (client) => client.on('error', (error) => this.logger.warn(`outbox connection: ${error.message}`)));
  }

  async onApplicationBootstrap(): Promise<void> {
    this.stopped = false;
    this.broadcaster.onNotificationsDeliverable(() => this.wake());
    await this.listen();
    this.poll = setInterval(() => this.wake(), POLL_MS);
    this.poll.unref();
    this.wake();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.poll) clearInterval(this.poll);
    if (this.reconnect) clearTimeout(this.reconnect);
    const listener = this.listener;
    this.listener = null;
    await this.running?.catch(() => undefined);
    await listener?.end().catch(() => undefined);
    await this.pool.end().catch(() => undefined);
  }

  /** Drains the outbox now (again after the current run, if one is under way). */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        this.wake();
      }
    });
  }

  /** Resolves once nothing is left undelivered that this instance could claim (tests and shutdown). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async drain(): Promise<void> {
    try {
      while (!this.stopped && (await this.dispatchBatch()) === BATCH);
    } catch (error) {
      this.logger.error(`dispatch failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /**
   * One batch in one transaction, in two round trips (the hot path of every notification): take the
   * lock and read the batch, then mark it delivered and commit. The number of rows pushed.
   */
  private async dispatchBatch(): Promise<number> {
    // Redis lost: pushing now would reach this instance's sockets only, and the rows would be marked
    // delivered for everyone. They wait (stored) and go out when Redis is back.
    if (!this.broadcaster.canDeliverNotifications) return 0;
    const client = await this.pool.connect();
    let delivered: NotificationDelivery[];
    try {
      const results = (await client.query(
        `BEGIN; WITH lock AS (SELECT pg_try_advisory_xact_lock(hashtext('serumpun.notifications_outbox')) AS locked)
          SELECT n.id, n.user_id, n.type, n.payload, n.created_at, n.read_at, n.seq FROM notifications n, lock
           WHERE lock.locked AND n.delivered_at IS NULL ORDER BY n.seq LIMIT ${BATCH} FOR UPDATE OF n`,
      )) as unknown as Array<pg.QueryResult<OutboxRow>>;
      const rows = results[1].rows;
      if (rows.length === 0) {
        await client.query('ROLLBACK');
        return 0;
      }
      delivered = rows.map((row) => ({
        userId: row.user_id,
        seq: Number(row.seq),
        notification: { id: row.id, type: row.type, payload: row.payload, createdAt: row.created_at.toISOString(), readAt: row.read_at ? row.read_at.toISOString() : null },
      }));
      this.broadcaster.deliverNotifications(delivered);
      // The positions are integers read back from the database: safe to inline in this simple-protocol batch.
      await client.query(`UPDATE notifications SET delivered_at = now() WHERE seq = ANY('{${rows.map((row) => BigInt(row.seq).toString()).join(',')}}'::bigint[]); COMMIT`);
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
    this.mailer.send(delivered);
    return delivered.length;
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.config.databaseUrl });
    const retry = () => {
      if (this.stopped || this.listener !== client) return;
      this.listener = null;
      client.end().catch(() => undefined);
      this.reconnect = setTimeout(() => void this.listen().then(() => this.wake()), 1_000);
      this.reconnect.unref();
    };
    client.on('notification', () => this.wake());
    client.on('error', (error) => {
      this.logger.warn(`outbox listener: ${error.message}`);
      retry();
    });
    client.on('end', retry);
    this.listener = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
    } catch (error) {
      this.logger.warn(`outbox listener could not connect: ${error instanceof Error ? error.message : String(error)}`);
      retry();
    }
  }
}
