import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import type { BusinessKindCode, CountryCode, LanguageCode, LegalFormCode, RegionCode, RevenueBandCode, SectorCode } from '@serumpun/shared';
import { UserEntity } from '../users/user.entity.js';

/** Who a business is: one per business user; its opportunities show its company name. */
@Entity('business_profiles')
export class BusinessProfileEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('business_profiles_user_unique', { unique: true })
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<UserEntity>;

  @Column({ name: 'company_name', type: 'text' })
  companyName: string;

  @Column({ name: 'business_kind', type: 'text', default: 'sme' })
  businessKind: BusinessKindCode;

  @Column({ name: 'legal_form', type: 'text' })
  legalForm: LegalFormCode;

  @Column({ name: 'registration_number', type: 'text', nullable: true })
  registrationNumber: string | null;

  @Column({ name: 'country_code', type: 'text' })
  countryCode: CountryCode;

  @Column({ name: 'region_code', type: 'text' })
  regionCode: RegionCode;

  @Column({ type: 'text', array: true })
  sectors: SectorCode[];

  @Column({ name: 'founded_year', type: 'int', nullable: true })
  foundedYear: number | null;

  @Column({ type: 'int', nullable: true })
  employees: number | null;

  @Column({ name: 'revenue_band', type: 'text', nullable: true })
  revenueBand: RevenueBandCode | null;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'text', nullable: true })
  website: string | null;

  @Column({ type: 'text', array: true })
  languages: LanguageCode[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
