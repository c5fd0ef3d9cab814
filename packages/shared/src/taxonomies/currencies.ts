import { z } from 'zod';
import { freezeEntry, indexByCode, type CodeTuple, type TaxonomyEntry } from './taxonomy.js';

/** ISO 4217 codes of the currencies an amount may be stated in. */
export const CURRENCY_CODES = ['IDR', 'MYR', 'BND', 'SGD', 'USD'] as const satisfies CodeTuple<string>;
export type CurrencyCode = (typeof CURRENCY_CODES)[number];

export interface Currency extends TaxonomyEntry<CurrencyCode> {
  /** The sign people write before an amount in the region: `Rp`, `RM`, `B$`, `S$`, `US$`. */
  readonly symbol: string;
  /** ISO 4217 minor-unit digits: how many decimals an exact amount may carry. */
  readonly minorUnits: number;
  /**
   * Decimals shown for a whole amount. The rupiah has two minor units on paper, but nobody writes
   * `Rp 1.500.000,00`, so whole rupiah amounts are shown without decimals.
   */
  readonly displayDecimals: number;
}

const CURRENCY_DATA: Record<CurrencyCode, Omit<Currency, 'code'>> = {
  IDR: {
    symbol: 'Rp',
    minorUnits: 2,
    displayDecimals: 0,
    label: { id: 'Rupiah Indonesia', en: 'Indonesian rupiah', ms: 'Rupiah Indonesia' },
  },
  MYR: {
    symbol: 'RM',
    minorUnits: 2,
    displayDecimals: 2,
    label: { id: 'Ringgit Malaysia', en: 'Malaysian ringgit', ms: 'Ringgit Malaysia' },
  },
  BND: {
    symbol: 'B$',
    minorUnits: 2,
    displayDecimals: 2,
    label: { id: 'Dolar Brunei', en: 'Brunei dollar', ms: 'Dolar Brunei' },
  },
  SGD: {
    symbol: 'S$',
    minorUnits: 2,
    displayDecimals: 2,
    label: { id: 'Dolar Singapura', en: 'Singapore dollar', ms: 'Dolar Singapura' },
  },
  USD: {
    symbol: 'US$',
    minorUnits: 2,
    displayDecimals: 2,
    label: { id: 'Dolar Amerika Serikat', en: 'US dollar', ms: 'Dolar Amerika Syarikat' },
  },
};

export const CURRENCIES: readonly Currency[] = Object.freeze(
  CURRENCY_CODES.map((code): Currency => freezeEntry({ code, ...CURRENCY_DATA[code] })),
);

const currenciesByCode = indexByCode(CURRENCIES);

export function findCurrency(code: string): Currency | undefined {
  return currenciesByCode.get(code);
}

export function isCurrencyCode(code: string): code is CurrencyCode {
  return currenciesByCode.has(code);
}

export const currencyCodeSchema = z.enum(CURRENCY_CODES);
