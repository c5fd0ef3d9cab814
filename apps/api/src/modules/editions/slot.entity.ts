import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import { EditionEntity } from './edition.entity.js';

/** One meeting slot of an edition: an interval of instants, generated from the meeting windows. */
@Entity('slots')
@Unique('slots_edition_starts_unique', ['editionId', 'startsAt'])
// Lets meetings reference (edition_id, slot_id) together, so a meeting can never sit in another edition's slot.
@Unique('slots_edition_id_key', ['editionId', 'id'])
@Check('slots_ends_after_start', `"ends_at" > "starts_at"`)
export class SlotEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('slots_edition_idx')
  @Column({ name: 'edition_id', type: 'uuid' })
  editionId: string;

  @ManyToOne(() => EditionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'edition_id', foreignKeyConstraintName: 'slots_edition_fk' })
  edition: Relation<EditionEntity>;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;
}
