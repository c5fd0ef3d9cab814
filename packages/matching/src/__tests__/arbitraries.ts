// fast-check arbitraries over the real taxonomies, biased towards a few Borneo codes so that random pairs
// hit every tier (same division, same section, same island across borders, …) often enough.
import fc from 'fast-check';
import {
  INSTRUMENT_CODES,
  LANGUAGE_CODES,
  REGION_CODES,
  SECTOR_CODES,
  STAGE_CODES,
  SUSTAINABILITY_TAG_CODES,
} from '@serumpun/shared';
import type { MatchBusiness, MatchInvestor, MatchOpportunity, MatchWeights } from '../index.js';
import type { MatchParticipant } from '../suggest/suggest-meetings.js';

const COMMON_SECTORS = ['A', 'A01', 'A02', 'C', 'C10', 'C11', 'C16', 'D35', 'I55'];
const COMMON_REGIONS = ['ID-KB', 'ID-KT', 'ID-JK', 'ID-JB', 'MY-13', 'MY-12', 'MY-01', 'BN-BM'];

const biased = (common: readonly string[], all: readonly string[]) =>
  fc.oneof({ arbitrary: fc.constantFrom(...common), weight: 3 }, { arbitrary: fc.constantFrom(...all), weight: 1 });

const codeList = (arbitrary: fc.Arbitrary<string>, maxLength = 3) => fc.uniqueArray(arbitrary, { maxLength });

export const sectorCode = biased(COMMON_SECTORS, SECTOR_CODES);
export const regionCode = biased(COMMON_REGIONS, REGION_CODES);

/** Dollar amounts from 1 to 10^9, log-spread, as numbers or decimal strings. */
export const usdAmount: fc.Arbitrary<number | string> = fc
  .tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 1, max: 9 }))
  .map(([exponent, digit]) => digit * 10 ** exponent)
  .chain((value) => fc.constantFrom<number | string>(value, `${value}.00`));

const ticketRange = fc
  .tuple(fc.option(usdAmount, { nil: undefined }), fc.option(usdAmount, { nil: undefined }))
  .map(([a, b]) => (a !== undefined && b !== undefined && Number(a) > Number(b) ? [b, a] : [a, b]));

export const weights: fc.Arbitrary<MatchWeights> = fc
  .record({
    sector: fc.integer({ min: 0, max: 100 }),
    region: fc.integer({ min: 0, max: 100 }),
    ticket: fc.integer({ min: 0, max: 100 }),
    instrument: fc.integer({ min: 0, max: 100 }),
    stage: fc.integer({ min: 0, max: 100 }),
    language: fc.integer({ min: 0, max: 100 }),
    sustainability: fc.integer({ min: 0, max: 100 }),
  })
  .filter((w) => Object.values(w).some((value) => value > 0));

export function investorWith(id: fc.Arbitrary<string>): fc.Arbitrary<MatchInvestor> {
  return fc
    .record({
      id,
      visible: fc.boolean(),
      regionCode: fc.option(regionCode, { nil: null }),
      sectors: codeList(sectorCode),
      regions: codeList(regionCode),
      ticket: ticketRange,
      instruments: codeList(fc.constantFrom(...INSTRUMENT_CODES)),
      stages: codeList(fc.constantFrom(...STAGE_CODES)),
      languages: codeList(fc.constantFrom(...LANGUAGE_CODES)),
      sustainabilityTags: codeList(fc.constantFrom(...SUSTAINABILITY_TAG_CODES)),
    })
    .map(({ ticket, ...investor }) => ({ ...investor, ticketMin: ticket[0], ticketMax: ticket[1] }));
}

export function opportunityWith(id: fc.Arbitrary<string>, status: fc.Arbitrary<string> = fc.constant('published')): fc.Arbitrary<MatchOpportunity> {
  return fc.record({
    id,
    status,
    sectorCode: fc.option(sectorCode, { nil: null, freq: 10 }),
    regionCode: fc.option(regionCode, { nil: null, freq: 10 }),
    amount: fc.option(usdAmount, { nil: null, freq: 6 }),
    instruments: codeList(fc.constantFrom(...INSTRUMENT_CODES)),
    stage: fc.option(fc.constantFrom(...STAGE_CODES), { nil: null, freq: 6 }),
    languages: codeList(fc.constantFrom(...LANGUAGE_CODES)),
    sustainabilityTags: codeList(fc.constantFrom(...SUSTAINABILITY_TAG_CODES)),
  });
}

export const investor = investorWith(fc.constant('investor'));
export const opportunity = opportunityWith(fc.constant('opportunity'));
export const anyStatus = fc.constantFrom('published', 'draft', 'closed');

export function businessWith(id: string): fc.Arbitrary<MatchBusiness> {
  return fc.record({
    id: fc.constant(id),
    sectors: codeList(sectorCode),
    regionCode: fc.option(regionCode, { nil: null, freq: 10 }),
    languages: codeList(fc.constantFrom(...LANGUAGE_CODES)),
    opportunities: fc
      .array(opportunityWith(fc.constant(''), anyStatus), { maxLength: 3 })
      .map((list) => list.map((item, index) => ({ ...item, id: `${id}-o${index}`, businessId: id }))),
  });
}

/** An edition's participants: investors `i<n>` and businesses `b<n>`, listed in a shuffled order. */
export const participants: fc.Arbitrary<MatchParticipant[]> = fc
  .tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 12 }))
  .chain(([investorCount, businessCount]) =>
    fc.tuple(
      fc.tuple(...Array.from({ length: investorCount }, (_, n) => investorWith(fc.constant(`i${n}`)))),
      fc.tuple(...Array.from({ length: businessCount }, (_, n) => businessWith(`b${n}`))),
    ),
  )
  .chain(([investors, businesses]) =>
    fc.shuffledSubarray(
      [
        ...investors.map((item): MatchParticipant => ({ ...item, role: 'investor' })),
        ...businesses.map((item): MatchParticipant => ({ ...item, role: 'business' })),
      ],
      { minLength: investors.length + businesses.length },
    ),
  );
