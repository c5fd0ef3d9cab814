import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import type {
  CloseReason,
  CurrencyCode,
  InstrumentCode,
  OpportunityStatus,
  RegionCode,
  SectionCode,
  SectorCode,
  StageCode,
  SustainabilityTagCode,
} from '@serumpun/shared';
import { UserEntity } from '../users/user.entity.js';
import { INSTRUMENT_BITS_SQL, SUSTAINABILITY_TAG_BITS_SQL } from './opportunity-code-bits.js';

/**
 * The text search sees title (weight A), summary (B), description (C) and the sustainability notes (D),
 * folded with `simple` + unaccent: no stemmer exists for Indonesian or Malay, and prefix matching plus
 * trigram similarity on the title cover word forms and typos instead. `serumpun_unaccent` is the
 * IMMUTABLE wrapper the migration creates.
 */
export const OPPORTUNITY_SEARCH_VECTOR_SQL = [
  `setweight(to_tsvector('simple'::regconfig, serumpun_unaccent(coalesce(title, ''))), 'A')`,
  `setweight(to_tsvector('simple'::regconfig, serumpun_unaccent(coalesce(summary, ''))), 'B')`,
  `setweight(to_tsvector('simple'::regconfig, serumpun_unaccent(coalesce(description, ''))), 'C')`,
  `setweight(to_tsvector('simple'::regconfig, serumpun_unaccent(coalesce(sustainability_environmental, '') || ' ' || coalesce(sustainability_social, ''))), 'D')`,
].join(' || ');

/** A business's proposal: what it is, where, how much in which currency, and on what terms. */
@Entity('opportunities')
@Check('opportunities_amount_positive', `"amount" > 0`)
@Check('opportunities_amount_usd_not_negative', `"amount_usd" >= 0`)
@Check('opportunities_status_known', `"status" IN ('draft', 'published', 'closed')`)
@Check('opportunities_closed_has_reason', `("status" = 'closed') = ("close_reason" IS NOT NULL)`)
@Check('opportunities_close_reason_known', `"close_reason" IN ('funded', 'withdrawn', 'expired')`)
@Check('opportunities_sector_section_matches', `"sector_section" = left("sector_code", 1)`)
// Created by hand in the migration: GIN (full text, trigram, arrays) and descending keyset indexes.
@Index('opportunities_search_vector_idx', { synchronize: false })
@Index('opportunities_search_title_trgm_idx', { synchronize: false })
@Index('opportunities_instruments_idx', { synchronize: false })
@Index('opportunities_sustainability_tags_idx', { synchronize: false })
@Index('opportunities_listed_keyset_idx', { synchronize: false })
@Index('opportunities_amount_keyset_idx', { synchronize: false })
@Index('opportunities_facets_idx', { synchronize: false })
// Matching candidates (modules/matching): a partial covering index over published opportunities.
@Index('opportunities_matching_idx', { synchronize: false })
@Index('opportunities_amount_facets_idx', { synchronize: false })
export class OpportunityEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('opportunities_user_idx')
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<UserEntity>;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'text' })
  description: string;

  @Index('opportunities_sector_code_idx')
  @Column({ name: 'sector_code', type: 'text' })
  sectorCode: SectorCode;

  /** The ISIC section of `sector_code`, kept beside it so `sector=C` is one indexed equality. */
  @Index('opportunities_sector_section_idx')
  @Column({ name: 'sector_section', type: 'text' })
  sectorSection: SectionCode;

  @Index('opportunities_region_code_idx')
  @Column({ name: 'region_code', type: 'text' })
  regionCode: RegionCode;

  /** Exactly as posted. */
  @Column({ type: 'numeric', precision: 20, scale: 2 })
  amount: string;

  @Column({ type: 'text' })
  currency: CurrencyCode;

  /** `amount` in US dollars at the rate of `fx_rate_date`; recomputed for every row when rates change. */
  @Column({ name: 'amount_usd', type: 'numeric', precision: 20, scale: 2 })
  amountUsd: string;

  @Column({ name: 'fx_rate_date', type: 'date' })
  fxRateDate: string;

  @Column({ type: 'text', array: true })
  instruments: InstrumentCode[];

  @Index('opportunities_stage_idx')
  @Column({ type: 'text' })
  stage: StageCode;

  @Column({ name: 'sustainability_environmental', type: 'text', nullable: true })
  sustainabilityEnvironmental: string | null;

  @Column({ name: 'sustainability_social', type: 'text', nullable: true })
  sustainabilitySocial: string | null;

  @Column({ name: 'sustainability_tags', type: 'text', array: true, default: () => `'{}'` })
  sustainabilityTags: SustainabilityTagCode[];

  /** `instruments` as a bit set, for the facet counts (see opportunity-code-bits.ts). */
  @Column({ name: 'instrument_bits', type: 'integer', generatedType: 'STORED', asExpression: INSTRUMENT_BITS_SQL, select: false, insert: false, update: false })
  instrumentBits: number;

  /** `sustainability_tags` as a bit set, for the facet counts. */
  @Column({ name: 'sustainability_tag_bits', type: 'integer', generatedType: 'STORED', asExpression: SUSTAINABILITY_TAG_BITS_SQL, select: false, insert: false, update: false })
  sustainabilityTagBits: number;

  @Column({ type: 'text', default: 'draft' })
  status: OpportunityStatus;

  @Column({ name: 'close_reason', type: 'text', nullable: true })
  closeReason: CloseReason | null;

  /** When it entered the list: creation, then the moment it was published. `sort=newest` orders by it. */
  @Column({ name: 'listed_at', type: 'timestamptz', default: () => 'now()' })
  listedAt: Date;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({
    name: 'search_vector',
    type: 'tsvector',
    generatedType: 'STORED',
    asExpression: OPPORTUNITY_SEARCH_VECTOR_SQL,
    select: false,
    insert: false,
    update: false,
  })
  searchVector: string;

  /** The title lower-cased and unaccented, for trigram similarity (typos, partial words). */
  @Column({
    name: 'search_title',
    type: 'text',
    generatedType: 'STORED',
    asExpression: `serumpun_unaccent(lower(title))`,
    select: false,
    insert: false,
    update: false,
  })
  searchTitle: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
