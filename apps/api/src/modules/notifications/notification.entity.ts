import { Column, CreateDateColumn, Entity, Generated, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { NotificationType } from '@serumpun/shared';
import { UserEntity } from '../users/user.entity.js';

/** Something a person should be told, stored before it is shown, so nobody misses it while offline. */
@Entity('notifications')
@Index('notifications_user_created_idx', ['userId', 'createdAt'])
@Index('notifications_seq_unique', ['seq'], { unique: true })
@Index('notifications_user_seq_idx', ['userId', 'seq'])
@Index('notifications_undelivered_idx', ['seq'], { where: '"delivered_at" IS NULL' })
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<UserEntity>;

  @Column({ type: 'text' })
  type: NotificationType;

  @Column({ type: 'jsonb', default: {} })
  payload: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;

  /**
   * Insertion-ordered position (a sequence: uuids do not sort, and rows of one transaction share a
   * `created_at`), used for catch-up replays and for the outbox dispatcher's order.
   */
  @Column({ type: 'bigint' })
  @Generated('increment')
  seq: string;

  /** When the outbox dispatcher handed the row to socket.io; null until then (see modules/realtime). */
  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;
}
