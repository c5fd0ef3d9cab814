import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, readE2eState } from './e2e-state';
import { accessibilityProblems, callApi, signIn, watchForPageProblems } from './journey-support';

const state = readE2eState();
if (state.skipReason) console.log(`skipped: ${state.skipReason}`);
const journey = state.skipReason ? describe.skip : describe;

const PASSWORD = 'sungai-kapuas-2025';
const stamp = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
const SAGU = 'Pabrik tepung sagu Kapuas Hulu untuk pasar Sarawak';
const KOPI = 'Sangrai kopi liberika Kayong Utara untuk ekspor';

const api = <T>(path: string, options: { method?: string; body?: unknown; token?: string } = {}) => callApi<T>(state.baseUrl, path, options);

/** A person registered through the API (registration has its own journey); returns their token. */
async function registerThroughApi(role: 'investor' | 'business', fullName: string): Promise<{ email: string; token: string }> {
  const email = `${role}-${fullName.split(' ')[0].toLowerCase()}-${stamp}@e2e.serumpun.id`;
  const session = await api<{ accessToken: string }>('/api/auth/register', { method: 'POST', body: { email, password: PASSWORD, fullName, role, locale: 'id' } });
  return { email, token: session.accessToken };
}

/** A business in West Kalimantan (sector C10) with one published opportunity. */
async function businessWithOpportunity(fullName: string, companyName: string, title: string): Promise<string> {
  const business = await registerThroughApi('business', fullName);
  await api('/api/me/profile', {
    method: 'PUT',
    token: business.token,
    body: {
      companyName,
      legalForm: 'id_cv',
      countryCode: 'ID',
      regionCode: 'ID-KB',
      sectors: ['C10'],
      description: 'Usaha pengolahan pangan bersama petani dan koperasi di Kalimantan Barat.',
      languages: ['id'],
    },
  });
  const opportunity = await api<{ id: string }>('/api/opportunities', {
    method: 'POST',
    token: business.token,
    body: {
      title,
      summary: 'Perluasan kapasitas produksi untuk pasar Kalimantan, Sarawak dan Brunei.',
      description: 'Dana dipakai untuk mesin, gudang kering, dan sertifikasi halal serta keamanan pangan.',
      sectorCode: 'C10',
      regionCode: 'ID-KB',
      amount: { amount: '5000000000', currency: 'IDR' },
      instruments: ['equity'],
      stage: 'growth',
      status: 'published',
    },
  });
  return opportunity.id;
}

/** A match card on the page, by its title. */
const matchCard = (page: Page, title: string) => page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2, name: title }) });

journey('matches for an investor', () => {
  let browser: Browser;
  let investor: { email: string; token: string };
  let saguId = '';

  beforeAll(async () => {
    saguId = await businessWithOpportunity('Hendra Wijaya', 'CV Sagu Kapuas Hulu', SAGU);
    await businessWithOpportunity('Dayang Nurfaizah', 'CV Kopi Kayong', KOPI);
    investor = await registerThroughApi('investor', 'Rahman Hakim');
    await api('/api/me/profile', {
      method: 'PUT',
      token: investor.token,
      body: {
        organisation: 'Modal Ventura Khatulistiwa',
        investorType: 'family_office',
        countryCode: 'ID',
        regionCode: 'ID-KB',
        sectors: ['C10'],
        regions: ['ID-KB'],
        ticketMin: { amount: '1000000000', currency: 'IDR' },
        ticketMax: { amount: '20000000000', currency: 'IDR' },
        instruments: ['equity'],
        stages: ['growth'],
        languages: ['id'],
      },
    });
    browser = await chromium.launch({ executablePath: state.chromiumPath, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('an investor opens Matches, reads why in Indonesian, dismisses one, and it stays dismissed after a reload', async () => {
    const context = await browser.newContext({ baseURL: state.baseUrl, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const problems = watchForPageProblems(page);
    await signIn(page, investor.email, PASSWORD);

    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Kecocokan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kecocokan untuk Anda' }).waitFor();

    // Both opportunities fit: same division, a region of interest, the ticket, the instrument and the stage.
    const sagu = matchCard(page, SAGU);
    await sagu.waitFor();
    await matchCard(page, KOPI).waitFor();
    const reasons = sagu.getByRole('list', { name: 'Alasan kecocokan' });
    await reasons.getByText(/^Sektor sama: C10/).waitFor();
    await reasons.getByText('Wilayah minat: Kalimantan Barat').waitFor();
    expect(await reasons.textContent()).toMatch(/\+\d+ poin/);
    await sagu.getByRole('img', { name: /^Skor kecocokan: \d+ dari 100$/ }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    expect(await sagu.getByRole('link', { name: SAGU }).getAttribute('href')).toBe(`/opportunities/${saguId}`);

    // Dismissed: gone at once, with an undo, and recorded by the API.
    const dismissed = page.waitForResponse((response) => response.url().endsWith('/api/matches/dismiss') && response.request().method() === 'POST');
    await sagu.getByRole('button', { name: 'Sembunyikan' }).click();
    await page.getByText(`“${SAGU}” disembunyikan dari kecocokan Anda.`).waitFor();
    await page.getByRole('button', { name: 'Urungkan' }).waitFor();
    expect((await dismissed).status()).toBe(204);
    expect(await sagu.count()).toBe(0);

    // A reload asks the API again: the dismissed one does not come back; the other is still there.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Kecocokan untuk Anda' }).waitFor();
    await matchCard(page, KOPI).waitFor();
    expect(await matchCard(page, SAGU).count()).toBe(0);
    const after = await api<{ items: { kind: string; opportunity?: { id: string } }[] }>('/api/matches?limit=100', { token: investor.token });
    expect(after.items.map((item) => item.opportunity?.id)).not.toContain(saguId);

    expect(problems).toEqual([]);
    await context.close();
  });
});
