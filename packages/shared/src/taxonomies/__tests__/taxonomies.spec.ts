import { describe, expect, it } from '@jest/globals';
import { z } from 'zod';
import { LOCALES } from '../../common/locale.js';
import {
  BUSINESS_KINDS,
  BUSINESS_KIND_CODES,
  COUNTRIES,
  CURRENCIES,
  CURRENCY_CODES,
  INSTRUMENTS,
  INSTRUMENT_CODES,
  INVESTOR_TYPES,
  INVESTOR_TYPE_CODES,
  ISLAND_GROUPS,
  LANGUAGES,
  LANGUAGE_CODES,
  LEGAL_FORMS,
  LEGAL_FORM_CODES,
  REGIONS,
  SECTORS,
  STAGES,
  STAGE_CODES,
  SUSTAINABILITY_TAGS,
  SUSTAINABILITY_TAG_CODES,
  businessKindCodeSchema,
  currencyCodeSchema,
  findBusinessKind,
  findCurrency,
  findInstrument,
  findInvestorType,
  findLanguage,
  findLegalForm,
  findStage,
  findSustainabilityTag,
  instrumentCodeSchema,
  investorTypeCodeSchema,
  label,
  languageCodeSchema,
  legalFormCodeSchema,
  legalFormsOfCountry,
  stageCodeSchema,
  sustainabilityTagCodeSchema,
  type TaxonomyEntry,
} from '../index.js';

const TAXONOMIES: Record<string, readonly TaxonomyEntry[]> = {
  sectors: SECTORS,
  regions: REGIONS,
  countries: COUNTRIES,
  'island groups': ISLAND_GROUPS,
  currencies: CURRENCIES,
  instruments: INSTRUMENTS,
  stages: STAGES,
  'investor types': INVESTOR_TYPES,
  'business kinds': BUSINESS_KINDS,
  'legal forms': LEGAL_FORMS,
  languages: LANGUAGES,
  'sustainability tags': SUSTAINABILITY_TAGS,
};

describe('every taxonomy', () => {
  for (const [name, entries] of Object.entries(TAXONOMIES)) {
    it(`${name}: has unique codes and a non-empty label in id, en and ms`, () => {
      expect(entries.length).toBeGreaterThan(0);
      const codes = entries.map((e) => e.code);
      expect(new Set(codes).size).toBe(codes.length);
      for (const entry of entries) {
        expect(Object.keys(entry.label).sort()).toEqual([...LOCALES].sort());
        for (const locale of LOCALES) {
          expect(typeof entry.label[locale]).toBe('string');
          expect(entry.label[locale].trim()).not.toBe('');
          expect(entry.label[locale].trim()).toBe(entry.label[locale]);
        }
      }
    });

    it(`${name}: cannot be changed at run time`, () => {
      expect(Object.isFrozen(entries)).toBe(true);
      expect(Object.isFrozen(entries[0])).toBe(true);
      expect(Object.isFrozen(entries[0].label)).toBe(true);
    });
  }

  it('picks the label of the requested interface language', () => {
    const equity = findInstrument('equity');
    expect(equity).toBeDefined();
    if (!equity) return;
    expect(label(equity, 'en')).toBe('Equity');
    expect(label(equity, 'ms')).toBe('Ekuiti');
    expect(label(equity, 'id')).toBe('Ekuitas (penyertaan modal)');
  });

  it('keeps the code tuples and the data in the same order, so z.enum and the lists agree', () => {
    expect(INSTRUMENTS.map((e) => e.code)).toEqual([...INSTRUMENT_CODES]);
    expect(STAGES.map((e) => e.code)).toEqual([...STAGE_CODES]);
    expect(INVESTOR_TYPES.map((e) => e.code)).toEqual([...INVESTOR_TYPE_CODES]);
    expect(BUSINESS_KINDS.map((e) => e.code)).toEqual([...BUSINESS_KIND_CODES]);
    expect(LEGAL_FORMS.map((e) => e.code)).toEqual([...LEGAL_FORM_CODES]);
    expect(LANGUAGES.map((e) => e.code)).toEqual([...LANGUAGE_CODES]);
    expect(SUSTAINABILITY_TAGS.map((e) => e.code)).toEqual([...SUSTAINABILITY_TAG_CODES]);
    expect(CURRENCIES.map((e) => e.code)).toEqual([...CURRENCY_CODES]);
  });

  it('uses snake_case codes for the vocabularies stored as words', () => {
    const codes = [
      ...INSTRUMENT_CODES,
      ...STAGE_CODES,
      ...INVESTOR_TYPE_CODES,
      ...BUSINESS_KIND_CODES,
      ...LEGAL_FORM_CODES,
      ...SUSTAINABILITY_TAG_CODES,
    ];
    for (const code of codes) expect(code).toMatch(/^[a-z]+(_[a-z]+)*$/);
  });
});

describe('currencies', () => {
  it('has IDR, MYR, BND, SGD and USD with a symbol and ISO 4217 minor units', () => {
    expect([...CURRENCY_CODES]).toEqual(['IDR', 'MYR', 'BND', 'SGD', 'USD']);
    expect(findCurrency('IDR')).toMatchObject({ symbol: 'Rp', minorUnits: 2, displayDecimals: 0 });
    expect(findCurrency('MYR')).toMatchObject({ symbol: 'RM', minorUnits: 2, displayDecimals: 2 });
    for (const currency of CURRENCIES) {
      expect(currency.symbol.length).toBeGreaterThan(0);
      expect(Number.isInteger(currency.minorUnits)).toBe(true);
      expect(currency.displayDecimals).toBeLessThanOrEqual(currency.minorUnits);
      // Intl must know every code, or formatMoney would throw.
      expect(() => new Intl.NumberFormat('en-GB', { style: 'currency', currency: currency.code })).not.toThrow();
    }
  });

  it('accepts only the five currency codes', () => {
    expect(currencyCodeSchema.safeParse('BND').success).toBe(true);
    for (const bad of ['idr', 'EUR', 'RM', 'Rp', '']) expect(currencyCodeSchema.safeParse(bad).success).toBe(false);
  });
});

describe('instruments, stages, investor types and business kinds', () => {
  it('has the eight instruments of the domain', () => {
    expect([...INSTRUMENT_CODES]).toEqual([
      'equity', 'debt', 'convertible', 'joint_venture', 'trade_finance', 'offtake', 'grant', 'ppp',
    ]);
    expect(findInstrument('ppp')?.label.en).toBe('Public–private partnership (PPP)');
  });

  it('has the seven stages of the domain, with greenfield and brownfield projects', () => {
    expect([...STAGE_CODES]).toEqual(['idea', 'pre_revenue', 'early_revenue', 'growth', 'mature', 'greenfield', 'brownfield']);
    expect(findStage('greenfield')?.label.en).toBe('Project (greenfield)');
  });

  it('has at least the investor types of the domain', () => {
    for (const code of ['angel', 'venture_fund', 'corporate', 'family_office', 'bank', 'state_fund']) {
      expect(findInvestorType(code)).toBeDefined();
    }
  });

  it('has the business kinds of the domain', () => {
    expect([...BUSINESS_KIND_CODES]).toEqual(['sme', 'cooperative', 'startup', 'state_owned', 'regional_government']);
    expect(findBusinessKind('regional_government')?.label.id).toBe('Pemerintah daerah');
  });

  it('works with z.enum and z.array the way profiles use them', () => {
    const profile = z.object({
      instruments: z.array(instrumentCodeSchema).min(1),
      stages: z.array(stageCodeSchema),
      investorType: investorTypeCodeSchema,
      kind: businessKindCodeSchema,
    });
    expect(
      profile.safeParse({ instruments: ['equity', 'ppp'], stages: ['growth'], investorType: 'angel', kind: 'sme' }).success,
    ).toBe(true);
    expect(profile.safeParse({ instruments: ['shares'], stages: ['growth'], investorType: 'angel', kind: 'sme' }).success).toBe(false);
    expect(profile.safeParse({ instruments: ['equity'], stages: ['Growth'], investorType: 'angel', kind: 'sme' }).success).toBe(false);
    expect(profile.safeParse({ instruments: ['equity'], stages: [], investorType: 'vc', kind: 'sme' }).success).toBe(false);
    expect(profile.safeParse({ instruments: ['equity'], stages: [], investorType: 'bank', kind: 'SME' }).success).toBe(false);
  });
});

describe('legal forms', () => {
  it('lists the Indonesian forms', () => {
    expect(legalFormsOfCountry('ID').map((f) => f.abbreviation)).toEqual([
      'PT', 'PT Tbk', 'CV', 'Firma', 'Koperasi', 'BUMN', 'BUMD', 'Perseroan Perorangan', 'UD', 'Yayasan',
    ]);
  });

  it('lists the Malaysian forms, PLT included', () => {
    expect(legalFormsOfCountry('MY').map((f) => f.abbreviation)).toEqual([
      'Sdn. Bhd.', 'Bhd.', 'Enterprise', 'Partnership', 'PLT', 'Koperasi',
    ]);
  });

  it('lists the Bruneian forms', () => {
    expect(legalFormsOfCountry('BN').map((f) => f.abbreviation)).toEqual(['Sdn. Bhd.', 'Bhd.', 'Enterprise', 'Partnership']);
  });

  it('ties every form to the country its code names', () => {
    for (const form of LEGAL_FORMS) expect(form.code.slice(0, 2).toUpperCase()).toBe(form.country);
    expect(findLegalForm('bn_sdn_bhd')?.country).toBe('BN');
    expect(legalFormsOfCountry('SG')).toEqual([]);
  });

  it('accepts only known legal form codes', () => {
    expect(legalFormCodeSchema.safeParse('id_pt').success).toBe(true);
    for (const bad of ['PT', 'pt', 'sg_pte_ltd', '']) expect(legalFormCodeSchema.safeParse(bad).success).toBe(false);
  });
});

describe('languages and sustainability tags', () => {
  it('offers the three interface languages first, then Mandarin and Arabic, with native names', () => {
    expect([...LANGUAGE_CODES]).toEqual(['id', 'en', 'ms', 'zh', 'ar']);
    expect(findLanguage('ms')?.label).toEqual({ id: 'Bahasa Melayu', en: 'Malay', ms: 'Bahasa Melayu' });
    for (const language of LANGUAGES) expect(language.nativeName.length).toBeGreaterThan(0);
    expect(z.array(languageCodeSchema).safeParse(['id', 'zh']).success).toBe(true);
    expect(languageCodeSchema.safeParse('jv').success).toBe(false);
  });

  it('has the ten sustainability tags', () => {
    expect(SUSTAINABILITY_TAGS).toHaveLength(10);
    expect(findSustainabilityTag('no_deforestation')?.label.en).toBe('No deforestation');
    expect(sustainabilityTagCodeSchema.safeParse('halal').success).toBe(true);
    expect(sustainabilityTagCodeSchema.safeParse('green').success).toBe(false);
  });
});
