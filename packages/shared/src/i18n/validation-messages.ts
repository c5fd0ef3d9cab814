import { z } from 'zod';
import type { Locale } from '../common/locale.js';

type Issue = Parameters<z.core.$ZodErrorMap>[0];
type Phrasebook = {
  required: string;
  invalidType: (expected: string) => string;
  tooShortString: (min: number) => string;
  tooLongString: (max: number) => string;
  tooSmallNumber: (min: number) => string;
  tooBigNumber: (max: number) => string;
  tooFewItems: (min: number) => string;
  tooManyItems: (max: number) => string;
  email: string;
  uuid: string;
  format: string;
  choice: (options: string) => string;
  unknownField: (keys: string) => string;
  invalid: string;
  /** Cross-field rules a schema names in `params.rule` (see checkEditionLayout). */
  rules: Record<string, (params: Record<string, unknown>) => string>;
};

// Short sentences a person understands, in the three interface languages. Anything not covered
// here falls back to zod's own translation for that language.
const phrasebooks: Record<Locale, Phrasebook> = {
  id: {
    required: 'Wajib diisi',
    invalidType: (t) => `Harus berupa ${t}`,
    tooShortString: (n) => `Minimal ${n} karakter`,
    tooLongString: (n) => `Maksimal ${n} karakter`,
    tooSmallNumber: (n) => `Minimal ${n}`,
    tooBigNumber: (n) => `Maksimal ${n}`,
    tooFewItems: (n) => `Pilih minimal ${n}`,
    tooManyItems: (n) => `Pilih maksimal ${n}`,
    email: 'Alamat email tidak valid',
    uuid: 'ID tidak valid',
    format: 'Format tidak valid',
    choice: (o) => `Pilihan tidak dikenal; gunakan salah satu dari: ${o}`,
    unknownField: (k) => `Kolom tidak dikenal: ${k}`,
    invalid: 'Nilai tidak valid',
    rules: {
      end_date_before_start: () => 'Tanggal selesai tidak boleh sebelum tanggal mulai',
      window_end_before_start: () => 'Harus setelah waktu mulai',
      window_outside_dates: () => 'Harus di antara tanggal mulai dan selesai edisi',
      window_shorter_than_slot: (p) => `Sesi lebih pendek dari satu pertemuan (${p.slotMinutes} menit)`,
      window_overlaps: (p) => `Bertumpang tindih dengan sesi ${p.window}`,
    },
  },
  en: {
    required: 'Required',
    invalidType: (t) => `Must be a ${t}`,
    tooShortString: (n) => `At least ${n} characters`,
    tooLongString: (n) => `At most ${n} characters`,
    tooSmallNumber: (n) => `Must be at least ${n}`,
    tooBigNumber: (n) => `Must be at most ${n}`,
    tooFewItems: (n) => `Choose at least ${n}`,
    tooManyItems: (n) => `Choose at most ${n}`,
    email: 'Not a valid email address',
    uuid: 'Not a valid id',
    format: 'Invalid format',
    choice: (o) => `Unknown choice; use one of: ${o}`,
    unknownField: (k) => `Unknown field: ${k}`,
    invalid: 'Invalid value',
    rules: {
      end_date_before_start: () => 'The end date cannot be before the start date',
      window_end_before_start: () => 'Must be after the start time',
      window_outside_dates: () => "Must be between the edition's start and end dates",
      window_shorter_than_slot: (p) => `The session is shorter than one meeting (${p.slotMinutes} minutes)`,
      window_overlaps: (p) => `Overlaps session ${p.window}`,
    },
  },
  ms: {
    required: 'Wajib diisi',
    invalidType: (t) => `Mestilah ${t}`,
    tooShortString: (n) => `Sekurang-kurangnya ${n} aksara`,
    tooLongString: (n) => `Paling banyak ${n} aksara`,
    tooSmallNumber: (n) => `Sekurang-kurangnya ${n}`,
    tooBigNumber: (n) => `Paling banyak ${n}`,
    tooFewItems: (n) => `Pilih sekurang-kurangnya ${n}`,
    tooManyItems: (n) => `Pilih paling banyak ${n}`,
    email: 'Alamat e-mel tidak sah',
    uuid: 'ID tidak sah',
    format: 'Format tidak sah',
    choice: (o) => `Pilihan tidak dikenali; gunakan salah satu: ${o}`,
    unknownField: (k) => `Medan tidak dikenali: ${k}`,
    invalid: 'Nilai tidak sah',
    rules: {
      end_date_before_start: () => 'Tarikh tamat tidak boleh sebelum tarikh mula',
      window_end_before_start: () => 'Mestilah selepas waktu mula',
      window_outside_dates: () => 'Mestilah antara tarikh mula dan tarikh tamat edisi',
      window_shorter_than_slot: (p) => `Sesi lebih pendek daripada satu mesyuarat (${p.slotMinutes} minit)`,
      window_overlaps: (p) => `Bertindih dengan sesi ${p.window}`,
    },
  },
};

const typeNames: Record<Locale, Record<string, string>> = {
  id: { string: 'teks', number: 'angka', boolean: 'ya/tidak', array: 'daftar', object: 'objek' },
  en: { string: 'text', number: 'number', boolean: 'true or false', array: 'list', object: 'object' },
  ms: { string: 'teks', number: 'nombor', boolean: 'ya/tidak', array: 'senarai', object: 'objek' },
};

const zodLocales: Record<Locale, () => { localeError: z.core.$ZodErrorMap }> = {
  id: z.locales.id,
  en: z.locales.en,
  ms: z.locales.ms,
};

const MAX_LISTED_OPTIONS = 8;

/** A zod error map that words validation issues for a person reading the given language. */
export function validationErrorMap(locale: Locale): z.core.$ZodErrorMap {
  const p = phrasebooks[locale];
  const fallback = zodLocales[locale]().localeError;
  return (issue: Issue) => {
    switch (issue.code) {
      case 'invalid_type':
        if (issue.input === undefined || issue.input === null) return p.required;
        return p.invalidType(typeNames[locale][issue.expected] ?? issue.expected);
      case 'too_small': {
        const min = Number(issue.minimum);
        if (issue.origin === 'string') return min <= 1 ? p.required : p.tooShortString(min);
        if (issue.origin === 'array' || issue.origin === 'set') return p.tooFewItems(min);
        return p.tooSmallNumber(min);
      }
      case 'too_big': {
        const max = Number(issue.maximum);
        if (issue.origin === 'string') return p.tooLongString(max);
        if (issue.origin === 'array' || issue.origin === 'set') return p.tooManyItems(max);
        return p.tooBigNumber(max);
      }
      case 'invalid_format':
        if (issue.format === 'email') return p.email;
        if (issue.format === 'uuid' || issue.format === 'guid') return p.uuid;
        return p.format;
      case 'invalid_value': {
        if (issue.input === undefined || issue.input === null || issue.input === '') return p.required;
        const options = issue.values.map(String);
        const shown = options.slice(0, MAX_LISTED_OPTIONS).join(', ') + (options.length > MAX_LISTED_OPTIONS ? ', …' : '');
        return p.choice(shown);
      }
      case 'custom': {
        const params: Record<string, unknown> = issue.params ?? {};
        const rule = typeof params.rule === 'string' ? p.rules[params.rule] : undefined;
        if (rule) return rule(params);
        return fallback(issue) ?? p.invalid;
      }
      case 'unrecognized_keys':
        return p.unknownField(issue.keys.join(', '));
      default:
        return fallback(issue) ?? p.invalid;
    }
  };
}
