import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn, type Relation } from 'typeorm';
import type { MeetingOutcomeResult } from '@serumpun/shared';
import { UserEntity } from '../users/user.entity.js';
import { MeetingEntity } from './meeting.entity.js';

/** What one side says came of a meeting; one row per participant, replaced when they record it again. */
@Entity('meeting_outcomes')
@Check('meeting_outcomes_result_known', `"result" IN ('no_interest', 'follow_up', 'term_sheet', 'deal')`)
@Check('meeting_outcomes_amount_with_currency', `("amount" IS NULL) = ("currency" IS NULL)`)
@Check('meeting_outcomes_amount_not_negative', `"amount" IS NULL OR "amount" >= 0`)
export class MeetingOutcomeEntity {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'meeting_outcomes_meeting_fk' })
  meeting: Relation<MeetingEntity>;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'meeting_outcomes_user_fk' })
  user: Relation<UserEntity>;

  @Column({ type: 'text' })
  result: MeetingOutcomeResult;

  /** Exact decimal, never a float. */
  @Column({ type: 'numeric', precision: 20, scale: 2, nullable: true })
  amount: string | null;

  @Column({ type: 'text', nullable: true })
  currency: string | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @UpdateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}
