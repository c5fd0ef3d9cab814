import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import type { MeetingRequestStatus } from '@serumpun/shared';
import { EditionEntity } from '../editions/edition.entity.js';
import { RegistrationEntity } from '../editions/registration.entity.js';
import { SlotEntity } from '../editions/slot.entity.js';
import { OpportunityEntity } from '../opportunities/opportunity.entity.js';

/**
 * One participant asking another for a one-to-one meeting at an edition. Both must be registered
 * (foreign keys to registrations); at most one request per pair waits for an answer (a unique
 * index on the unordered pair, created by hand in the migration: TypeORM cannot express it).
 */
@Entity('meeting_requests')
@Index('meeting_requests_one_pending_per_pair', { synchronize: false })
@Index('meeting_requests_recipient_idx', ['editionId', 'toUserId', 'status'])
@Index('meeting_requests_sender_idx', ['editionId', 'fromUserId', 'status'])
@Check('meeting_requests_status_known', `"status" IN ('pending', 'accepted', 'declined', 'cancelled', 'expired')`)
@Check('meeting_requests_not_to_self', `"from_user_id" <> "to_user_id"`)
export class MeetingRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'edition_id', type: 'uuid' })
  editionId: string;

  @ManyToOne(() => EditionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'edition_id', foreignKeyConstraintName: 'meeting_requests_edition_fk' })
  edition: Relation<EditionEntity>;

  @Column({ name: 'from_user_id', type: 'uuid' })
  fromUserId: string;

  @ManyToOne(() => RegistrationEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'edition_id', referencedColumnName: 'editionId', foreignKeyConstraintName: 'meeting_requests_sender_registration_fk' },
    { name: 'from_user_id', referencedColumnName: 'userId' },
  ])
  fromRegistration: Relation<RegistrationEntity>;

  @Column({ name: 'to_user_id', type: 'uuid' })
  toUserId: string;

  @ManyToOne(() => RegistrationEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'edition_id', referencedColumnName: 'editionId', foreignKeyConstraintName: 'meeting_requests_recipient_registration_fk' },
    { name: 'to_user_id', referencedColumnName: 'userId' },
  ])
  toRegistration: Relation<RegistrationEntity>;

  /** The opportunity the meeting is about: one of the two participants' own. */
  @Index('meeting_requests_opportunity_idx')
  @Column({ name: 'opportunity_id', type: 'uuid', nullable: true })
  opportunityId: string | null;

  @ManyToOne(() => OpportunityEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'opportunity_id', foreignKeyConstraintName: 'meeting_requests_opportunity_fk' })
  opportunity: Relation<OpportunityEntity> | null;

  @Column({ type: 'text', nullable: true })
  message: string | null;

  @Column({ name: 'proposed_slot_id', type: 'uuid', nullable: true })
  proposedSlotId: string | null;

  @ManyToOne(() => SlotEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'proposed_slot_id', foreignKeyConstraintName: 'meeting_requests_proposed_slot_fk' })
  proposedSlot: Relation<SlotEntity> | null;

  @Column({ type: 'text', default: 'pending' })
  status: MeetingRequestStatus;

  @Column({ name: 'decline_reason', type: 'text', nullable: true })
  declineReason: string | null;

  @Column({ name: 'responded_at', type: 'timestamptz', nullable: true })
  respondedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
