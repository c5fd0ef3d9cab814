import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { CURRENCY_CODES, type CurrencyCode } from '@serumpun/shared';
import { UserEntity } from '../users/user.entity.js';

/**
 * One dated exchange rate: how many units of `currency` one US dollar bought on `asOf`. The rate in
 * force for a currency is its most recent row; older rows stay as the history organisers can look back on.
 */
@Entity('fx_rates')
@Check('fx_rates_currency_known', `"currency" IN (${CURRENCY_CODES.map((code) => `'${code}'`).join(', ')})`)
@Check('fx_rates_rate_positive', `"units_per_usd" > 0`)
export class FxRateEntity {
  @PrimaryColumn({ type: 'text' })
  currency: CurrencyCode;

  @PrimaryColumn({ name: 'as_of', type: 'date' })
  asOf: string;

  @Column({ name: 'units_per_usd', type: 'numeric', precision: 20, scale: 6 })
  unitsPerUsd: string;

  /** The organiser who set it; null for the rates a migration shipped. */
  @Column({ name: 'set_by', type: 'uuid', nullable: true })
  setBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'set_by' })
  setter: Relation<UserEntity> | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
