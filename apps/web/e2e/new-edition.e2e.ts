import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { CHROMIUM_ARGS, readE2eState } from './e2e-state';
import { accessibilityProblems, createOrganiserAccount, signIn, watchForPageProblems } from './journey-support';

const state = readE2eState();
if (state.skipReason) console.log(`skipped: ${state.skipReason}`);
const journey = state.skipReason ? describe.skip : describe;

// The demo organiser, made with the command-line tool unless a journey before this one made it.
const organiser = { email: 'organiser@demo.serumpun.id', password: 'Serumpun-demo-2025', fullName: 'Demo Organiser' };

journey('an organiser announces a new edition', () => {
  let browser: Browser;
  let context: BrowserContext | undefined;
  const year = new Date().getUTCFullYear() + 1;
  // Journeys share one server: a name of this run's own finds this edition among the others.
  const name = `Dialog Intra-Regional Borneo ${year} — Banjarmasin ${Date.now()}`;

  beforeAll(async () => {
    createOrganiserAccount(state.dataDir, organiser, { allowExisting: true });
    browser = await chromium.launch({ executablePath: state.chromiumPath, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  test('creates Banjarmasin in Bahasa Indonesia (WITA), corrects a refused date, and finds it on the list in venue time', async () => {
    // The organiser sits in Pontianak (WIB): the venue's WITA times come with theirs beside them.
    context = await browser.newContext({ baseURL: state.baseUrl, viewport: { width: 1280, height: 900 }, timezoneId: 'Asia/Pontianak' });
    const page = await context.newPage();
    const problems = watchForPageProblems(page);
    await signIn(page, organiser.email, organiser.password);

    await page.goto('/editions');
    await page.getByRole('link', { name: 'Edisi baru' }).click();
    await page.getByRole('heading', { level: 1, name: 'Edisi baru' }).waitFor();
    expect(await page.getByText(/Segera hadir/i).count()).toBe(0);

    await page.getByLabel('Nama edisi').fill(name);
    await page.getByLabel('Kota').fill('Banjarmasin');
    await page.getByLabel('Tempat', { exact: true }).fill('Hotel Galaxy Banjarmasin');
    await page.getByRole('combobox', { name: 'Provinsi / wilayah' }).fill('Kalimantan Selatan');
    await page.getByRole('option', { name: 'Kalimantan Selatan' }).click();
    const zone = page.getByLabel('Zona waktu');
    await expect(zone.inputValue()).resolves.toBe('Asia/Makassar');
    await expect(zone.locator('option:checked').textContent()).resolves.toBe('WITA · UTC+8 (Asia/Makassar)');

    // The end before the start: refused beside the end date, in Indonesian, before anything is saved.
    await page.getByLabel('Tanggal mulai').fill(`${year}-05-12`);
    await page.getByLabel('Tanggal selesai').fill(`${year}-05-11`);
    await page.getByLabel('Jumlah meja').fill('10');
    await page.getByRole('button', { name: 'Buat edisi' }).click();
    const endDate = page.getByLabel('Tanggal selesai');
    await page.locator('#edition-endDate-error').getByText('Tanggal selesai tidak boleh sebelum tanggal mulai').waitFor();
    await expect(endDate.getAttribute('aria-invalid')).resolves.toBe('true');
    expect(await accessibilityProblems(page)).toEqual([]);

    // Two days: one afternoon session each, 8 meetings of 30 minutes, at 10 tables.
    await endDate.fill(`${year}-05-13`);
    await page.getByLabel('Tanggal selesai').blur();
    await expect(page.getByLabel(/^Tanggal sesi/).count()).resolves.toBe(2);
    await page.getByText('2 hari · 16 slot · 10 meja = 160 tempat pertemuan').waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByRole('button', { name: 'Buat edisi' }).click();

    await page.waitForURL(/\/editions\/[0-9a-f-]{36}\/console\/settings$/);
    await page.getByText(`Edisi “${name}” sudah dibuat`, { exact: false }).waitFor();
    await page.getByRole('heading', { level: 1, name: 'Pengaturan edisi' }).waitFor();
    await expect(page.getByLabel('Jumlah meja').inputValue()).resolves.toBe('10');
    expect(await accessibilityProblems(page)).toEqual([]);
    const editionId = /\/editions\/([0-9a-f-]{36})\//.exec(page.url())![1];

    await page.goto('/editions');
    const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name, exact: true }) });
    await card.waitFor();
    await expect(card.textContent()).resolves.toContain('Hotel Galaxy Banjarmasin, Banjarmasin · Kalimantan Selatan');
    await expect(card.textContent()).resolves.toContain('WITA · UTC+8');
    expect(await accessibilityProblems(page)).toEqual([]);

    await card.getByRole('link', { name, exact: true }).click();
    await page.waitForURL(`**/editions/${editionId}`);
    const sessions = page.getByRole('region', { name: 'Jadwal sesi pertemuan' });
    await sessions.getByText('13:00–17:00').first().waitFor();
    await expect(sessions.getByText('13:00–17:00').count()).resolves.toBe(2);
    await expect(sessions.getByText('12:00–16:00 waktu Anda').count()).resolves.toBe(2);
    expect(problems).toEqual([]);
  });
});
