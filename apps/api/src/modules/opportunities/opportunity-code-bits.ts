import { INSTRUMENT_CODES, SUSTAINABILITY_TAG_CODES, type InstrumentCode, type SustainabilityTagCode } from '@serumpun/shared';

/**
 * Instruments and sustainability tags as bit sets (bit i = the i-th code of the shared list), stored beside
 * the arrays in generated columns. The facet counts filter on them inside narrow covering indexes:
 * `instrument_bits & 4 <> 0` costs a fraction of `instruments @> ARRAY['…']`, which unpacks an array per row.
 *
 * The code lists are written into the columns' expressions, so adding a code to a list changes the entity
 * and `migration:generate` rebuilds the column; `serumpun_code_bits` (created by the migration) ignores codes
 * outside the list, which the API never stores.
 */
const bitsSql = (column: string, codes: readonly string[]) => `serumpun_code_bits(${column}, ARRAY[${codes.map((code) => `'${code}'`).join(', ')}]::text[])`;

export const INSTRUMENT_BITS_SQL = bitsSql('instruments', INSTRUMENT_CODES);
export const SUSTAINABILITY_TAG_BITS_SQL = bitsSql('sustainability_tags', SUSTAINABILITY_TAG_CODES);

if (INSTRUMENT_CODES.length > 31 || SUSTAINABILITY_TAG_CODES.length > 31) throw new Error('code bit sets hold at most 31 codes');

export const instrumentBit = (code: InstrumentCode): number => 1 << INSTRUMENT_CODES.indexOf(code);
export const sustainabilityTagBit = (code: SustainabilityTagCode): number => 1 << SUSTAINABILITY_TAG_CODES.indexOf(code);
