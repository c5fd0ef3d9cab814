import { z } from 'zod';
import type { CountryCode } from './countries.js';
import { freezeEntry, indexByCode, type CodeTuple, type TaxonomyEntry } from './taxonomy.js';

/**
 * Legal forms of a business, per country. Codes carry the country (`id_pt`, `my_sdn_bhd`) because the same
 * word names different things across borders: a Malaysian and a Bruneian Sdn. Bhd. are registered under
 * different laws, and an Indonesian koperasi is not a Malaysian one.
 */
export const LEGAL_FORM_CODES = [
  'id_pt',
  'id_pt_tbk',
  'id_cv',
  'id_firma',
  'id_koperasi',
  'id_bumn',
  'id_bumd',
  'id_perseroan_perorangan',
  'id_ud',
  'id_yayasan',
  'my_sdn_bhd',
  'my_berhad',
  'my_enterprise',
  'my_partnership',
  'my_plt',
  'my_koperasi',
  'bn_sdn_bhd',
  'bn_berhad',
  'bn_enterprise',
  'bn_partnership',
] as const satisfies CodeTuple<string>;
export type LegalFormCode = (typeof LEGAL_FORM_CODES)[number];

export type LegalFormCountryCode = Exclude<CountryCode, 'SG'>;

export interface LegalForm extends TaxonomyEntry<LegalFormCode> {
  readonly country: LegalFormCountryCode;
  /** What follows or precedes the company name locally: `PT`, `Sdn. Bhd.`, `PLT`. */
  readonly abbreviation: string;
}

const LEGAL_FORM_DATA: Record<LegalFormCode, Omit<LegalForm, 'code'>> = {
  id_pt: {
    country: 'ID',
    abbreviation: 'PT',
    label: { id: 'Perseroan Terbatas (PT)', en: 'Limited liability company (PT)', ms: 'Syarikat liabiliti terhad (PT)' },
  },
  id_pt_tbk: {
    country: 'ID',
    abbreviation: 'PT Tbk',
    label: {
      id: 'Perseroan Terbatas Terbuka (PT Tbk)',
      en: 'Listed public company (PT Tbk)',
      ms: 'Syarikat awam tersenarai (PT Tbk)',
    },
  },
  id_cv: {
    country: 'ID',
    abbreviation: 'CV',
    label: { id: 'Persekutuan Komanditer (CV)', en: 'Limited partnership (CV)', ms: 'Perkongsian terhad (CV)' },
  },
  id_firma: {
    country: 'ID',
    abbreviation: 'Firma',
    label: { id: 'Firma', en: 'General partnership (Firma)', ms: 'Perkongsian am (Firma)' },
  },
  id_koperasi: {
    country: 'ID',
    abbreviation: 'Koperasi',
    label: { id: 'Koperasi', en: 'Cooperative (Koperasi)', ms: 'Koperasi' },
  },
  id_bumn: {
    country: 'ID',
    abbreviation: 'BUMN',
    label: {
      id: 'Badan Usaha Milik Negara (BUMN)',
      en: 'State-owned enterprise (BUMN)',
      ms: 'Perusahaan milik negara (BUMN)',
    },
  },
  id_bumd: {
    country: 'ID',
    abbreviation: 'BUMD',
    label: {
      id: 'Badan Usaha Milik Daerah (BUMD)',
      en: 'Regionally owned enterprise (BUMD)',
      ms: 'Perusahaan milik kerajaan daerah (BUMD)',
    },
  },
  id_perseroan_perorangan: {
    country: 'ID',
    abbreviation: 'Perseroan Perorangan',
    label: {
      id: 'Perseroan Perorangan',
      en: 'Single-founder company (Perseroan Perorangan)',
      ms: 'Syarikat seorang pengasas (Perseroan Perorangan)',
    },
  },
  id_ud: {
    country: 'ID',
    abbreviation: 'UD',
    label: { id: 'Usaha Dagang (UD)', en: 'Sole proprietorship (UD)', ms: 'Perniagaan milikan tunggal (UD)' },
  },
  id_yayasan: {
    country: 'ID',
    abbreviation: 'Yayasan',
    label: { id: 'Yayasan', en: 'Foundation (Yayasan)', ms: 'Yayasan' },
  },
  my_sdn_bhd: {
    country: 'MY',
    abbreviation: 'Sdn. Bhd.',
    label: {
      id: 'Perseroan tertutup (Sdn. Bhd.)',
      en: 'Private limited company (Sdn. Bhd.)',
      ms: 'Syarikat Sendirian Berhad (Sdn. Bhd.)',
    },
  },
  my_berhad: {
    country: 'MY',
    abbreviation: 'Bhd.',
    label: { id: 'Perseroan terbuka (Berhad)', en: 'Public limited company (Berhad)', ms: 'Syarikat Berhad (Bhd.)' },
  },
  my_enterprise: {
    country: 'MY',
    abbreviation: 'Enterprise',
    label: {
      id: 'Usaha perseorangan (Enterprise)',
      en: 'Sole proprietorship (Enterprise)',
      ms: 'Milikan tunggal (Enterprise)',
    },
  },
  my_partnership: {
    country: 'MY',
    abbreviation: 'Partnership',
    label: { id: 'Persekutuan (Partnership)', en: 'Partnership', ms: 'Perkongsian' },
  },
  my_plt: {
    country: 'MY',
    abbreviation: 'PLT',
    label: {
      id: 'Persekutuan dengan tanggung jawab terbatas (PLT)',
      en: 'Limited liability partnership (PLT)',
      ms: 'Perkongsian Liabiliti Terhad (PLT)',
    },
  },
  my_koperasi: {
    country: 'MY',
    abbreviation: 'Koperasi',
    label: { id: 'Koperasi', en: 'Cooperative (Koperasi)', ms: 'Koperasi' },
  },
  bn_sdn_bhd: {
    country: 'BN',
    abbreviation: 'Sdn. Bhd.',
    label: {
      id: 'Perseroan tertutup (Sdn. Bhd.)',
      en: 'Private limited company (Sdn. Bhd.)',
      ms: 'Syarikat Sendirian Berhad (Sdn. Bhd.)',
    },
  },
  bn_berhad: {
    country: 'BN',
    abbreviation: 'Bhd.',
    label: { id: 'Perseroan terbuka (Berhad)', en: 'Public company (Berhad)', ms: 'Syarikat Berhad (Bhd.)' },
  },
  bn_enterprise: {
    country: 'BN',
    abbreviation: 'Enterprise',
    label: {
      id: 'Usaha perseorangan (Enterprise)',
      en: 'Sole proprietorship (Enterprise)',
      ms: 'Milikan tunggal (Enterprise)',
    },
  },
  bn_partnership: {
    country: 'BN',
    abbreviation: 'Partnership',
    label: { id: 'Persekutuan (Partnership)', en: 'Partnership', ms: 'Perkongsian' },
  },
};

export const LEGAL_FORMS: readonly LegalForm[] = Object.freeze(
  LEGAL_FORM_CODES.map((code): LegalForm => freezeEntry({ code, ...LEGAL_FORM_DATA[code] })),
);

const legalFormsByCode = indexByCode(LEGAL_FORMS);

export function findLegalForm(code: string): LegalForm | undefined {
  return legalFormsByCode.get(code);
}

export function isLegalFormCode(code: string): code is LegalFormCode {
  return legalFormsByCode.has(code);
}

/** The legal forms a business registered in this country can have; empty for Singapore or an unknown code. */
export function legalFormsOfCountry(country: string): readonly LegalForm[] {
  return LEGAL_FORMS.filter((form) => form.country === country);
}

export const legalFormCodeSchema = z.enum(LEGAL_FORM_CODES);
