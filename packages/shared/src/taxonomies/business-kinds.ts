import { z } from 'zod';
import type { LocalisedLabel } from '../common/locale.js';
import { entriesFromLabels, indexByCode, type CodeTuple, type TaxonomyEntry } from './taxonomy.js';

/** What kind of organisation offers an opportunity; regional governments offer projects too. */
export const BUSINESS_KIND_CODES = [
  'sme',
  'cooperative',
  'startup',
  'state_owned',
  'regional_government',
] as const satisfies CodeTuple<string>;
export type BusinessKindCode = (typeof BUSINESS_KIND_CODES)[number];
export type BusinessKind = TaxonomyEntry<BusinessKindCode>;

const BUSINESS_KIND_LABELS: Record<BusinessKindCode, LocalisedLabel> = {
  sme: { id: 'Usaha mikro, kecil dan menengah (UMKM)', en: 'Small or medium enterprise (SME)', ms: 'Perusahaan kecil dan sederhana (PKS)' },
  cooperative: { id: 'Koperasi', en: 'Cooperative', ms: 'Koperasi' },
  startup: { id: 'Perusahaan rintisan (startup)', en: 'Startup', ms: 'Syarikat pemula (startup)' },
  state_owned: { id: 'Badan usaha milik negara atau daerah', en: 'State-owned enterprise', ms: 'Syarikat milik kerajaan' },
  regional_government: { id: 'Pemerintah daerah', en: 'Regional government', ms: 'Kerajaan negeri atau tempatan' },
};

export const BUSINESS_KINDS: readonly BusinessKind[] = entriesFromLabels(BUSINESS_KIND_CODES, BUSINESS_KIND_LABELS);

const businessKindsByCode = indexByCode(BUSINESS_KINDS);

export function findBusinessKind(code: string): BusinessKind | undefined {
  return businessKindsByCode.get(code);
}

export function isBusinessKindCode(code: string): code is BusinessKindCode {
  return businessKindsByCode.has(code);
}

export const businessKindCodeSchema = z.enum(BUSINESS_KIND_CODES);
