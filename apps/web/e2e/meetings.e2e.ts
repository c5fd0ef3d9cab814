import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { CHROMIUM_ARGS, readE2eState } from './e2e-state';
import { accessibilityProblems, callApi, createOrganiserAccount, signIn, watchForPageProblems } from './journey-support';

const state = readE2eState();
if (state.skipReason) console.log(`skipped: ${state.skipReason}`);
const journey = state.skipReason ? describe.skip : describe;

const PASSWORD = 'sungai-kapuas-2025';
const stamp = Date.now();
const organiser = { email: `organiser-${stamp}@e2e.serumpun.id`, fullName: 'Yohana Sitompul' };
const investor = { email: `investor-${stamp}@e2e.serumpun.id`, fullName: 'Rahman Hakim', role: 'investor' as const };
const business = { email: `business-${stamp}@e2e.serumpun.id`, fullName: 'Hendra Wijaya', role: 'business' as const };

const api = <T>(path: string, options: { method?: string; body?: unknown; token?: string } = {}) => callApi<T>(state.baseUrl, path, options);

journey('meetings at an edition', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let editionId = '';
  const year = new Date().getUTCFullYear() + 1;
  const date = `${year}-03-10`;

  beforeAll(async () => {
    createOrganiserAccount(state.dataDir, { ...organiser, password: PASSWORD });
    const { accessToken } = await api<{ accessToken: string }>('/api/auth/login', { method: 'POST', body: { email: organiser.email, password: PASSWORD } });
    const edition = await api<{ id: string }>('/api/editions', {
      method: 'POST',
      token: accessToken,
      body: {
        name: `Borneo Intra-Regional Dialogue ${year} — Pontianak`,
        city: 'Pontianak',
        venue: 'Pendopo Gubernur Kalimantan Barat',
        regionCode: 'ID-KB',
        timeZone: 'Asia/Pontianak',
        startDate: date,
        endDate: date,
        meetingWindows: [{ date, start: '13:00', end: '15:00' }],
        slotMinutes: 20,
        breakMinutes: 10,
        tableCount: 4,
      },
    });
    editionId = edition.id;
    for (const person of [investor, business]) {
      await api('/api/auth/register', { method: 'POST', body: { email: person.email, password: PASSWORD, fullName: person.fullName, role: person.role, locale: 'id' } });
    }
    // The business registers through the API; the investor does it on screen below.
    const { accessToken: businessToken } = await api<{ accessToken: string }>('/api/auth/login', { method: 'POST', body: { email: business.email, password: PASSWORD } });
    await api(`/api/editions/${editionId}/registrations`, { method: 'POST', token: businessToken, body: { organisation: 'CV Sagu Kapuas', countryCode: 'ID' } });

    browser = await chromium.launch({ executablePath: state.chromiumPath, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  test('an investor requests a meeting, the business accepts it into a slot, and both see it in their agendas', async () => {
    // The investor is on a phone in Kuching (UTC+8); the business at a desk in Pontianak (UTC+7, the venue's zone).
    const investorContext = await browser.newContext({ baseURL: state.baseUrl, viewport: { width: 390, height: 844 }, timezoneId: 'Asia/Kuching' });
    const businessContext = await browser.newContext({ baseURL: state.baseUrl, viewport: { width: 1280, height: 900 }, timezoneId: 'Asia/Pontianak' });
    contexts.push(investorContext, businessContext);
    const investorPage = await investorContext.newPage();
    const businessPage = await businessContext.newPage();
    const problems = [...watchForPageProblems(investorPage), ...watchForPageProblems(businessPage)];
    const watched = [watchForPageProblems(investorPage), watchForPageProblems(businessPage)];

    // The investor registers for the edition on its page.
    await signIn(investorPage, investor.email, PASSWORD);
    await investorPage.goto(`/editions/${editionId}`);
    await investorPage.getByRole('heading', { level: 2, name: 'Jadwal sesi pertemuan' }).waitFor();
    await investorPage.getByText('14:00–16:00 waktu Anda').waitFor();
    await investorPage.getByLabel('Organisasi (opsional)').fill('Modal Ventura Khatulistiwa');
    await investorPage.getByRole('button', { name: 'Daftar ke edisi ini' }).click();
    await investorPage.getByText('Anda terdaftar sebagai investor di edisi ini.').waitFor();
    expect(await accessibilityProblems(investorPage)).toEqual([]);

    // …finds the business in the directory and asks for a meeting at 13:30 venue time.
    await investorPage.getByRole('link', { name: 'Cari peserta' }).click();
    const card = investorPage.getByRole('listitem').filter({ has: investorPage.getByRole('heading', { level: 3, name: business.fullName }) });
    await card.waitFor();
    await card.getByRole('button', { name: 'Ajukan pertemuan' }).click();
    const dialog = investorPage.getByRole('dialog', { name: `Ajukan pertemuan dengan ${business.fullName}` });
    await dialog.getByLabel('Pesan (opsional)').fill('Kami tertarik pada pasokan sagu untuk pabrik kami di Kuching.');
    await dialog.getByLabel('Usulan slot waktu (opsional)').selectOption({ label: '13:30–13:50 (14:30–14:50 waktu Anda)' });
    await dialog.getByRole('button', { name: 'Kirim permintaan' }).click();
    await investorPage.getByText(`Permintaan pertemuan terkirim ke ${business.fullName}.`).waitFor();
    await card.getByText('Menunggu jawaban').waitFor();

    // The business sees the request and accepts it into the proposed slot.
    await signIn(businessPage, business.email, PASSWORD);
    await businessPage.goto(`/editions/${editionId}/requests`);
    const request = businessPage.getByRole('listitem').filter({ has: businessPage.getByRole('heading', { level: 2, name: investor.fullName }) });
    await request.getByText('Kami tertarik pada pasokan sagu untuk pabrik kami di Kuching.').waitFor();
    await request.getByRole('button', { name: 'Terima' }).click();
    const picker = request.getByRole('group', { name: 'Pilih slot waktu' });
    await picker.waitFor();
    expect(await accessibilityProblems(businessPage)).toEqual([]);
    expect(await picker.getByRole('radio', { name: '13:30–13:50' }).isChecked()).toBe(true);
    await request.getByRole('button', { name: 'Terima dan jadwalkan' }).click();
    await businessPage.getByText(new RegExp(`Pertemuan dengan ${investor.fullName} dijadwalkan pada`)).waitFor();
    await request.getByText('Diterima', { exact: true }).waitFor();

    // Both see it in their agendas: venue time, the table, the other person.
    await businessPage.goto(`/editions/${editionId}/agenda`);
    const businessRow = businessPage.getByRole('row').filter({ hasText: investor.fullName });
    await businessRow.waitFor();
    expect(await businessRow.textContent()).toMatch(/13:30–13:50.*Meja 1.*Rahman Hakim.*Modal Ventura Khatulistiwa.*Terjadwal/);
    expect(await businessPage.getByText('waktu Anda').count()).toBe(0);

    await investorPage.goto(`/editions/${editionId}/agenda`);
    const investorRow = investorPage.getByRole('row').filter({ hasText: business.fullName });
    await investorRow.waitFor();
    expect(await accessibilityProblems(investorPage)).toEqual([]);
    expect(await investorRow.textContent()).toMatch(/13:30–13:50.*14:30–14:50 waktu Anda.*Meja 1.*Hendra Wijaya.*CV Sagu Kapuas/);

    // The organisers see it on the grid of the console.
    const organiserContext = await browser.newContext({ baseURL: state.baseUrl, viewport: { width: 1280, height: 900 }, timezoneId: 'Asia/Pontianak' });
    contexts.push(organiserContext);
    const organiserPage = await organiserContext.newPage();
    watched.push(watchForPageProblems(organiserPage));
    await signIn(organiserPage, organiser.email, PASSWORD);
    await organiserPage.goto(`/editions/${editionId}/console`);
    await organiserPage.getByRole('button', { name: /(Rahman Hakim ↔ Hendra Wijaya|Hendra Wijaya ↔ Rahman Hakim) \(.*13:30–13:50, Meja 1/ }).waitFor();
    expect(await accessibilityProblems(organiserPage)).toEqual([]);

    expect([...problems, ...watched.flat()]).toEqual([]);
  });
});
