import type { MatchAmount } from '../types.js';

/**
 * Exchange rates as units of a currency per US dollar ("16650" rupiah), the way organisers enter them:
 * either a record by currency, or the `GET /api/fx-rates` body (`{ rates: [{ currency, unitsPerUsd }] }`).
 */
export type FxInput =
  | Readonly<Record<string, string | number>>
  | { readonly rates: readonly { readonly currency: string; readonly unitsPerUsd: string | number }[] };

/** Units per US dollar by currency, USD included. */
export type FxTable = ReadonlyMap<string, number>;

const DECIMAL = /^\d+(?:\.\d+)?$/;

function parseNonNegative(value: string | number, what: string): number {
  const parsed = typeof value === 'number' ? value : DECIMAL.test(value) ? Number(value) : Number.NaN;
  if (!Number.isFinite(parsed) || parsed < 0) throw new RangeError(`Not a non-negative amount for ${what}: ${JSON.stringify(value)}`);
  return parsed;
}

export function toFxTable(fx: FxInput | undefined): FxTable {
  const table = new Map<string, number>([['USD', 1]]);
  if (!fx) return table;
  const entries = 'rates' in fx && Array.isArray(fx.rates)
    ? fx.rates.map((rate) => [rate.currency, rate.unitsPerUsd] as const)
    : Object.entries(fx as Readonly<Record<string, string | number>>);
  for (const [currency, unitsPerUsd] of entries) {
    const rate = parseNonNegative(unitsPerUsd, `the ${currency} rate`);
    if (rate === 0) throw new RangeError(`The ${currency} rate must be above zero`);
    table.set(currency, rate);
  }
  return table;
}

/**
 * An amount in US dollars, or undefined when there is none. A missing exchange rate throws: treating the
 * amount as unknown would quietly give a "ticket not given" reason for an opportunity that states one.
 */
export function toUsd(amount: MatchAmount | null | undefined, fx: FxTable, what: string): number | undefined {
  if (amount === null || amount === undefined) return undefined;
  if (typeof amount === 'number' || typeof amount === 'string') return parseNonNegative(amount, what);
  const rate = fx.get(amount.currency);
  if (rate === undefined) throw new RangeError(`No exchange rate for ${amount.currency} (${what})`);
  return parseNonNegative(amount.amount, what) / rate;
}
