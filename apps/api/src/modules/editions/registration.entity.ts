import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn, type Relation } from 'typeorm';
import type { RegistrationStatus } from '@serumpun/shared';
import { UserEntity } from '../users/user.entity.js';
import { EditionEntity } from './edition.entity.js';

/** A participant's place at an edition, with the card the participant directory shows. */
@Entity('registrations')
@Check('registrations_status_known', `"status" IN ('approved', 'pending')`)
export class RegistrationEntity {
  @PrimaryColumn({ name: 'edition_id', type: 'uuid' })
  editionId: string;

  @Index('registrations_user_idx')
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => EditionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'edition_id', foreignKeyConstraintName: 'registrations_edition_fk' })
  edition: Relation<EditionEntity>;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'registrations_user_fk' })
  user: Relation<UserEntity>;

  @Column({ type: 'text' })
  status: RegistrationStatus;

  @Column({ type: 'text', nullable: true })
  organisation: string | null;

  @Column({ name: 'country_code', type: 'text', nullable: true })
  countryCode: string | null;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  sectors: string[];

  @Column({ name: 'checked_in_at', type: 'timestamptz', nullable: true })
  checkedInAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
