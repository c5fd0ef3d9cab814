import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { LOCALES } from '@serumpun/shared';
import { REASON_CODES, reasonLabel, scoreBusinessInvestor, scoreInvestorOpportunity } from '../index.js';
import * as arbitrary from './arbitraries.js';
import { anInvestor, anOpportunity } from './factories.js';

describe('reason labels', () => {
  it('exist in Indonesian, English and Malay for every reason code', () => {
    for (const code of REASON_CODES) {
      const labels = LOCALES.map((locale) => reasonLabel(code, locale, 'X'));
      for (const label of labels) expect(label.trim().length).toBeGreaterThan(3);
      // English always differs from at least one of the two Malay-family languages.
      expect(labels[1] === labels[0] && labels[1] === labels[2]).toBe(false);
    }
  });

  it('read as the issue words them, with the taxonomy names in the reader language', () => {
    const investor = anInvestor({ sectors: ['C10'], regions: ['ID-KB'] });
    const opportunity = anOpportunity({ sectorCode: 'C10', regionCode: 'ID-KB' });
    const labelsIn = (locale: 'id' | 'en' | 'ms') => scoreInvestorOpportunity(investor, opportunity, { locale })!.reasons.map((reason) => reason.label);
    expect(labelsIn('id')).toContain('Sektor sama: C10 Industri Makanan');
    expect(labelsIn('en')).toContain('Region of interest: West Kalimantan');
    expect(labelsIn('ms')).toContain('Saiz pelaburan sesuai');
    expect(labelsIn('id')).toContain('Wilayah minat: Kalimantan Barat');
    expect(labelsIn('ms')).toContain('Sektor sama: C10 Pembuatan produk makanan');
  });

  it('name the shared language the reader reads when the pair shares it', () => {
    const investor = anInvestor({ languages: ['id', 'ms', 'en'] });
    const opportunity = anOpportunity({ languages: ['ms', 'en'] });
    const language = (locale: 'id' | 'en' | 'ms') =>
      scoreInvestorOpportunity(investor, opportunity, { locale })!.reasons.find((reason) => reason.code === 'language.shared')!.label;
    expect(language('en')).toBe('Shared meeting language: English');
    expect(language('ms')).toBe('Bahasa mesyuarat sama: Bahasa Melayu');
    // Otherwise the first shared language in taxonomy order.
    expect(language('id')).toBe('Bahasa pertemuan sama: Bahasa Inggris');
  });

  it('never leave a placeholder or an empty detail, whatever the pair and language', () => {
    fc.assert(
      fc.property(arbitrary.investor, arbitrary.opportunity, fc.constantFrom(...LOCALES), (investor, opportunity, locale) => {
        const business = { id: 'business', opportunities: [opportunity] };
        const results = [
          scoreInvestorOpportunity(investor, opportunity, { locale }),
          scoreBusinessInvestor(business, { ...investor, visible: true }, { locale }),
        ];
        for (const result of results) {
          for (const reason of result!.reasons) {
            expect(reason.label).not.toMatch(/undefined|null|NaN|:\s*$|,\s*$/);
            expect(REASON_CODES).toContain(reason.code);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
