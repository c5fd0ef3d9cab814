import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { buildEdition, createEdition, createParticipants, organiserToken, slotsOf } from './factories/edition.factory.js';
import { bookMeeting } from './factories/meeting.factory.js';
import { buildOpportunity, createOpportunity } from './factories/opportunity.factory.js';
import { buildInvestorProfile, createBusiness } from './factories/profile.factory.js';
import { registerUser } from './factories/user.factory.js';
import type { HttpResponse } from './support/http-client.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// Bad input answers 400 naming the wrong field, worded in the caller's language: Bahasa Indonesia
// (the default), English or Bahasa Melayu, for the cross-field rules as for single fields.

let t: TestApp;
let organiser: string;
let investor: string;
let business: string;

beforeAll(async () => {
  t = await createTestApp();
  organiser = await organiserToken(t);
  investor = (await registerUser(t.http, { role: 'investor' })).accessToken;
  business = (await createBusiness(t.http)).token;
});
afterAll(async () => {
  await t.close();
});

const LANGUAGES = { id: 'id-ID,id;q=0.9', en: 'en-GB,en;q=0.8', ms: 'ms-MY' } as const;
type Language = keyof typeof LANGUAGES;
type Send = (headers: Record<string, string>) => Promise<HttpResponse>;

/** The message of each wrong field, per language, after checking every answer is a 400. */
async function refusals(send: Send): Promise<Record<Language, Record<string, string>>> {
  const entries = await Promise.all(
    (Object.keys(LANGUAGES) as Language[]).map(async (language) => {
      const response = await send({ 'accept-language': LANGUAGES[language] });
      expect([language, response.status]).toEqual([language, 400]);
      const details = response.body.details as Array<{ path: string; message: string }>;
      // Intl writes a no-break space between a currency and its digits; spelled here as a plain space.
      return [language, Object.fromEntries(details.map((detail) => [detail.path, detail.message.replace(/\s/g, ' ')]))] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<Language, Record<string, string>>;
}

/** The three wordings of one field, in the order id, en, ms. */
const at = (answers: Record<Language, Record<string, string>>, path: string) => [answers.id[path], answers.en[path], answers.ms[path]];

describe('an investor profile', () => {
  const put = (body: unknown): Send => (headers) => t.http.put('/api/me/profile', body, { token: investor, headers });

  it('refuses a ticket maximum below the minimum at ticketMax.amount, quoting the minimum', async () => {
    const answers = await refusals(put(buildInvestorProfile({ ticketMin: { amount: '5000000000', currency: 'IDR' }, ticketMax: { amount: '100000000', currency: 'IDR' } })));
    expect(at(answers, 'ticketMax.amount')).toEqual([
      'Tidak boleh lebih kecil dari batas bawah (Rp 5.000.000.000)',
      'Cannot be less than the minimum (IDR 5,000,000,000)',
      'Tidak boleh kurang daripada nilai minimum (IDR 5,000,000,000)',
    ]);
  });

  it('refuses ticket bounds in two currencies at ticketMax.currency', async () => {
    const answers = await refusals(put(buildInvestorProfile({ ticketMin: { amount: '100000', currency: 'USD' }, ticketMax: { amount: '9000000000', currency: 'IDR' } })));
    expect(at(answers, 'ticketMax.currency')).toEqual([
      'Gunakan mata uang yang sama dengan tiket minimum (USD)',
      'Use the same currency as the minimum ticket (USD)',
      'Gunakan mata wang yang sama dengan tiket minimum (USD)',
    ]);
  });

  it('refuses a home region outside the home country, naming the country in each language', async () => {
    const answers = await refusals(put(buildInvestorProfile({ countryCode: 'SG', regionCode: 'ID-KB' })));
    expect(at(answers, 'regionCode')).toEqual(['Wilayah ini tidak berada di Singapura', 'This region is not in Singapore', 'Kawasan ini bukan sebahagian daripada Singapura']);
  });

  it('refuses an absurd ticket, an unknown sector, currency, instrument and stage, and an over-long name, each at its field', async () => {
    const absurd = await refusals(put(buildInvestorProfile({ ticketMax: { amount: '900000000000000', currency: 'USD' } })));
    expect(at(absurd, 'ticketMax.amount')).toEqual([
      'Jumlah ini tidak masuk akal (lebih dari US$ 100000000000 dengan kurs saat ini).',
      'This amount is implausible (more than US$ 100000000000 at current rates).',
      'Jumlah ini tidak munasabah (melebihi US$ 100000000000 pada kadar semasa).',
    ]);
    const unknown = await refusals(
      put(
        buildInvestorProfile({
          sectors: ['C10', 'X1'],
          ticketMin: { amount: '100', currency: 'XAU' } as never,
          instruments: ['lottery'] as never,
          stages: ['dream'] as never,
          organisation: 'Dana '.repeat(40),
        }),
      ),
    );
    for (const path of ['sectors.1', 'ticketMin.currency', 'instruments.0', 'stages.0']) {
      expect([path, ...at(unknown, path)]).toEqual([
        path,
        expect.stringMatching(/^Pilihan tidak dikenal; gunakan salah satu dari: /),
        expect.stringMatching(/^Unknown choice; use one of: /),
        expect.stringMatching(/^Pilihan tidak dikenali; gunakan salah satu: /),
      ]);
    }
    expect(at(unknown, 'organisation')).toEqual(['Maksimal 160 karakter', 'At most 160 characters', 'Paling banyak 160 aksara']);
  });
});

describe('an opportunity', () => {
  it('refuses a close reason without closing, at closeReason', async () => {
    const opportunity = await createOpportunity(t.http, business);
    const answers = await refusals((headers) => t.http.patch(`/api/opportunities/${opportunity.id}`, { closeReason: 'funded' }, { token: business, headers }));
    expect(at(answers, 'closeReason')).toEqual([
      'Alasan penutupan hanya diisi saat peluang ditutup',
      'A close reason is given only when closing the opportunity',
      'Sebab penutupan hanya diberikan apabila peluang ditutup',
    ]);
  });

  it('refuses a title over the limit, an unknown sector, region and stage, and an absurd amount, each at its field', async () => {
    const post = (body: unknown): Send => (headers) => t.http.post('/api/opportunities', body, { token: business, headers });
    const answers = await refusals(post(buildOpportunity({ title: 'Kopi '.repeat(40), sectorCode: 'Z99' as never, regionCode: 'ID-ZZ' as never, stage: 'dream' as never })));
    expect(at(answers, 'title')).toEqual(['Maksimal 140 karakter', 'At most 140 characters', 'Paling banyak 140 aksara']);
    for (const path of ['sectorCode', 'regionCode', 'stage']) {
      expect([path, answers.id[path], answers.ms[path]]).toEqual([path, expect.stringMatching(/^Pilihan tidak dikenal;/), expect.stringMatching(/^Pilihan tidak dikenali;/)]);
    }
    const absurd = await refusals(post(buildOpportunity({ amount: { amount: '900000000000000000', currency: 'IDR' } })));
    expect(absurd.id['amount.amount']).toMatch(/^Jumlah ini tidak masuk akal/);
    expect(absurd.en['amount.amount']).toMatch(/^This amount is implausible/);
    expect(absurd.ms['amount.amount']).toMatch(/^Jumlah ini tidak munasabah/);
  });

  it('refuses a search whose maximum is below its minimum, at maxAmountUsd', async () => {
    const answers = await refusals((headers) => t.http.get('/api/opportunities?minAmountUsd=500000&maxAmountUsd=100000', { token: investor, headers }));
    expect(at(answers, 'maxAmountUsd')).toEqual([
      'Tidak boleh lebih kecil dari batas bawah (US$500.000,00)',
      'Cannot be less than the minimum (US$500,000.00)',
      'Tidak boleh kurang daripada nilai minimum (USD 500,000.00)',
    ]);
  });
});

describe('a meeting outcome', () => {
  it('refuses an amount on a mere follow-up, at amount, and a follow-up of a no-show, at followUp', async () => {
    const edition = await createEdition(t, organiser);
    const [a] = await createParticipants(t, 1, { editionId: edition.id, role: 'investor' });
    const [b] = await createParticipants(t, 1, { editionId: edition.id, role: 'business' });
    const { meeting } = await bookMeeting(t, edition.id, b, a, (await slotsOf(t, edition.id))[0].id);
    const outcome = (body: unknown): Send => (headers) => t.http.post(`/api/meetings/${meeting!.id}/outcome`, body, { token: a.token, headers });
    const withAmount = await refusals(outcome({ status: 'held', followUp: 'follow_up', amount: { amount: '2500000000.00', currency: 'IDR' } }));
    expect(at(withAmount, 'amount')).toEqual([
      'Nilai hanya diisi untuk term sheet atau kesepakatan',
      'Only a term sheet or a deal has an amount',
      'Nilai hanya diisi untuk term sheet atau perjanjian',
    ]);
    const noShow = await refusals(outcome({ status: 'no_show', followUp: 'deal' }));
    expect(at(noShow, 'followUp')).toEqual([
      'Pertemuan yang tidak terlaksana tidak punya tindak lanjut',
      'A meeting that did not take place has no follow-up',
      'Mesyuarat yang tidak berlangsung tiada susulan',
    ]);
  });
});

describe('exchange rates', () => {
  it('refuses the same currency twice at its second entry, and a dollar not worth one dollar', async () => {
    const asOf = new Date().toISOString().slice(0, 10);
    const answers = await refusals((headers) =>
      t.http.put(
        '/api/fx-rates',
        { asOf, rates: [{ currency: 'SGD', unitsPerUsd: '1.3' }, { currency: 'SGD', unitsPerUsd: '1.4' }, { currency: 'USD', unitsPerUsd: '1.1' }] },
        { token: organiser, headers },
      ),
    );
    expect(at(answers, 'rates.1.currency')).toEqual(['SGD sudah ada di daftar kurs ini', 'SGD is already in this list of rates', 'SGD sudah ada dalam senarai kadar ini']);
    expect(at(answers, 'rates.2.unitsPerUsd')).toEqual(['Kurs dolar AS selalu 1', 'The US dollar rate is always 1', 'Kadar dolar AS sentiasa 1']);
  });
});

describe('matching weights', () => {
  it('refuses all-zero weights, worded for the reader', async () => {
    const zero = { sector: 0, region: 0, ticket: 0, instrument: 0, stage: 0, language: 0, sustainability: 0 };
    const answers = await refusals((headers) => t.http.put('/api/matching/weights', zero, { token: organiser, headers }));
    expect(at(answers, '')).toEqual([
      'Setidaknya satu bobot harus lebih dari nol',
      'At least one weight must be above zero',
      'Sekurang-kurangnya satu pemberat mesti melebihi sifar',
    ]);
  });
});

describe('editions and paging', () => {
  it('refuses an unknown time zone at timeZone', async () => {
    const answers = await refusals((headers) => t.http.post('/api/editions', buildEdition({ timeZone: 'Asia/Borneo' }), { token: organiser, headers }));
    expect(at(answers, 'timeZone')).toEqual([
      'Zona waktu tidak dikenal; gunakan nama IANA seperti Asia/Jakarta',
      'Unknown time zone; use an IANA name such as Asia/Jakarta',
      'Zon waktu tidak dikenali; gunakan nama IANA seperti Asia/Kuala_Lumpur',
    ]);
  });

  it('refuses a page cursor it did not hand out, at cursor', async () => {
    const answers = await refusals((headers) => t.http.get('/api/editions?cursor=bm90LWEtY3Vyc29y', { headers }));
    expect(at(answers, 'cursor')).toEqual([
      'Penanda halaman tidak valid; muat ulang dari halaman pertama',
      'Invalid page cursor; start again from the first page',
      'Penanda halaman tidak sah; mulakan semula dari halaman pertama',
    ]);
  });
});
