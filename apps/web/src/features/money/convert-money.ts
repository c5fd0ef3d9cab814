import { findCurrency, type CurrencyCode, type FxRates, type Money } from '@serumpun/shared';

export interface ConvertedMoney {
  money: Money;
  /** The date of the newer of the two rates used (YYYY-MM-DD). */
  asOf: string;
}

/**
 * An amount in another currency, for display beside the original only: it goes through US dollars
 * at the current rates and is rounded to what the target currency shows (whole rupiah, cents else).
 * Null when either currency has no rate, or the amount is not a plain decimal.
 */
export function convertMoney(money: Money, to: CurrencyCode, rates: FxRates): ConvertedMoney | null {
  const from = rates.rates.find((rate) => rate.currency === money.currency);
  const target = rates.rates.find((rate) => rate.currency === to);
  const currency = findCurrency(to);
  if (!from || !target || !currency) return null;
  const value = (Number(money.amount) / Number(from.unitsPerUsd)) * Number(target.unitsPerUsd);
  if (!Number.isFinite(value) || value < 0) return null;
  const amount = value.toFixed(currency.displayDecimals);
  return { money: { amount, currency: to }, asOf: from.asOf > target.asOf ? from.asOf : target.asOf };
}
