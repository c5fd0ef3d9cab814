import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { RegistrationEntity } from '../editions/registration.entity.js';
import { SlotEntity } from '../editions/slot.entity.js';
import { MeetingEntity } from './meeting.entity.js';

/**
 * Who sits at a meeting, with the meeting's slot copied in by trigger (`slot_id`, `active`), so that
 * "a participant is in at most one meeting per slot" is a plain partial unique index. Another
 * trigger refuses a row in a slot the participant marked unavailable.
 */
@Entity('meeting_participants')
@Index('meeting_participants_one_per_slot', ['userId', 'slotId'], { unique: true, where: `"active" AND "slot_id" IS NOT NULL` })
@Index('meeting_participants_user_edition_idx', ['userId', 'editionId'])
export class MeetingParticipantEntity {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'meeting_participants_meeting_fk' })
  meeting: Relation<MeetingEntity>;

  @Column({ name: 'edition_id', type: 'uuid' })
  editionId: string;

  @ManyToOne(() => RegistrationEntity)
  @JoinColumn([
    { name: 'edition_id', referencedColumnName: 'editionId', foreignKeyConstraintName: 'meeting_participants_registration_fk' },
    { name: 'user_id', referencedColumnName: 'userId' },
  ])
  registration: Relation<RegistrationEntity>;

  /** Copy of `meetings.slot_id`, kept in step by the `meetings_sync_participants` trigger. */
  @Column({ name: 'slot_id', type: 'uuid', nullable: true })
  slotId: string | null;

  @ManyToOne(() => SlotEntity)
  @JoinColumn({ name: 'slot_id', foreignKeyConstraintName: 'meeting_participants_slot_fk' })
  slot: Relation<SlotEntity> | null;

  /** False once the meeting is cancelled: the slot is free again. */
  @Column({ type: 'boolean', default: true })
  active: boolean;
}
