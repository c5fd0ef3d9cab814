import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, readE2eState } from './e2e-state';
import { accessibilityProblems, watchForPageProblems } from './journey-support';

const state = readE2eState();
if (state.skipReason) console.log(`skipped: ${state.skipReason}`);
const journey = state.skipReason ? describe.skip : describe;

journey('a new investor on a phone', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: state.chromiumPath, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('registers, lands home in Indonesian, switches to English, and stays English and signed in after a reload', async () => {
    // A phone set to English: the app still opens in Indonesian, the event's language.
    const context = await browser.newContext({ baseURL: state.baseUrl, viewport: { width: 390, height: 844 }, locale: 'en-US' });
    const page = await context.newPage();
    const problems = watchForPageProblems(page);
    const email = `investor-${Date.now()}@e2e.serumpun.id`;

    await page.goto('/register');
    await page.getByRole('heading', { level: 1, name: 'Buat akun' }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByRole('radio', { name: 'Investor' }).check();
    await page.getByLabel('Nama lengkap').fill('Siti Rahmawati');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Kata sandi', { exact: true }).fill('sungai-kapuas-2025');
    await page.getByRole('button', { name: 'Daftar', exact: true }).click();

    const indonesianHeading = page.getByRole('heading', { level: 1, name: 'Selamat datang, Siti Rahmawati' });
    await indonesianHeading.waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.getAttribute('html', 'lang')).toBe('id');
    await page.getByRole('heading', { level: 2, name: 'Langkah berikutnya' }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);

    await page.getByLabel('Bahasa', { exact: true }).selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Welcome, Siti Rahmawati' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Welcome, Siti Rahmawati' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    const header = page.getByRole('banner');
    await header.getByText('Siti Rahmawati').waitFor();
    await header.getByRole('button', { name: 'Sign out' }).waitFor();
    expect(await header.getByRole('link', { name: 'Sign in' }).count()).toBe(0);

    expect(problems).toEqual([]);
    await context.close();
  });
});
