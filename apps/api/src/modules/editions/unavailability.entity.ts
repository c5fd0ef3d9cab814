import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { RegistrationEntity } from './registration.entity.js';
import { SlotEntity } from './slot.entity.js';

/**
 * A slot a participant cannot attend. A trigger refuses to mark a slot where the participant already
 * has a meeting, and the meetings' trigger refuses a meeting in a slot marked here.
 */
@Entity('unavailabilities')
export class UnavailabilityEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @PrimaryColumn({ name: 'slot_id', type: 'uuid' })
  slotId: string;

  @Column({ name: 'edition_id', type: 'uuid' })
  editionId: string;

  @ManyToOne(() => SlotEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'edition_id', referencedColumnName: 'editionId', foreignKeyConstraintName: 'unavailabilities_slot_fk' },
    { name: 'slot_id', referencedColumnName: 'id' },
  ])
  slot: Relation<SlotEntity>;

  @ManyToOne(() => RegistrationEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'edition_id', referencedColumnName: 'editionId', foreignKeyConstraintName: 'unavailabilities_registration_fk' },
    { name: 'user_id', referencedColumnName: 'userId' },
  ])
  registration: Relation<RegistrationEntity>;
}
