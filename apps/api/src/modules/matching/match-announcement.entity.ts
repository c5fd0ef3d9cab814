import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { OpportunityEntity } from '../opportunities/opportunity.entity.js';
import { UserEntity } from '../users/user.entity.js';

/**
 * An investor was told (`match.new`) that an opportunity matches them. The primary key is the guarantee
 * that nobody is told twice about the same opportunity: the notifier inserts here first (ON CONFLICT DO
 * NOTHING) and notifies only the rows it inserted, in the publish's transaction.
 */
@Entity('match_announcements')
@Index('match_announcements_investor_idx', ['investorId'])
@Check('match_announcements_score_check', '"score" BETWEEN 0 AND 100')
export class MatchAnnouncementEntity {
  @PrimaryColumn({ name: 'opportunity_id', type: 'uuid' })
  opportunityId: string;

  @PrimaryColumn({ name: 'investor_id', type: 'uuid' })
  investorId: string;

  @ManyToOne(() => OpportunityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'opportunity_id', foreignKeyConstraintName: 'match_announcements_opportunity_fk' })
  opportunity: Relation<OpportunityEntity>;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'investor_id', foreignKeyConstraintName: 'match_announcements_investor_fk' })
  investor: Relation<UserEntity>;

  /** The score that was announced (0–100). */
  @Column({ type: 'smallint' })
  score: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
