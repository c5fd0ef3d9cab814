import { z } from 'zod';
import { freezeEntry, indexByCode, type CodeTuple, type TaxonomyEntry } from './taxonomy.js';

/**
 * Languages a participant can hold a meeting in ("we can meet in …"), as ISO 639-1 codes. The first three
 * are also the interface languages (LOCALES); Mandarin and Arabic are common among investors in the region.
 */
export const LANGUAGE_CODES = ['id', 'en', 'ms', 'zh', 'ar'] as const satisfies CodeTuple<string>;
export type LanguageCode = (typeof LANGUAGE_CODES)[number];

export interface Language extends TaxonomyEntry<LanguageCode> {
  /** The language's name for itself, shown beside the label so a speaker finds it at a glance. */
  readonly nativeName: string;
}

const LANGUAGE_DATA: Record<LanguageCode, Omit<Language, 'code'>> = {
  id: {
    nativeName: 'Bahasa Indonesia',
    label: { id: 'Bahasa Indonesia', en: 'Indonesian', ms: 'Bahasa Indonesia' },
  },
  en: {
    nativeName: 'English',
    label: { id: 'Bahasa Inggris', en: 'English', ms: 'Bahasa Inggeris' },
  },
  ms: {
    nativeName: 'Bahasa Melayu',
    label: { id: 'Bahasa Melayu', en: 'Malay', ms: 'Bahasa Melayu' },
  },
  zh: {
    nativeName: '中文',
    label: { id: 'Bahasa Mandarin', en: 'Chinese (Mandarin)', ms: 'Bahasa Cina (Mandarin)' },
  },
  ar: {
    nativeName: 'العربية',
    label: { id: 'Bahasa Arab', en: 'Arabic', ms: 'Bahasa Arab' },
  },
};

export const LANGUAGES: readonly Language[] = Object.freeze(
  LANGUAGE_CODES.map((code): Language => freezeEntry({ code, ...LANGUAGE_DATA[code] })),
);

const languagesByCode = indexByCode(LANGUAGES);

export function findLanguage(code: string): Language | undefined {
  return languagesByCode.get(code);
}

export function isLanguageCode(code: string): code is LanguageCode {
  return languagesByCode.has(code);
}

export const languageCodeSchema = z.enum(LANGUAGE_CODES);
