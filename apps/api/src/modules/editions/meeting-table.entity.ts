import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import { EditionEntity } from './edition.entity.js';

/** A numbered table of an edition's meeting hall; table 1 is filled first. */
@Entity('meeting_tables')
@Unique('meeting_tables_edition_number_unique', ['editionId', 'number'])
@Unique('meeting_tables_edition_id_key', ['editionId', 'id'])
@Check('meeting_tables_number_positive', `"number" >= 1`)
export class MeetingTableEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'edition_id', type: 'uuid' })
  editionId: string;

  @ManyToOne(() => EditionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'edition_id', foreignKeyConstraintName: 'meeting_tables_edition_fk' })
  edition: Relation<EditionEntity>;

  @Column({ type: 'int' })
  number: number;

  @Column({ type: 'text', nullable: true })
  name: string | null;

  @Column({ type: 'text', nullable: true })
  location: string | null;
}
