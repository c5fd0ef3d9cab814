import { z } from 'zod';
import type { Locale } from '../common/locale.js';
import { formatMoney, MONEY_AMOUNT_PATTERN } from '../common/money.js';
import { findCountry } from '../taxonomies/countries.js';
import { findCurrency } from '../taxonomies/currencies.js';
import type { ValidationRule } from './validation-rules.js';

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
  /** Cross-field rules a schema names in `params.rule` (see validation-rules.ts). */
  rules: Record<ValidationRule, (params: Record<string, unknown>) => string>;
};

/** A country's name in the reader's language, or its code when unknown. */
function countryName(code: unknown, locale: Locale): string {
  return findCountry(String(code))?.label[locale] ?? String(code);
}

/** Money as the reader writes it (`Rp 5.000.000.000`, `RM 2,500.00`), or as given when it is not well formed. */
function moneyText(value: unknown, locale: Locale): string {
  const money = value as { amount?: unknown; currency?: unknown } | null | undefined;
  const amount = String(money?.amount ?? '');
  const currency = findCurrency(String(money?.currency ?? ''));
  return currency && MONEY_AMOUNT_PATTERN.test(amount) ? formatMoney({ amount, currency: currency.code }, locale) : `${amount} ${String(money?.currency ?? '')}`.trim();
}

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
      time_zone_unknown: () => 'Zona waktu tidak dikenal; gunakan nama IANA seperti Asia/Jakarta',
      time_not_hh_mm: () => 'Tulis jam sebagai JJ:MM, misalnya 09:30',
      region_not_in_country: (p) => `Wilayah ini tidak berada di ${countryName(p.country, 'id')}`,
      legal_form_not_in_country: (p) => `Bentuk badan usaha ini tidak berlaku di ${countryName(p.country, 'id')}`,
      ticket_currency_mismatch: (p) => `Gunakan mata uang yang sama dengan tiket minimum (${p.currency})`,
      max_below_min: (p) => `Tidak boleh lebih kecil dari batas bawah (${moneyText(p.min, 'id')})`,
      nothing_to_change: () => 'Tidak ada yang diubah',
      close_reason_without_closing: () => 'Alasan penutupan hanya diisi saat peluang ditutup',
      follow_up_without_meeting: () => 'Pertemuan yang tidak terlaksana tidak punya tindak lanjut',
      amount_without_term_sheet_or_deal: () => 'Nilai hanya diisi untuk term sheet atau kesepakatan',
      fx_duplicate_currency: (p) => `${p.currency} sudah ada di daftar kurs ini`,
      fx_base_not_one: () => 'Kurs dolar AS selalu 1',
      match_weights_all_zero: () => 'Setidaknya satu bobot harus lebih dari nol',
      cursor_invalid: () => 'Penanda halaman tidak valid; muat ulang dari halaman pertama',
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
      time_zone_unknown: () => 'Unknown time zone; use an IANA name such as Asia/Jakarta',
      time_not_hh_mm: () => 'Write the time as HH:MM, for example 09:30',
      region_not_in_country: (p) => `This region is not in ${countryName(p.country, 'en')}`,
      legal_form_not_in_country: (p) => `This legal form is not used in ${countryName(p.country, 'en')}`,
      ticket_currency_mismatch: (p) => `Use the same currency as the minimum ticket (${p.currency})`,
      max_below_min: (p) => `Cannot be less than the minimum (${moneyText(p.min, 'en')})`,
      nothing_to_change: () => 'Nothing to change',
      close_reason_without_closing: () => 'A close reason is given only when closing the opportunity',
      follow_up_without_meeting: () => 'A meeting that did not take place has no follow-up',
      amount_without_term_sheet_or_deal: () => 'Only a term sheet or a deal has an amount',
      fx_duplicate_currency: (p) => `${p.currency} is already in this list of rates`,
      fx_base_not_one: () => 'The US dollar rate is always 1',
      match_weights_all_zero: () => 'At least one weight must be above zero',
      cursor_invalid: () => 'Invalid page cursor; start again from the first page',
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
      time_zone_unknown: () => 'Zon waktu tidak dikenali; gunakan nama IANA seperti Asia/Kuala_Lumpur',
      time_not_hh_mm: () => 'Tulis masa sebagai JJ:MM, contohnya 09:30',
      region_not_in_country: (p) => `Kawasan ini bukan sebahagian daripada ${countryName(p.country, 'ms')}`,
      legal_form_not_in_country: (p) => `Bentuk perniagaan ini tidak digunakan di ${countryName(p.country, 'ms')}`,
      ticket_currency_mismatch: (p) => `Gunakan mata wang yang sama dengan tiket minimum (${p.currency})`,
      max_below_min: (p) => `Tidak boleh kurang daripada nilai minimum (${moneyText(p.min, 'ms')})`,
      nothing_to_change: () => 'Tiada apa-apa untuk diubah',
      close_reason_without_closing: () => 'Sebab penutupan hanya diberikan apabila peluang ditutup',
      follow_up_without_meeting: () => 'Mesyuarat yang tidak berlangsung tiada susulan',
      amount_without_term_sheet_or_deal: () => 'Nilai hanya diisi untuk term sheet atau perjanjian',
      fx_duplicate_currency: (p) => `${p.currency} sudah ada dalam senarai kadar ini`,
      fx_base_not_one: () => 'Kadar dolar AS sentiasa 1',
      match_weights_all_zero: () => 'Sekurang-kurangnya satu pemberat mesti melebihi sifar',
      cursor_invalid: () => 'Penanda halaman tidak sah; mulakan semula dari halaman pertama',
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
        const rule = typeof params.rule === 'string' && Object.hasOwn(p.rules, params.rule) ? p.rules[params.rule as ValidationRule] : undefined;
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
