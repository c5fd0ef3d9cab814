import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { ListNotificationsQuery, Notification, NotificationType, NotificationsPage } from '@serumpun/shared';
import { NotificationEntity } from './notification.entity.js';

export interface NewNotification {
  type: NotificationType;
  recipientIds: readonly string[];
  payload: Record<string, unknown>;
}

/**
 * Stores what people must be told. Every notification is a row first, so a person who was offline
 * finds it in `GET /api/notifications`. Pass the EntityManager of the transaction that makes the
 * change (an outbox); the realtime `NotificationDispatcher` pushes committed rows over socket.io.
 */
@Injectable()
export class NotificationsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async notify(notices: readonly NewNotification[], manager: EntityManager = this.dataSource.manager): Promise<void> {
    const repository = manager.getRepository(NotificationEntity);
    const rows = notices.flatMap((notice) => [...new Set(notice.recipientIds)].map((userId) => repository.create({ userId, type: notice.type, payload: notice.payload })));
    if (rows.length > 0) await repository.save(rows);
  }

  /** Newest first; with `after`, only those newer than that one, oldest first (catching up). */
  async list(userId: string, query: ListNotificationsQuery): Promise<NotificationsPage> {
    const builder = this.dataSource.getRepository(NotificationEntity).createQueryBuilder('n').where('n.user_id = :userId', { userId }).limit(query.limit);
    if (query.after) {
      // `seq` is insertion order: rows stored by one transaction share their `created_at`, and uuids do not sort.
      builder.andWhere('n.seq > (SELECT seq FROM notifications WHERE id = :after AND user_id = :userId)', { after: query.after }).orderBy('n.seq', 'ASC');
    } else {
      builder.orderBy('n.seq', 'DESC');
    }
    const [rows, unreadCount] = await Promise.all([builder.getMany(), this.unreadCount(userId)]);
    return { items: rows.map(toNotificationView), nextCursor: null, unreadCount };
  }

  /** Marks the given notifications of this user read, or all of them when no ids are given. */
  async markRead(userId: string, ids: readonly string[] | undefined): Promise<{ unreadCount: number }> {
    const builder = this.dataSource
      .createQueryBuilder()
      .update(NotificationEntity)
      .set({ readAt: () => 'now()' })
      .where('user_id = :userId AND read_at IS NULL', { userId });
    if (ids) builder.andWhere('id = ANY(:ids::uuid[])', { ids });
    await builder.execute();
    return { unreadCount: await this.unreadCount(userId) };
  }

  private async unreadCount(userId: string): Promise<number> {
    return this.dataSource.getRepository(NotificationEntity).createQueryBuilder('n').where('n.user_id = :userId AND n.read_at IS NULL', { userId }).getCount();
  }
}

export function toNotificationView(row: NotificationEntity): Notification {
  return { id: row.id, type: row.type, payload: row.payload, createdAt: row.createdAt.toISOString(), readAt: row.readAt ? row.readAt.toISOString() : null };
}
