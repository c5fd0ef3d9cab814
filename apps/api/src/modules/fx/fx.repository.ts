import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { CurrencyCode } from '@serumpun/shared';

/** The rate in force for each currency: its most recent dated row. Other contexts join it to convert amounts. */
export const CURRENT_FX_RATES_SQL = `SELECT DISTINCT ON (currency) currency, units_per_usd, as_of FROM fx_rates ORDER BY currency, as_of DESC`;

export interface CurrentRateRow {
  currency: CurrencyCode;
  unitsPerUsd: string;
  asOf: string;
}

@Injectable()
export class FxRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async current(manager: EntityManager = this.dataSource.manager): Promise<CurrentRateRow[]> {
    return manager.query(
      `SELECT currency, units_per_usd::text AS "unitsPerUsd", as_of::text AS "asOf" FROM (${CURRENT_FX_RATES_SQL}) r ORDER BY currency`,
    );
  }

  /** Several amounts in US dollars at the current rates (rounded to cents), in the order given; null when a currency has no rate. */
  async toUsd(
    amounts: ReadonlyArray<{ amount: string; currency: CurrencyCode }>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Array<{ amountUsd: string; rateDate: string } | null>> {
    if (amounts.length === 0) return [];
    const rows: Array<{ ord: number; usd: string | null; as_of: string | null }> = await manager.query(
      `SELECT a.ord::int AS ord, round(a.amount / r.units_per_usd, 2)::text AS usd, r.as_of::text AS as_of
         FROM unnest($1::numeric[], $2::text[]) WITH ORDINALITY AS a(amount, currency, ord)
         LEFT JOIN (${CURRENT_FX_RATES_SQL}) r ON r.currency = a.currency
        ORDER BY a.ord`,
      [amounts.map((a) => a.amount), amounts.map((a) => a.currency)],
    );
    return rows.map((row) => (row.usd !== null && row.as_of !== null ? { amountUsd: row.usd, rateDate: row.as_of } : null));
  }

  async upsert(manager: EntityManager, asOf: string, rates: ReadonlyArray<{ currency: CurrencyCode; unitsPerUsd: string }>, setBy: string): Promise<void> {
    await manager.query(
      `INSERT INTO fx_rates (currency, as_of, units_per_usd, set_by, updated_at)
       SELECT r.currency, $1::date, r.units_per_usd, $4::uuid, now() FROM unnest($2::text[], $3::numeric[]) AS r(currency, units_per_usd)
       ON CONFLICT (currency, as_of) DO UPDATE SET units_per_usd = EXCLUDED.units_per_usd, set_by = EXCLUDED.set_by, updated_at = now()`,
      [asOf, rates.map((r) => r.currency), rates.map((r) => r.unitsPerUsd), setBy],
    );
  }
}
