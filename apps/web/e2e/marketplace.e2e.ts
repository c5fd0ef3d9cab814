import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, readE2eState } from './e2e-state';
import { accessibilityProblems, callApi, watchForPageProblems } from './journey-support';

const state = readE2eState();
if (state.skipReason) console.log(`skipped: ${state.skipReason}`);
const journey = state.skipReason ? describe.skip : describe;

const PASSWORD = 'sungai-kapuas-2025';

const api = <T>(path: string, options: { method?: string; body?: unknown; token?: string } = {}) => callApi<T>(state.baseUrl, path, options);

/** A person registered through the API (the registration page has its own journey). */
async function registerThroughApi(role: 'investor' | 'business', fullName: string, locale: 'id' | 'en' | 'ms') {
  const email = `${role}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@e2e.serumpun.id`;
  const session = await api<{ accessToken: string }>('/api/auth/register', { method: 'POST', body: { email, password: PASSWORD, fullName, role, locale } });
  return { email, token: session.accessToken };
}

async function signIn(page: Page, email: string) {
  await page.goto('/login');
  await page.getByRole('heading', { level: 1, name: 'Masuk ke Serumpun' }).waitFor();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Kata sandi', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await page.getByRole('heading', { level: 2, name: 'Langkah berikutnya' }).waitFor();
}

/** Types into a searchable picker and chooses the option. */
async function pick(page: Page, combobox: string, query: string, option: string | RegExp) {
  const input = page.getByRole('combobox', { name: combobox });
  await input.fill(query);
  await page.getByRole('option', { name: option }).click();
}

journey('the marketplace', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: state.chromiumPath, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('a business posts an opportunity in Indonesian; an investor finds it in English with a sector filter and a word of its title', async () => {
    const business = await registerThroughApi('business', 'Dayang Nurfaizah', 'id');
    await api('/api/me/profile', {
      method: 'PUT',
      token: business.token,
      body: {
        companyName: 'CV Kerapu Ketapang Lestari',
        legalForm: 'id_cv',
        countryCode: 'ID',
        regionCode: 'ID-KB',
        sectors: ['A03'],
        description: 'Budidaya ikan kerapu di keramba jaring apung bersama nelayan Ketapang.',
        languages: ['id', 'ms'],
      },
    });
    // Another published opportunity, in another sector, that the filter must leave out.
    await api('/api/opportunities', {
      method: 'POST',
      token: business.token,
      body: {
        title: 'Panel surya atap untuk sekolah di Kuching',
        summary: 'Sewa panel surya untuk empat puluh sekolah di Kuching.',
        description: 'Proyek panel surya atap dengan skema sewa jangka panjang untuk sekolah negeri.',
        sectorCode: 'D35',
        regionCode: 'MY-13',
        amount: { amount: '4215000', currency: 'MYR' },
        instruments: ['ppp'],
        stage: 'greenfield',
        status: 'published',
      },
    });

    // The business, on a phone, in Indonesian.
    const businessContext = await browser.newContext({ baseURL: state.baseUrl, viewport: { width: 390, height: 844 } });
    const businessPage = await businessContext.newPage();
    const businessProblems = watchForPageProblems(businessPage);
    await signIn(businessPage, business.email);

    await businessPage.getByRole('link', { name: 'Kelola peluang' }).click();
    await businessPage.getByRole('heading', { level: 1, name: 'Peluang saya' }).waitFor();
    await businessPage.getByRole('link', { name: 'Pasang peluang baru' }).first().click();
    await businessPage.getByRole('heading', { level: 1, name: 'Pasang peluang investasi' }).waitFor();
    expect(await accessibilityProblems(businessPage)).toEqual([]);

    await businessPage.getByLabel('Judul').fill('Budidaya kerapu keramba jaring apung di Ketapang');
    await businessPage.getByLabel('Ringkasan').fill('Perluasan keramba jaring apung ikan kerapu bersama kelompok nelayan pesisir Ketapang.');
    await businessPage
      .getByLabel('Deskripsi')
      .fill('Kami mencari mitra untuk menambah 40 keramba jaring apung.\nDana dipakai untuk keramba, benih, dan cold storage di pelabuhan.');
    await pick(businessPage, 'Sektor (KBLI)', 'perikanan', /^A03\s*Perikanan$/);
    await pick(businessPage, 'Lokasi usaha atau proyek', 'pontianak', 'Kalimantan Barat');
    await businessPage.getByLabel('Nilai kebutuhan dana').fill('2.500.000.000');
    await businessPage.getByText('Terbaca: Rp 2.500.000.000').waitFor();
    await businessPage.getByRole('checkbox', { name: 'Ekuitas (penyertaan modal)' }).check();
    await businessPage.getByLabel('Tahap usaha').selectOption('growth');
    await businessPage.getByRole('checkbox', { name: 'Manfaat bagi masyarakat' }).check();
    await businessPage.getByLabel('Dampak lingkungan').fill('Tanpa pakan kimia; keramba jauh dari terumbu karang.');
    await businessPage.getByRole('button', { name: 'Terbitkan', exact: true }).click();

    await businessPage.getByText('Peluang Anda sudah diterbitkan dan dapat ditemukan investor.').waitFor();
    await businessPage.getByRole('heading', { level: 1, name: 'Budidaya kerapu keramba jaring apung di Ketapang' }).waitFor();
    const opportunityPath = new URL(businessPage.url()).pathname;
    expect(opportunityPath).toMatch(/^\/opportunities\/[0-9a-f-]{36}$/);
    // The owner can still edit and close it.
    await businessPage.getByRole('link', { name: 'Ubah' }).waitFor();
    await businessPage.getByRole('button', { name: 'Tutup peluang' }).waitFor();
    expect(businessProblems).toEqual([]);
    await businessContext.close();

    // The investor, on a laptop: starts in Indonesian, switches to English.
    const investor = await registerThroughApi('investor', 'Lim Wei Ming', 'id');
    const investorContext = await browser.newContext({ baseURL: state.baseUrl, viewport: { width: 1280, height: 900 } });
    const page = await investorContext.newPage();
    const problems = watchForPageProblems(page);
    await signIn(page, investor.email);
    await page.getByLabel('Bahasa', { exact: true }).selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Welcome, Lim Wei Ming' }).waitFor();

    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Opportunities' }).click();
    await page.getByRole('heading', { level: 1, name: 'Investment opportunities' }).waitFor();
    // Other journeys share this server and post opportunities of their own: counts are read, not fixed.
    await page.getByRole('heading', { level: 2, name: /^\d+ opportunities$/ }).waitFor();
    const results = page.locator('.opp-list');
    await results.getByRole('link', { name: 'Panel surya atap untuk sekolah di Kuching' }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);

    const agriculture = page.getByRole('radio', { name: /^Agriculture, forestry and fishing \(\d+ opportunit(y|ies)\)$/ });
    await agriculture.click();
    await page.waitForURL((url) => url.search === '?sector=A');
    expect(await agriculture.isChecked()).toBe(true);
    await page.getByRole('heading', { level: 2, name: /^\d+ opportunit(y|ies)$/ }).waitFor();
    await page.getByRole('searchbox', { name: 'Search opportunities' }).fill('kerapu');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.waitForURL((url) => url.search === '?q=kerapu&sector=A');

    const card = page.locator('.opp-card', { hasText: 'Budidaya kerapu keramba jaring apung di Ketapang' });
    await card.waitFor();
    expect(await results.locator('.opp-card').count()).toBe(1);
    expect(await card.textContent()).toContain('Fishing and aquaculture');
    expect(await card.textContent()).toContain('West Kalimantan, Indonesia');
    expect(await card.textContent()).toContain('Community benefit');
    await card.getByText(/≈ US\$150,330\.73/).waitFor();

    await card.getByRole('link', { name: 'Budidaya kerapu keramba jaring apung di Ketapang' }).click();
    await page.getByRole('heading', { level: 1, name: 'Budidaya kerapu keramba jaring apung di Ketapang' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(opportunityPath);
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByText('Published', { exact: true }).first().waitFor();
    await page.getByText('Dana dipakai untuk keramba, benih, dan cold storage di pelabuhan.', { exact: false }).waitFor();
    await page.getByText('Tanpa pakan kimia; keramba jauh dari terumbu karang.').waitFor();
    const facts = page.getByRole('complementary', { name: 'Opportunity at a glance' });
    await facts.getByText('IDR 2,500,000,000').waitFor();
    expect(await facts.textContent()).toContain('≈ US$150,330.73 (rate as of 30 Oct 2025)');
    expect(await facts.textContent()).toContain('A03 · Fishing and aquaculture');
    await facts.getByRole('link', { name: 'CV Kerapu Ketapang Lestari' }).waitFor();
    // Not the investor's to manage.
    expect(await page.getByRole('link', { name: 'Edit' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Close opportunity' }).count()).toBe(0);

    // Back to the filtered list, as the browser's back button leaves it.
    await page.goBack();
    await page.waitForURL((url) => url.search === '?q=kerapu&sector=A');
    await card.waitFor();

    expect(problems).toEqual([]);
    await investorContext.close();
  });
});
