import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { UserEntity } from '../users/user.entity.js';

/**
 * "Not interested": a participant hid one match. The target is an opportunity (an investor's dismissal)
 * or an investor's user id (a business's). The primary key makes dismissing twice a no-op; the pair
 * never comes back in any list of either side (see README.md).
 */
@Entity('match_dismissals')
@Index('match_dismissals_target_idx', ['targetId'])
export class MatchDismissalEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @PrimaryColumn({ name: 'target_id', type: 'uuid' })
  targetId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'match_dismissals_user_fk' })
  user: Relation<UserEntity>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
