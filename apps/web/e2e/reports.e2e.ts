import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { formatMoney, type FxRates, type Slot } from '@serumpun/shared';
import { CHROMIUM_ARGS, readE2eState } from './e2e-state';
import { accessibilityProblems, callApi, createOrganiserAccount, signIn, watchForPageProblems } from './journey-support';

const state = readE2eState();
if (state.skipReason) console.log(`skipped: ${state.skipReason}`);
const journey = state.skipReason ? describe.skip : describe;

const PASSWORD = 'sungai-kapuas-2025';
const stamp = Date.now();
const organiser = { email: `organiser-reports-${stamp}@e2e.serumpun.id`, fullName: 'Yohana Sitompul' };
const investor = { email: `investor-reports-${stamp}@e2e.serumpun.id`, fullName: 'Azlan Hassan', role: 'investor' as const };
const business = { email: `business-reports-${stamp}@e2e.serumpun.id`, fullName: 'Kartika Wijaya', role: 'business' as const };
const editionName = `Dialog Laporan ${stamp} — Pontianak`;
const TIME_ZONE = 'Asia/Pontianak';

const api = <T>(path: string, options: { method?: string; body?: unknown; token?: string } = {}) => callApi<T>(state.baseUrl, path, options);
const login = async (email: string) => (await api<{ accessToken: string; user: { id: string } }>('/api/auth/login', { method: 'POST', body: { email, password: PASSWORD } }));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Today's date and the wall-clock time `minutesAhead` from now at the venue (the meeting must be due before an outcome can be recorded). */
function venueClock(minutesAhead: number): { date: string; time: string } {
  const at = new Date(Date.now() + minutesAhead * 60_000);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

journey('an organiser reports an edition to its partners', () => {
  let browser: Browser;
  let editionId = '';
  let slot: Slot;
  let organiserToken = '';

  beforeAll(async () => {
    createOrganiserAccount(state.dataDir, { ...organiser, password: PASSWORD });
    organiserToken = (await login(organiser.email)).accessToken;
    // A one-day edition today whose first five-minute slot starts within the next one or two minutes:
    // booked before it starts (a started slot takes no bookings), held once it has.
    const secondsToNextMinute = 60 - new Date().getUTCSeconds();
    const start = venueClock(secondsToNextMinute < 25 ? 2 : 1);
    const end = venueClock((secondsToNextMinute < 25 ? 2 : 1) + 10);
    if (end.date !== start.date) throw new Error('This journey needs ten minutes before midnight at the venue; run it again after 00:00 WIB.');
    const edition = await api<{ id: string }>('/api/editions', {
      method: 'POST',
      token: organiserToken,
      body: {
        name: editionName,
        city: 'Pontianak',
        venue: 'Pendopo Gubernur Kalimantan Barat',
        regionCode: 'ID-KB',
        timeZone: TIME_ZONE,
        startDate: start.date,
        endDate: start.date,
        meetingWindows: [{ date: start.date, start: start.time, end: end.time }],
        slotMinutes: 5,
        breakMinutes: 0,
        tableCount: 2,
      },
    });
    editionId = edition.id;
    [slot] = await api<Slot[]>(`/api/editions/${editionId}/slots`);

    const tokens: Record<string, { accessToken: string; user: { id: string } }> = {};
    for (const [person, card] of [
      [investor, { organisation: 'Rajang Capital Partners', countryCode: 'MY' }],
      [business, { organisation: 'Koperasi Lada Putih Sambas', countryCode: 'ID' }],
    ] as const) {
      await api('/api/auth/register', { method: 'POST', body: { email: person.email, password: PASSWORD, fullName: person.fullName, role: person.role, locale: 'id' } });
      tokens[person.role] = await login(person.email);
      await api(`/api/editions/${editionId}/registrations`, { method: 'POST', token: tokens[person.role].accessToken, body: card });
    }
    const request = await api<{ id: string }>(`/api/editions/${editionId}/meeting-requests`, {
      method: 'POST',
      token: tokens.investor.accessToken,
      body: { toUserId: tokens.business.user.id, message: 'Kami ingin membahas pasokan lada untuk pasar Sarawak.' },
    });
    const accepted = await api<{ meeting: { id: string } }>(`/api/meeting-requests/${request.id}/accept`, { method: 'POST', token: tokens.business.accessToken, body: { slotId: slot.id } });
    for (const role of ['investor', 'business']) {
      await api(`/api/editions/${editionId}/participants/${tokens[role].user.id}/check-in`, { method: 'POST', token: organiserToken, body: {} });
    }

    // The meeting's time comes; both sides say it was held and the investor reports the deal.
    await sleep(Math.max(0, new Date(slot.startsAt).getTime() - Date.now() + 1_000));
    await api(`/api/meetings/${accepted.meeting.id}/outcome`, {
      method: 'POST',
      token: tokens.investor.accessToken,
      body: { status: 'held', followUp: 'deal', amount: { amount: '1500000000.00', currency: 'IDR' }, notes: '=Kontrak pasok 3 tahun' },
    });
    await api(`/api/meetings/${accepted.meeting.id}/outcome`, { method: 'POST', token: tokens.business.accessToken, body: { status: 'held', followUp: 'follow_up' } });

    browser = await chromium.launch({ executablePath: state.chromiumPath, args: CHROMIUM_ARGS });
  }, 200_000);

  afterAll(async () => {
    await browser?.close();
  });

  test('opens Reports, reads the edition’s figures, switches to English and downloads the meetings CSV', async () => {
    // The dollar figure follows the rupiah rate in force, whatever other journeys set it to.
    const rates = await api<FxRates>('/api/fx-rates', { token: organiserToken });
    const rupiah = rates.rates.find((rate) => rate.currency === 'IDR')!;
    const dollars = (1_500_000_000 / Number(rupiah.unitsPerUsd)).toFixed(2);
    const plain = (text: string) => text.replace(/\s+/g, ' ');

    const context = await browser.newContext({ baseURL: state.baseUrl, viewport: { width: 1280, height: 900 }, timezoneId: TIME_ZONE, acceptDownloads: true });
    const page = await context.newPage();
    const problems = watchForPageProblems(page);
    await signIn(page, organiser.email, PASSWORD);

    await page.getByRole('link', { name: 'Lihat laporan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Laporan hasil' }).waitFor();
    await page.getByLabel('Edisi', { exact: true }).selectOption({ label: editionName });
    await page.getByRole('heading', { level: 2, name: editionName }).waitFor();

    const card = (label: string) => page.locator('.report-figure').filter({ has: page.getByText(label, { exact: true }) });
    expect(plain((await card('Peserta terdaftar').textContent()) ?? '')).toContain('Peserta terdaftar2');
    expect(plain((await card('Hadir (check-in)').textContent()) ?? '')).toContain('2100% dari peserta terdaftar');
    expect(plain((await card('Pertemuan terlaksana').textContent()) ?? '')).toContain('Pertemuan terlaksana10 tidak hadir');
    expect(plain((await card('Tingkat kehadiran pertemuan').textContent()) ?? '')).toContain('100%');
    expect(plain((await card('Pertemuan berbuah kesepakatan').textContent()) ?? '')).toContain('Pertemuan berbuah kesepakatan1');
    expect(plain((await card('Nilai kesepakatan (USD)').textContent()) ?? '')).toContain(plain(formatMoney({ amount: dollars, currency: 'USD' }, 'id')));
    const value = page.getByRole('row').filter({ hasText: 'IDR' }).first();
    expect(plain((await value.textContent()) ?? '')).toContain(plain(formatMoney({ amount: '1500000000.00', currency: 'IDR' }, 'id')));
    await page.getByText(/Dikonversi ke USD dengan kurs per/).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);

    await page.getByLabel('Bahasa', { exact: true }).selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Outcome reports' }).waitFor();
    expect(plain((await card('Meetings held').textContent()) ?? '')).toContain('Meetings held10 no-shows');
    await page.getByRole('table', { name: "By participant's country" }).waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^serumpun-pontianak-\d{4}-\d{2}-\d{2}-meetings\.csv$/);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, row] = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(header).toMatch(/^Meeting ID,Status,Date,Start,End,Time zone,Table,/);
    expect(row).toContain(`,Held,${slot.startsAt.slice(0, 10)},${slot.startsAt.slice(11, 16)},`);
    expect(row).toContain(`,${investor.fullName},Investor,Rajang Capital Partners,Malaysia,Deal,1500000000.00,IDR,'=Kontrak pasok 3 tahun,`);
    expect(row).toContain(`,${business.fullName},Business,Koperasi Lada Putih Sambas,Indonesia,Follow-up,,,`);

    expect(problems).toEqual([]);
    await context.close();
  });
});
