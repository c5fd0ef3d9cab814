import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import nodemailer, { type Transporter } from 'nodemailer';
import type { DataSource } from 'typeorm';
import type { Locale, Notification } from '@serumpun/shared';
import { renderMessage } from '../../common/api-messages.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { NOTIFICATION_MAIL_MESSAGES, NOTIFICATION_MAIL_SUBJECTS } from './notification-mail.messages.js';
import type { NotificationDelivery } from './realtime.types.js';

const DIGEST_INTERVAL_MS = 24 * 60 * 60 * 1000;

interface Recipient {
  id: string;
  email: string;
  locale: Locale;
}

/**
 * Email, only when `SMTP_URL` is set: each pushed notification also goes to its owner's inbox (in
 * their language, a short subject, a link to the app), and once a day a digest reminds people of
 * the requests waiting for their answer. Sending is best effort: the notification itself is stored
 * and shown in the app whatever happens to the email.
 */
@Injectable()
export class NotificationMailer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('NotificationMailer');
  private readonly transport: Transporter | null;
  private readonly from: string;
  private digestTimer: NodeJS.Timeout | undefined;
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    this.transport = config.smtpUrl ? nodemailer.createTransport(config.smtpUrl) : null;
    this.from = config.mailFrom ?? `Serumpun <no-reply@${config.publicUrl ? new URL(config.publicUrl).hostname : 'localhost'}>`;
  }

  get enabled(): boolean {
    return this.transport !== null;
  }

  onApplicationBootstrap(): void {
    if (!this.transport) return;
    this.digestTimer = setInterval(() => void this.sendDigest(), DIGEST_INTERVAL_MS);
    this.digestTimer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.digestTimer);
    await Promise.allSettled([...this.inFlight]);
    this.transport?.close();
  }

  /** Queues one email per notification; returns at once (the dispatcher does not wait for SMTP). */
  send(deliveries: readonly NotificationDelivery[]): void {
    if (!this.transport || deliveries.length === 0) return;
    this.track(this.sendNow(deliveries));
  }

  /** Resolves when every email queued so far has been handed to the SMTP server (or failed). */
  async flush(): Promise<void> {
    await Promise.allSettled([...this.inFlight]);
  }

  /** One email per person with requests waiting for their answer; the number of emails sent. */
  async sendDigest(): Promise<number> {
    if (!this.transport) return 0;
    try {
      const rows = (await this.dataSource.query(
        `SELECT u.id, u.email, u.locale, count(*)::int AS count, string_agg(s.full_name, ', ' ORDER BY r.created_at) AS names
           FROM meeting_requests r JOIN users u ON u.id = r.to_user_id JOIN users s ON s.id = r.from_user_id
          WHERE r.status = 'pending' GROUP BY u.id, u.email, u.locale`,
      )) as Array<Recipient & { count: number; names: string }>;
      const link = this.link('/meetings');
      await Promise.all(
        rows.map((row) =>
          this.transport!.sendMail({
            from: this.from,
            to: row.email,
            subject: renderMessage(NOTIFICATION_MAIL_MESSAGES['mail.digest_subject'], row.locale, { count: row.count }),
            text: [
              renderMessage(NOTIFICATION_MAIL_MESSAGES['mail.digest_body'], row.locale, { names: row.names }),
              renderMessage(NOTIFICATION_MAIL_MESSAGES['mail.open_app'], row.locale, { link }),
              '',
              renderMessage(NOTIFICATION_MAIL_MESSAGES['mail.footer'], row.locale),
            ].join('\n'),
          }),
        ),
      );
      return rows.length;
    } catch (error) {
      this.logger.warn(`digest failed: ${error instanceof Error ? error.message : String(error)}`);
      return 0;
    }
  }

  private async sendNow(deliveries: readonly NotificationDelivery[]): Promise<void> {
    try {
      const userIds = [...new Set(deliveries.map((delivery) => delivery.userId))];
      const recipients = (await this.dataSource.query('SELECT id, email, locale FROM users WHERE id = ANY($1::uuid[])', [userIds])) as Recipient[];
      const byId = new Map(recipients.map((recipient) => [recipient.id, recipient]));
      await Promise.all(
        deliveries.map(async ({ userId, notification }) => {
          const recipient = byId.get(userId);
          if (!recipient) return;
          const link = this.link(mailPath(notification));
          await this.transport!.sendMail({
            from: this.from,
            to: recipient.email,
            subject: `Serumpun: ${renderMessage(NOTIFICATION_MAIL_SUBJECTS[notification.type], recipient.locale)}`,
            text: [renderMessage(NOTIFICATION_MAIL_MESSAGES['mail.open_app'], recipient.locale, { link }), '', renderMessage(NOTIFICATION_MAIL_MESSAGES['mail.footer'], recipient.locale)].join('\n'),
          });
        }),
      );
    } catch (error) {
      this.logger.warn(`notification email failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private link(path: string): string {
    return `${(this.config.publicUrl ?? 'http://localhost:3000').replace(/\/$/, '')}${path}`;
  }

  private track(promise: Promise<unknown>): void {
    this.inFlight.add(promise);
    void promise.finally(() => this.inFlight.delete(promise));
  }
}

/** The page a notification's email links to: a new match's opportunity, a meeting's agenda, or the meetings. */
function mailPath(notification: Notification): string {
  const { editionId, opportunityId } = notification.payload;
  if (notification.type === 'match.new' && typeof opportunityId === 'string') return `/opportunities/${encodeURIComponent(opportunityId)}`;
  return notification.type.startsWith('meeting.') && typeof editionId === 'string' ? `/editions/${editionId}/agenda` : '/meetings';
}
