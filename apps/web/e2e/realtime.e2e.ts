import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { CHROMIUM_ARGS, readE2eState } from './e2e-state';
import { accessibilityProblems, callApi, createOrganiserAccount, signIn, watchForPageProblems } from './journey-support';

const state = readE2eState();
if (state.skipReason) console.log(`skipped: ${state.skipReason}`);
const journey = state.skipReason ? describe.skip : describe;

const PASSWORD = 'sungai-kapuas-2025';
const stamp = Date.now();
const organiser = { email: `organiser-rt-${stamp}@e2e.serumpun.id`, fullName: 'Yohana Sitompul' };
const investor = { email: `investor-rt-${stamp}@e2e.serumpun.id`, fullName: 'Rahman Hakim', role: 'investor' as const };
const business = { email: `business-rt-${stamp}@e2e.serumpun.id`, fullName: 'Hendra Wijaya', role: 'business' as const };

const api = <T>(path: string, options: { method?: string; body?: unknown; token?: string } = {}) => callApi<T>(state.baseUrl, path, options);
const login = (email: string) => api<{ accessToken: string; user: { id: string } }>('/api/auth/login', { method: 'POST', body: { email, password: PASSWORD } });

journey('live updates', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let editionId = '';
  let businessId = '';
  let investorToken = '';
  const year = new Date().getUTCFullYear() + 1;
  const date = `${year}-04-14`;

  beforeAll(async () => {
    createOrganiserAccount(state.dataDir, { ...organiser, password: PASSWORD });
    const { accessToken } = await login(organiser.email);
    const edition = await api<{ id: string }>('/api/editions', {
      method: 'POST',
      token: accessToken,
      body: {
        name: `Borneo Intra-Regional Dialogue ${year} — Kuching`,
        city: 'Kuching',
        venue: 'Borneo Convention Centre Kuching',
        regionCode: 'MY-13',
        timeZone: 'Asia/Kuching',
        startDate: date,
        endDate: date,
        meetingWindows: [{ date, start: '09:00', end: '11:00' }],
        slotMinutes: 20,
        breakMinutes: 10,
        tableCount: 4,
      },
    });
    editionId = edition.id;
    for (const person of [investor, business]) {
      await api('/api/auth/register', { method: 'POST', body: { email: person.email, password: PASSWORD, fullName: person.fullName, role: person.role, locale: 'id' } });
    }
    const businessSession = await login(business.email);
    businessId = businessSession.user.id;
    await api(`/api/editions/${editionId}/registrations`, { method: 'POST', token: businessSession.accessToken, body: { organisation: 'CV Sagu Kapuas', countryCode: 'ID' } });
    investorToken = (await login(investor.email)).accessToken;
    await api(`/api/editions/${editionId}/registrations`, { method: 'POST', token: investorToken, body: { organisation: 'Modal Ventura Khatulistiwa', countryCode: 'MY' } });

    browser = await chromium.launch({ executablePath: state.chromiumPath, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  test('a business sees an investor’s request, their messages and a withdrawal missed offline appear without reloading', async () => {
    const context = await browser.newContext({ baseURL: state.baseUrl, viewport: { width: 1280, height: 900 }, timezoneId: 'Asia/Kuching' });
    contexts.push(context);
    const page = await context.newPage();
    const problems = watchForPageProblems(page);

    await signIn(page, business.email, PASSWORD);
    await page.goto(`/editions/${editionId}/requests`);
    await page.getByText('Belum ada permintaan masuk.').waitFor();
    await page.getByRole('button', { name: 'Notifikasi, 0 belum dibaca' }).waitFor();
    // Live: the socket is connected (with the access token) before anything happens.
    await page.locator('.shell[data-realtime="connected"]').waitFor();
    const loads = (await page.evaluate(() => performance.getEntriesByType('navigation').length)) as number;

    // The investor, elsewhere, asks for a meeting.
    const request = await api<{ id: string }>(`/api/editions/${editionId}/meeting-requests`, {
      method: 'POST',
      token: investorToken,
      body: { toUserId: businessId, message: 'Kami tertarik pada pasokan sagu untuk pabrik kami di Kuching.' },
    });

    // …and it appears on the open inbox, with a toast and the bell's count, with no reload.
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2, name: investor.fullName }) });
    await card.getByText('Kami tertarik pada pasokan sagu untuk pabrik kami di Kuching.').waitFor();
    await page.getByRole('status').filter({ hasText: 'Permintaan pertemuan baru untuk Anda' }).waitFor();
    await page.getByRole('button', { name: 'Notifikasi, 1 belum dibaca' }).waitFor();

    // The two agree on details in the request's conversation; the investor's message arrives live.
    await card.getByRole('button', { name: 'Pesan' }).click();
    const panel = page.getByRole('region', { name: `Pesan dengan ${investor.fullName}` });
    await panel.getByText(`Belum ada pesan. Sepakati detailnya dengan ${investor.fullName} di sini.`).waitFor();
    await api(`/api/meeting-requests/${request.id}/messages`, { method: 'POST', token: investorToken, body: { body: 'Bisakah Anda membawa contoh produk?' } });
    await panel.getByRole('log').getByText('Bisakah Anda membawa contoh produk?').waitFor();

    // The business answers from the panel.
    await panel.getByLabel('Pesan Anda').fill('Tentu, kami bawa tiga contoh.');
    await panel.getByRole('button', { name: 'Kirim' }).click();
    await panel.getByRole('log').getByText('Tentu, kami bawa tiga contoh.').waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    const thread = await api<{ items: { body: string }[] }>(`/api/meeting-requests/${request.id}/messages`, { token: investorToken });
    expect(thread.items.map((message) => message.body)).toEqual(['Bisakah Anda membawa contoh produk?', 'Tentu, kami bawa tiga contoh.']);
    expect(await panel.getByText('Tentu, kami bawa tiga contoh.').count()).toBe(1);

    // The venue Wi-Fi drops: a banner says so. Meanwhile the investor writes again and withdraws the request.
    await context.setOffline(true);
    await page.getByRole('status').filter({ hasText: 'Offline — menyambungkan kembali…' }).waitFor();
    await api(`/api/meeting-requests/${request.id}/messages`, { method: 'POST', token: investorToken, body: { body: 'Maaf, jadwal kami berubah.' } });
    await api(`/api/meeting-requests/${request.id}/cancel`, { method: 'POST', token: investorToken, body: {} });

    // Back online: the missed notification is replayed (a toast, the bell, the card's status) and the thread is read again.
    await context.setOffline(false);
    await page.getByRole('status').filter({ hasText: 'Kembali online' }).waitFor();
    await page.locator('.shell[data-realtime="connected"]').waitFor();
    await page.getByRole('status').filter({ hasText: 'Sebuah permintaan pertemuan dibatalkan' }).waitFor();
    await page.getByRole('button', { name: 'Notifikasi, 2 belum dibaca' }).waitFor();
    await card.getByText('Dibatalkan', { exact: true }).waitFor();
    await panel.getByRole('log').getByText('Maaf, jadwal kami berubah.').waitFor();

    expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(loads);
    expect(problems).toEqual([]);
  });
});
