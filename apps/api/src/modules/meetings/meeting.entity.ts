import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import type { MeetingStatus } from '@serumpun/shared';
import { EditionEntity } from '../editions/edition.entity.js';
import { MeetingTableEntity } from '../editions/meeting-table.entity.js';
import { SlotEntity } from '../editions/slot.entity.js';
import { MeetingRequestEntity } from './meeting-request.entity.js';

/**
 * An agreed one-to-one meeting. `slot_id` and `table_id` stay null until it is placed (by a
 * participant accepting with a slot, a reschedule, or the organiser's scheduler). The slot and table
 * are referenced together with the edition, so they always belong to it; one table holds at most one
 * meeting per slot (partial unique index over meetings that are not cancelled).
 */
@Entity('meetings')
@Index('meetings_one_per_table_per_slot', ['slotId', 'tableId'], { unique: true, where: `"status" <> 'cancelled' AND "slot_id" IS NOT NULL` })
@Index('meetings_edition_idx', ['editionId', 'status'])
@Check('meetings_status_known', `"status" IN ('scheduled', 'cancelled', 'held', 'no_show')`)
@Check('meetings_slot_and_table_together', `("slot_id" IS NULL) = ("table_id" IS NULL)`)
@Check('meetings_attended_only_when_placed', `"status" IN ('scheduled', 'cancelled') OR "slot_id" IS NOT NULL`)
@Check('meetings_sequence_not_negative', `"sequence" >= 0`)
export class MeetingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'edition_id', type: 'uuid' })
  editionId: string;

  @ManyToOne(() => EditionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'edition_id', foreignKeyConstraintName: 'meetings_edition_fk' })
  edition: Relation<EditionEntity>;

  @Index('meetings_request_unique', { unique: true })
  @Column({ name: 'request_id', type: 'uuid', nullable: true })
  requestId: string | null;

  @ManyToOne(() => MeetingRequestEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id', foreignKeyConstraintName: 'meetings_request_fk' })
  request: Relation<MeetingRequestEntity> | null;

  @Column({ name: 'slot_id', type: 'uuid', nullable: true })
  slotId: string | null;

  @ManyToOne(() => SlotEntity)
  @JoinColumn([
    { name: 'edition_id', referencedColumnName: 'editionId', foreignKeyConstraintName: 'meetings_slot_fk' },
    { name: 'slot_id', referencedColumnName: 'id' },
  ])
  slot: Relation<SlotEntity> | null;

  @Column({ name: 'table_id', type: 'uuid', nullable: true })
  tableId: string | null;

  @ManyToOne(() => MeetingTableEntity)
  @JoinColumn([
    { name: 'edition_id', referencedColumnName: 'editionId', foreignKeyConstraintName: 'meetings_table_fk' },
    { name: 'table_id', referencedColumnName: 'id' },
  ])
  table: Relation<MeetingTableEntity> | null;

  @Column({ type: 'text', default: 'scheduled' })
  status: MeetingStatus;

  /** The iCalendar SEQUENCE of the meeting's calendar entry: raised by every reschedule, unplacing or cancellation. */
  @Column({ type: 'int', default: 0 })
  sequence: number;

  @Column({ name: 'checked_in_at', type: 'timestamptz', nullable: true })
  checkedInAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
