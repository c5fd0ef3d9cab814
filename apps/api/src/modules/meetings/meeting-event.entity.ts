import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { MeetingEventKind } from '@serumpun/shared';
import { UserEntity } from '../users/user.entity.js';
import { MeetingEntity } from './meeting.entity.js';

/**
 * One state change of a meeting: who did it, when, and where it moved from and to. Slot times and
 * table numbers are copied, not referenced, so the history stays readable after a layout change.
 */
@Entity('meeting_events')
@Index('meeting_events_meeting_idx', ['meetingId', 'at'])
@Check(
  'meeting_events_kind_known',
  `"kind" IN ('booked', 'placed', 'rescheduled', 'unplaced', 'cancelled', 'checked_in', 'held', 'no_show', 'outcome_recorded')`,
)
export class MeetingEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'meeting_events_meeting_fk' })
  meeting: Relation<MeetingEntity>;

  /** Null when the system acted (a layout change by force is recorded with the organiser). */
  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_user_id', foreignKeyConstraintName: 'meeting_events_actor_fk' })
  actor: Relation<UserEntity> | null;

  @Column({ type: 'text' })
  kind: MeetingEventKind;

  @Column({ name: 'from_slot_id', type: 'uuid', nullable: true })
  fromSlotId: string | null;

  @Column({ name: 'to_slot_id', type: 'uuid', nullable: true })
  toSlotId: string | null;

  @Column({ name: 'from_starts_at', type: 'timestamptz', nullable: true })
  fromStartsAt: Date | null;

  @Column({ name: 'from_ends_at', type: 'timestamptz', nullable: true })
  fromEndsAt: Date | null;

  @Column({ name: 'to_starts_at', type: 'timestamptz', nullable: true })
  toStartsAt: Date | null;

  @Column({ name: 'to_ends_at', type: 'timestamptz', nullable: true })
  toEndsAt: Date | null;

  @Column({ name: 'from_table_number', type: 'int', nullable: true })
  fromTableNumber: number | null;

  @Column({ name: 'to_table_number', type: 'int', nullable: true })
  toTableNumber: number | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  at: Date;
}
