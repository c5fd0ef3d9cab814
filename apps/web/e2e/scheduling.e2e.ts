import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { CHROMIUM_ARGS, readE2eState } from './e2e-state';
import { accessibilityProblems, callApi, createOrganiserAccount, watchForPageProblems } from './journey-support';

const state = readE2eState();
if (state.skipReason) console.log(`skipped: ${state.skipReason}`);
const journey = state.skipReason ? describe.skip : describe;

// The demo organiser's account. The journeys' server runs without demo data, so it is made here
// with the command-line tool (unless a journey before this one already made it).
const organiser = { email: 'organiser@demo.serumpun.id', password: 'Serumpun-demo-2025', fullName: 'Demo Organiser' };
const PASSWORD = 'sungai-landak-2025';
const stamp = Date.now();
const people = [
  { fullName: 'Rahman Hakim', role: 'investor' as const },
  { fullName: 'Siti Rahmawati', role: 'investor' as const },
  { fullName: 'Hendra Wijaya', role: 'business' as const },
  { fullName: 'Dayang Nurfaizah', role: 'business' as const },
].map((person, index) => ({ ...person, email: `scheduling-${stamp}-${index}@e2e.serumpun.id` }));

const api = <T>(path: string, options: { method?: string; body?: unknown; token?: string } = {}) => callApi<T>(state.baseUrl, path, options);

const login = async (email: string, password: string) => (await api<{ accessToken: string }>('/api/auth/login', { method: 'POST', body: { email, password } })).accessToken;

journey('the organiser schedules an edition', () => {
  let browser: Browser;
  let context: BrowserContext | undefined;
  let editionId = '';
  const year = new Date().getUTCFullYear() + 1;
  const date = `${year}-04-14`;

  beforeAll(async () => {
    createOrganiserAccount(state.dataDir, organiser, { allowExisting: true });
    const organiserToken = await login(organiser.email, organiser.password);
    // Two slots × two tables; three accepted meetings without a slot, each investor meeting twice.
    const edition = await api<{ id: string }>('/api/editions', {
      method: 'POST',
      token: organiserToken,
      body: {
        name: `Dialog Investasi ${year} — Ngabang`,
        city: 'Ngabang',
        venue: 'Aula Kantor Bupati Landak',
        regionCode: 'ID-KB',
        timeZone: 'Asia/Pontianak',
        startDate: date,
        endDate: date,
        meetingWindows: [{ date, start: '09:00', end: '10:00' }],
        slotMinutes: 30,
        breakMinutes: 0,
        tableCount: 2,
      },
    });
    editionId = edition.id;
    const tokens: string[] = [];
    const ids: string[] = [];
    for (const person of people) {
      const session = await api<{ accessToken: string; user: { id: string } }>('/api/auth/register', {
        method: 'POST',
        body: { email: person.email, password: PASSWORD, fullName: person.fullName, role: person.role, locale: 'id' },
      });
      await api(`/api/editions/${editionId}/registrations`, { method: 'POST', token: session.accessToken, body: { organisation: `${person.fullName} & Rekan`, countryCode: 'ID' } });
      tokens.push(session.accessToken);
      ids.push(session.user.id);
    }
    for (const [from, to] of [
      [0, 2],
      [0, 3],
      [1, 2],
    ]) {
      const request = await api<{ id: string }>(`/api/editions/${editionId}/meeting-requests`, { method: 'POST', token: tokens[from], body: { toUserId: ids[to] } });
      await api(`/api/meeting-requests/${request.id}/accept`, { method: 'POST', token: tokens[to], body: {} });
    }
    browser = await chromium.launch({ executablePath: state.chromiumPath, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  test('runs "fill", reads the preview, publishes, and sees the meetings on the grid', async () => {
    context = await browser.newContext({ baseURL: state.baseUrl, viewport: { width: 1280, height: 900 }, timezoneId: 'Asia/Pontianak' });
    const page = await context.newPage();
    const problems = watchForPageProblems(page);

    await page.goto('/login');
    await page.getByLabel('Email').fill(organiser.email);
    await page.getByLabel('Kata sandi', { exact: true }).fill(organiser.password);
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: /^Selamat datang/ }).waitFor();

    await page.goto(`/editions/${editionId}/console`);
    await page.getByText('0 pertemuan terjadwal · 3 menunggu slot · 4 sel').waitFor();
    const panel = page.getByRole('region', { name: 'Jadwalkan pertemuan' });
    await panel.getByRole('radio', { name: /Isi/ }).check();
    await panel.getByRole('button', { name: 'Mulai penjadwalan' }).click();

    const preview = panel.getByRole('region', { name: 'Pratinjau hasil' });
    await preview.waitFor();
    await preview.getByRole('row', { name: 'Pertemuan terjadwal 0 3' }).waitFor();
    await preview.getByRole('row', { name: 'Pertemuan tanpa slot 3 0' }).waitFor();
    await preview.getByText('Semua pertemuan mendapat slot.').waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);

    await panel.getByRole('button', { name: 'Terbitkan jadwal' }).click();
    await panel.getByRole('alertdialog').getByRole('button', { name: 'Ya, terbitkan' }).click();
    await panel.getByText(/Jadwal diterbitkan: 3 ditempatkan, 0 dipindah/).waitFor();

    await page.getByText('3 pertemuan terjadwal · 0 menunggu slot · 4 sel').waitFor();
    for (const pair of [/Rahman Hakim ↔ Hendra Wijaya|Hendra Wijaya ↔ Rahman Hakim/, /Rahman Hakim ↔ Dayang Nurfaizah|Dayang Nurfaizah ↔ Rahman Hakim/, /Siti Rahmawati ↔ Hendra Wijaya|Hendra Wijaya ↔ Siti Rahmawati/]) {
      expect(await page.getByRole('button', { name: new RegExp(`^(${pair.source}) \\(.*Meja \\d`) }).count()).toBe(1);
    }
    expect(problems).toEqual([]);
  });
});
