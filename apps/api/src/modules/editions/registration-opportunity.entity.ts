import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { OpportunityEntity } from '../opportunities/opportunity.entity.js';
import { RegistrationEntity } from './registration.entity.js';

/** An opportunity a business showcases at an edition (one of its own, published). */
@Entity('registration_opportunities')
export class RegistrationOpportunityEntity {
  @PrimaryColumn({ name: 'edition_id', type: 'uuid' })
  editionId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Index('registration_opportunities_opportunity_idx')
  @PrimaryColumn({ name: 'opportunity_id', type: 'uuid' })
  opportunityId: string;

  @ManyToOne(() => RegistrationEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'edition_id', referencedColumnName: 'editionId', foreignKeyConstraintName: 'registration_opportunities_registration_fk' },
    { name: 'user_id', referencedColumnName: 'userId' },
  ])
  registration: Relation<RegistrationEntity>;

  @ManyToOne(() => OpportunityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'opportunity_id', foreignKeyConstraintName: 'registration_opportunities_opportunity_fk' })
  opportunity: Relation<OpportunityEntity>;
}
