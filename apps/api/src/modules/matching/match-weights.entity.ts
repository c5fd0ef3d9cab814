import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { UserEntity } from '../users/user.entity.js';

const inRange = (column: string) => `"${column}" BETWEEN 0 AND 100`;

/**
 * The organisers' weights of the matching criteria: at most one row (id 1). Without it every score uses
 * DEFAULT_MATCH_WEIGHTS of @serumpun/matching.
 */
@Entity('match_weights')
@Check('match_weights_single_row', `"id" = 1`)
@Check('match_weights_in_range', ['sector', 'region', 'ticket', 'instrument', 'stage', 'language', 'sustainability'].map(inRange).join(' AND '))
@Check('match_weights_not_all_zero', `"sector" + "region" + "ticket" + "instrument" + "stage" + "language" + "sustainability" > 0`)
export class MatchWeightsEntity {
  @PrimaryColumn({ type: 'smallint', default: 1 })
  id: number;

  @Column({ type: 'int' })
  sector: number;

  @Column({ type: 'int' })
  region: number;

  @Column({ type: 'int' })
  ticket: number;

  @Column({ type: 'int' })
  instrument: number;

  @Column({ type: 'int' })
  stage: number;

  @Column({ type: 'int' })
  language: number;

  @Column({ type: 'int' })
  sustainability: number;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updated_by', foreignKeyConstraintName: 'match_weights_updated_by_fk' })
  updater: Relation<UserEntity> | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
