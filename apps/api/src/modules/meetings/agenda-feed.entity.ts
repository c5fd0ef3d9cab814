import { CreateDateColumn, Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import { UserEntity } from '../users/user.entity.js';

/**
 * A participant's subscribable calendar feed. Only a hash of the secret token is stored; creating
 * a new feed replaces the old token, and deleting it revokes the URL.
 */
@Entity('agenda_feeds')
export class AgendaFeedEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @OneToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'agenda_feeds_user_fk' })
  user: Relation<UserEntity>;

  @Index('agenda_feeds_token_hash_unique', { unique: true })
  @Column({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
