import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { LOCALES, type Locale } from '../../common/locale.js';
import { createEditionSchema, timeZoneSchema } from '../../editions/edition.schemas.js';
import { setFxRatesSchema } from '../../fx/fx.schemas.js';
import { matchWeightsDtoSchema } from '../../matching/match.schemas.js';
import { recordMeetingOutcomeSchema } from '../../meetings/meeting.schemas.js';
import { searchOpportunitiesQuerySchema, updateOpportunitySchema } from '../../opportunities/opportunity.schemas.js';
import { businessProfileInputSchema, investorProfileInputSchema } from '../../profiles/profile.schemas.js';
import { validationErrorMap } from '../validation-messages.js';
import { VALIDATION_RULES, type ValidationRule } from '../validation-rules.js';

const investor = {
  organisation: 'Modal Ventura Khatulistiwa',
  investorType: 'venture_fund',
  countryCode: 'ID',
  regionCode: 'ID-JK',
  sectors: ['C10'],
  regions: [],
  ticketMin: { amount: '250000.00', currency: 'USD' },
  ticketMax: { amount: '2000000.00', currency: 'USD' },
  instruments: ['equity'],
  stages: ['growth'],
  languages: ['id'],
  website: null,
};
const business = {
  companyName: 'PT Kopi Liberika Kayong',
  legalForm: 'id_pt',
  countryCode: 'ID',
  regionCode: 'ID-KB',
  sectors: ['C10'],
  description: 'Pengolahan kopi liberika dari lahan gambut Kayong Utara.',
  website: null,
  languages: ['id'],
};
const edition = {
  name: 'Dialog Investasi Pontianak',
  city: 'Pontianak',
  venue: 'Pendopo Gubernur',
  regionCode: 'ID-KB',
  startDate: '2027-03-10',
  endDate: '2027-03-10',
  meetingWindows: [{ date: '2027-03-10', start: '09:00', end: '12:00' }],
  slotMinutes: 30,
  tableCount: 4,
};
const weights = { sector: 0, region: 0, ticket: 0, instrument: 0, stage: 0, language: 0, sustainability: 0 };

interface RuleCase {
  rule: ValidationRule;
  schema: z.ZodType;
  input: unknown;
  path: string;
  /** The wording in id, en and ms, spelled out so a change of wording is a visible change of this test. */
  wording: Record<Locale, string>;
}

/** One input per rule that breaks exactly that rule, through the schema a client sends it to. */
const cases: RuleCase[] = [
  {
    rule: 'end_date_before_start',
    schema: createEditionSchema,
    input: { ...edition, endDate: '2027-03-09', meetingWindows: [] },
    path: 'endDate',
    wording: { id: 'Tanggal selesai tidak boleh sebelum tanggal mulai', en: 'The end date cannot be before the start date', ms: 'Tarikh tamat tidak boleh sebelum tarikh mula' },
  },
  {
    rule: 'window_end_before_start',
    schema: createEditionSchema,
    input: { ...edition, meetingWindows: [{ date: '2027-03-10', start: '13:00', end: '12:00' }] },
    path: 'meetingWindows.0.end',
    wording: { id: 'Harus setelah waktu mulai', en: 'Must be after the start time', ms: 'Mestilah selepas waktu mula' },
  },
  {
    rule: 'window_outside_dates',
    schema: createEditionSchema,
    input: { ...edition, meetingWindows: [{ date: '2027-03-11', start: '09:00', end: '12:00' }] },
    path: 'meetingWindows.0.date',
    wording: { id: 'Harus di antara tanggal mulai dan selesai edisi', en: "Must be between the edition's start and end dates", ms: 'Mestilah antara tarikh mula dan tarikh tamat edisi' },
  },
  {
    rule: 'window_shorter_than_slot',
    schema: createEditionSchema,
    input: { ...edition, meetingWindows: [{ date: '2027-03-10', start: '09:00', end: '09:20' }] },
    path: 'meetingWindows.0.end',
    wording: {
      id: 'Sesi lebih pendek dari satu pertemuan (30 menit)',
      en: 'The session is shorter than one meeting (30 minutes)',
      ms: 'Sesi lebih pendek daripada satu mesyuarat (30 minit)',
    },
  },
  {
    rule: 'window_overlaps',
    schema: createEditionSchema,
    input: {
      ...edition,
      meetingWindows: [
        { date: '2027-03-10', start: '09:00', end: '12:00' },
        { date: '2027-03-10', start: '11:00', end: '13:00' },
      ],
    },
    path: 'meetingWindows.1.start',
    wording: { id: 'Bertumpang tindih dengan sesi 1', en: 'Overlaps session 1', ms: 'Bertindih dengan sesi 1' },
  },
  {
    rule: 'time_zone_unknown',
    schema: z.object({ timeZone: timeZoneSchema }),
    input: { timeZone: 'Asia/Borneo' },
    path: 'timeZone',
    wording: {
      id: 'Zona waktu tidak dikenal; gunakan nama IANA seperti Asia/Jakarta',
      en: 'Unknown time zone; use an IANA name such as Asia/Jakarta',
      ms: 'Zon waktu tidak dikenali; gunakan nama IANA seperti Asia/Kuala_Lumpur',
    },
  },
  {
    rule: 'time_not_hh_mm',
    schema: createEditionSchema,
    input: { ...edition, meetingWindows: [{ date: '2027-03-10', start: '9am', end: '12:00' }] },
    path: 'meetingWindows.0.start',
    wording: { id: 'Tulis jam sebagai JJ:MM, misalnya 09:30', en: 'Write the time as HH:MM, for example 09:30', ms: 'Tulis masa sebagai JJ:MM, contohnya 09:30' },
  },
  {
    rule: 'region_not_in_country',
    schema: investorProfileInputSchema,
    input: { ...investor, countryCode: 'SG', regionCode: 'MY-13' },
    path: 'regionCode',
    wording: { id: 'Wilayah ini tidak berada di Singapura', en: 'This region is not in Singapore', ms: 'Kawasan ini bukan sebahagian daripada Singapura' },
  },
  {
    rule: 'legal_form_not_in_country',
    schema: businessProfileInputSchema,
    input: { ...business, legalForm: 'my_sdn_bhd' },
    path: 'legalForm',
    wording: {
      id: 'Bentuk badan usaha ini tidak berlaku di Indonesia',
      en: 'This legal form is not used in Indonesia',
      ms: 'Bentuk perniagaan ini tidak digunakan di Indonesia',
    },
  },
  {
    rule: 'ticket_currency_mismatch',
    schema: investorProfileInputSchema,
    input: { ...investor, ticketMin: { amount: '100000', currency: 'USD' }, ticketMax: { amount: '9000000000', currency: 'IDR' } },
    path: 'ticketMax.currency',
    wording: {
      id: 'Gunakan mata uang yang sama dengan tiket minimum (USD)',
      en: 'Use the same currency as the minimum ticket (USD)',
      ms: 'Gunakan mata wang yang sama dengan tiket minimum (USD)',
    },
  },
  {
    rule: 'max_below_min',
    schema: investorProfileInputSchema,
    // 18 digits: past Number's exact range, so the bound must be shown from the string.
    input: { ...investor, ticketMin: { amount: '123456789012345678', currency: 'IDR' }, ticketMax: { amount: '5000000000', currency: 'IDR' } },
    path: 'ticketMax.amount',
    wording: {
      id: 'Tidak boleh lebih kecil dari batas bawah (Rp 123.456.789.012.345.678)',
      en: 'Cannot be less than the minimum (IDR 123,456,789,012,345,678)',
      ms: 'Tidak boleh kurang daripada nilai minimum (IDR 123,456,789,012,345,678)',
    },
  },
  {
    rule: 'max_below_min',
    schema: searchOpportunitiesQuerySchema,
    input: { minAmountUsd: '500000', maxAmountUsd: '100000' },
    path: 'maxAmountUsd',
    wording: {
      id: 'Tidak boleh lebih kecil dari batas bawah (US$500.000,00)',
      en: 'Cannot be less than the minimum (US$500,000.00)',
      ms: 'Tidak boleh kurang daripada nilai minimum (USD 500,000.00)',
    },
  },
  {
    rule: 'nothing_to_change',
    schema: updateOpportunitySchema,
    input: {},
    path: '',
    wording: { id: 'Tidak ada yang diubah', en: 'Nothing to change', ms: 'Tiada apa-apa untuk diubah' },
  },
  {
    rule: 'close_reason_without_closing',
    schema: updateOpportunitySchema,
    input: { closeReason: 'funded' },
    path: 'closeReason',
    wording: {
      id: 'Alasan penutupan hanya diisi saat peluang ditutup',
      en: 'A close reason is given only when closing the opportunity',
      ms: 'Sebab penutupan hanya diberikan apabila peluang ditutup',
    },
  },
  {
    rule: 'follow_up_without_meeting',
    schema: recordMeetingOutcomeSchema,
    input: { status: 'no_show', followUp: 'follow_up' },
    path: 'followUp',
    wording: {
      id: 'Pertemuan yang tidak terlaksana tidak punya tindak lanjut',
      en: 'A meeting that did not take place has no follow-up',
      ms: 'Mesyuarat yang tidak berlangsung tiada susulan',
    },
  },
  {
    rule: 'amount_without_term_sheet_or_deal',
    schema: recordMeetingOutcomeSchema,
    input: { status: 'held', followUp: 'follow_up', amount: { amount: '1000', currency: 'USD' } },
    path: 'amount',
    wording: {
      id: 'Nilai hanya diisi untuk term sheet atau kesepakatan',
      en: 'Only a term sheet or a deal has an amount',
      ms: 'Nilai hanya diisi untuk term sheet atau perjanjian',
    },
  },
  {
    rule: 'fx_duplicate_currency',
    schema: setFxRatesSchema,
    input: { asOf: '2027-03-01', rates: [{ currency: 'SGD', unitsPerUsd: '1.3' }, { currency: 'SGD', unitsPerUsd: '1.4' }] },
    path: 'rates.1.currency',
    wording: { id: 'SGD sudah ada di daftar kurs ini', en: 'SGD is already in this list of rates', ms: 'SGD sudah ada dalam senarai kadar ini' },
  },
  {
    rule: 'fx_base_not_one',
    schema: setFxRatesSchema,
    input: { asOf: '2027-03-01', rates: [{ currency: 'USD', unitsPerUsd: '1.1' }] },
    path: 'rates.0.unitsPerUsd',
    wording: { id: 'Kurs dolar AS selalu 1', en: 'The US dollar rate is always 1', ms: 'Kadar dolar AS sentiasa 1' },
  },
  {
    rule: 'match_weights_all_zero',
    schema: matchWeightsDtoSchema,
    input: weights,
    path: '',
    wording: {
      id: 'Setidaknya satu bobot harus lebih dari nol',
      en: 'At least one weight must be above zero',
      ms: 'Sekurang-kurangnya satu pemberat mesti melebihi sifar',
    },
  },
];

// The API raises this one itself (apps/api/src/common/cursor.ts): no schema to send it through.
const API_ONLY_RULES: ValidationRule[] = ['cursor_invalid'];

function issueAt(schema: z.ZodType, input: unknown, path: string, locale: Locale) {
  const result = schema.safeParse(input, { error: validationErrorMap(locale) });
  expect(result.success).toBe(false);
  const issues = result.error?.issues ?? [];
  const issue = issues.find((candidate) => candidate.path.join('.') === path);
  if (!issue) throw new Error(`no issue at "${path}": ${JSON.stringify(issues)}`);
  return issue;
}

describe('cross-field rules', () => {
  it.each(cases.flatMap((ruleCase) => LOCALES.map((locale) => [ruleCase.rule, locale, ruleCase] as const)))(
    '%s is worded in %s at its field',
    (_rule, locale, { rule, schema, input, path, wording }) => {
      const issue = issueAt(schema, input, path, locale);
      expect(issue).toEqual(expect.objectContaining({ code: 'custom', params: expect.objectContaining({ rule }) }));
      // Intl separates currency and digits with a no-break space; the test spells it as a plain one.
      expect(issue.message.replace(/\s/g, ' ')).toBe(wording[locale]);
    },
  );

  it('has an input breaking every rule, apart from those the API raises itself', () => {
    expect(new Set(cases.map((ruleCase) => ruleCase.rule))).toEqual(new Set(VALIDATION_RULES.filter((rule) => !API_ONLY_RULES.includes(rule))));
  });

  it('words a rule issue raised outside a schema, such as a stale page cursor', () => {
    const issue = { code: 'custom', path: ['cursor'], params: { rule: 'cursor_invalid' }, input: 'xyz', message: 'invalid cursor' } as unknown as Parameters<z.core.$ZodErrorMap>[0];
    expect(LOCALES.map((locale) => validationErrorMap(locale)(issue))).toEqual([
      'Penanda halaman tidak valid; muat ulang dari halaman pertama',
      'Invalid page cursor; start again from the first page',
      'Penanda halaman tidak sah; mulakan semula dari halaman pertama',
    ]);
  });

  it('says each rule in Indonesian and Malay in their own words, not the English sentence', () => {
    const ruleIssue = (rule: ValidationRule) =>
      ({ code: 'custom', path: [], params: { rule, country: 'MY', currency: 'MYR', min: { amount: '1000', currency: 'MYR' }, slotMinutes: 30, window: 1 }, input: null }) as unknown as Parameters<z.core.$ZodErrorMap>[0];
    for (const rule of VALIDATION_RULES) {
      const [id, en, ms] = LOCALES.map((locale) => validationErrorMap(locale)(ruleIssue(rule)));
      expect([rule, typeof id, typeof en, typeof ms]).toEqual([rule, 'string', 'string', 'string']);
      expect([rule, id === en, ms === en]).toEqual([rule, false, false]);
    }
  });
});

// The schemas and API sources, read as text: every rule they name is in the tables, no rule in the
// tables is unused, and no custom issue carries a hard-coded (English) message any more.
const here = dirname(fileURLToPath(import.meta.url));
const sharedSrc = join(here, '..', '..');
const apiSrc = join(sharedSrc, '..', '..', '..', 'apps', 'api', 'src');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return name === '__tests__' ? [] : sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('rule names in the sources', () => {
  const sources = [...sourceFiles(sharedSrc), ...sourceFiles(apiSrc)].map((path) => ({ path, text: readFileSync(path, 'utf8') }));

  it('uses exactly the rules that have wording', () => {
    const used = new Set(sources.flatMap(({ text }) => [...text.matchAll(/ruleParams\('(\w+)'/g)].map((match) => match[1])));
    expect([...used].sort()).toEqual([...VALIDATION_RULES].sort());
  });

  it('gives no custom issue or refinement a fixed message', () => {
    const offenders = sources.flatMap(({ path, text }) =>
      [...text.matchAll(/(?:addIssue\(\{|\.refine\()[^;]*?\bmessage:\s*['"`]/g)]
        // The API's own issues keep an English message for logs; the filter words them by rule.
        .filter((match) => !match[0].includes('ruleParams('))
        // The environment check speaks to an operator reading the boot log, not to a user.
        .filter(() => !path.endsWith(join('config', 'app-config.ts')))
        .map(() => path),
    );
    expect(offenders).toEqual([]);
  });
});
