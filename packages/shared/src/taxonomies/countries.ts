import { z } from 'zod';
import type { LocalisedLabel } from '../common/locale.js';
import type { CurrencyCode } from './currencies.js';
import { freezeEntry, indexByCode, type CodeTuple, type TaxonomyEntry } from './taxonomy.js';

/**
 * ISO 3166-1 alpha-2 codes of the countries a participant can come from: the three that share Borneo,
 * plus Singapore for the investors based there. Only ID, MY and BN have regions.
 */
export const COUNTRY_CODES = ['ID', 'MY', 'BN', 'SG'] as const satisfies CodeTuple<string>;
export type CountryCode = (typeof COUNTRY_CODES)[number];

export interface Country extends TaxonomyEntry<CountryCode> {
  readonly defaultCurrency: CurrencyCode;
}

const COUNTRY_DATA: Record<CountryCode, { label: LocalisedLabel; defaultCurrency: CurrencyCode }> = {
  ID: {
    defaultCurrency: 'IDR',
    label: { id: 'Indonesia', en: 'Indonesia', ms: 'Indonesia' },
  },
  MY: {
    defaultCurrency: 'MYR',
    label: { id: 'Malaysia', en: 'Malaysia', ms: 'Malaysia' },
  },
  BN: {
    defaultCurrency: 'BND',
    label: { id: 'Brunei Darussalam', en: 'Brunei', ms: 'Brunei Darussalam' },
  },
  SG: {
    defaultCurrency: 'SGD',
    label: { id: 'Singapura', en: 'Singapore', ms: 'Singapura' },
  },
};

export const COUNTRIES: readonly Country[] = Object.freeze(
  COUNTRY_CODES.map((code): Country => freezeEntry({ code, ...COUNTRY_DATA[code] })),
);

const countriesByCode = indexByCode(COUNTRIES);

export function findCountry(code: string): Country | undefined {
  return countriesByCode.get(code);
}

export function isCountryCode(code: string): code is CountryCode {
  return countriesByCode.has(code);
}

export const countryCodeSchema = z.enum(COUNTRY_CODES);
