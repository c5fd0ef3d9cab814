import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { FX_BASE_CURRENCY, type CurrencyCode, type FxRates, type SetFxRatesRequest } from '@serumpun/shared';
import { DomainException } from '../../common/api-exceptions.js';
import { FX_MESSAGES } from './fx.messages.js';
import { FxRepository } from './fx.repository.js';

/** Brings the stored US-dollar amounts of one context in line with the current rates, in one statement. */
export type UsdAmountsRecomputer = (manager: EntityManager) => Promise<void>;

export interface UsdAmount {
  amountUsd: string;
  rateDate: string;
}

@Injectable()
export class FxService {
  private readonly recomputers: UsdAmountsRecomputer[] = [];

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rates: FxRepository,
  ) {}

  /**
   * Contexts that store amounts converted to dollars (opportunities, investor tickets) register here, so
   * a rate change updates them in the same transaction and nothing is ever filtered on a stale rate.
   */
  onRatesChanged(recompute: UsdAmountsRecomputer): void {
    this.recomputers.push(recompute);
  }

  async current(manager?: EntityManager): Promise<FxRates> {
    const rows = await this.rates.current(manager);
    const asOf = rows.reduce<string | null>((latest, row) => (latest === null || row.asOf > latest ? row.asOf : latest), null);
    return { base: FX_BASE_CURRENCY, asOf, rates: rows };
  }

  async setRates(userId: string, request: SetFxRatesRequest): Promise<FxRates> {
    // Tomorrow in UTC is today somewhere in the region (UTC+7/+8): the latest date rates can carry.
    const latestDate = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    if (request.asOf > latestDate) {
      throw new DomainException(400, FX_MESSAGES['fx.date_in_future'], { field: 'asOf' });
    }
    return this.dataSource.transaction(async (manager) => {
      await this.rates.upsert(manager, request.asOf, request.rates, userId);
      for (const recompute of this.recomputers) await recompute(manager);
      return this.current(manager);
    });
  }

  /** Amounts in dollars at the current rates; refuses (422, naming `field`) a currency without a rate. */
  async toUsd(amounts: ReadonlyArray<{ money: { amount: string; currency: CurrencyCode }; field: string }>, manager?: EntityManager): Promise<UsdAmount[]> {
    const converted = await this.rates.toUsd(
      amounts.map((a) => a.money),
      manager,
    );
    return converted.map((value, index) => {
      if (!value) {
        const { money, field } = amounts[index];
        throw new DomainException(422, FX_MESSAGES['fx.no_rate'], { field, params: { currency: money.currency } });
      }
      return value;
    });
  }
}
