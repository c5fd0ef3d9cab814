import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import type {
  CountryCode,
  CurrencyCode,
  InstrumentCode,
  InvestorTypeCode,
  LanguageCode,
  RegionCode,
  SectorCode,
  StageCode,
  SustainabilityTagCode,
} from '@serumpun/shared';
import { UserEntity } from '../users/user.entity.js';

/** What an investor looks for. One per investor user; `visible` decides whether businesses find it. */
@Entity('investor_profiles')
@Check('investor_profiles_ticket_positive', `"ticket_min_amount" > 0`)
@Check('investor_profiles_ticket_ordered', `"ticket_min_currency" = "ticket_max_currency" AND "ticket_max_amount" >= "ticket_min_amount"`)
// GIN indexes on the code arrays are created by hand in the migration (TypeORM cannot declare them).
@Index('investor_profiles_sectors_idx', { synchronize: false })
@Index('investor_profiles_regions_idx', { synchronize: false })
export class InvestorProfileEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('investor_profiles_user_unique', { unique: true })
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<UserEntity>;

  @Column({ type: 'text' })
  organisation: string;

  @Column({ name: 'investor_type', type: 'text' })
  investorType: InvestorTypeCode;

  @Column({ name: 'country_code', type: 'text' })
  countryCode: CountryCode;

  @Column({ name: 'region_code', type: 'text', nullable: true })
  regionCode: RegionCode | null;

  @Column({ type: 'text', array: true })
  sectors: SectorCode[];

  @Column({ type: 'text', array: true })
  regions: RegionCode[];

  @Column({ name: 'ticket_min_amount', type: 'numeric', precision: 20, scale: 2 })
  ticketMinAmount: string;

  @Column({ name: 'ticket_min_currency', type: 'text' })
  ticketMinCurrency: CurrencyCode;

  @Column({ name: 'ticket_max_amount', type: 'numeric', precision: 20, scale: 2 })
  ticketMaxAmount: string;

  @Column({ name: 'ticket_max_currency', type: 'text' })
  ticketMaxCurrency: CurrencyCode;

  /** The ticket bounds in US dollars, recomputed whenever the rates change. */
  @Column({ name: 'ticket_min_usd', type: 'numeric', precision: 20, scale: 2 })
  ticketMinUsd: string;

  @Column({ name: 'ticket_max_usd', type: 'numeric', precision: 20, scale: 2 })
  ticketMaxUsd: string;

  @Column({ type: 'text', array: true })
  instruments: InstrumentCode[];

  @Column({ type: 'text', array: true })
  stages: StageCode[];

  @Column({ type: 'text', array: true })
  languages: LanguageCode[];

  @Column({ name: 'sustainability_tags', type: 'text', array: true, default: () => `'{}'` })
  sustainabilityTags: SustainabilityTagCode[];

  @Column({ type: 'text', default: '' })
  bio: string;

  @Column({ type: 'text', nullable: true })
  website: string | null;

  @Column({ type: 'boolean', default: true })
  visible: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
