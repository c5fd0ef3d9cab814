import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { CHROMIUM_ARGS, readE2eState } from './e2e-state';
import { accessibilityProblems, callApi, createOrganiserAccount, signIn, watchForPageProblems } from './journey-support';

const state = readE2eState();
if (state.skipReason) console.log(`skipped: ${state.skipReason}`);
const journey = state.skipReason ? describe.skip : describe;

const PASSWORD = 'sungai-kapuas-2025';
const stamp = Date.now();
const organiser = { email: `organiser-off-${stamp}@e2e.serumpun.id`, fullName: 'Yohana Sitompul' };
const investor = { email: `investor-off-${stamp}@e2e.serumpun.id`, fullName: 'Rahman Hakim', role: 'investor' as const };
const business = { email: `business-off-${stamp}@e2e.serumpun.id`, fullName: 'Hendra Wijaya', role: 'business' as const };
const latecomer = { email: `latecomer-off-${stamp}@e2e.serumpun.id`, fullName: 'Dayang Nurfaizah', role: 'business' as const };

type Session = { accessToken: string; user: { id: string } };
const api = <T>(path: string, options: { method?: string; body?: unknown; token?: string } = {}) => callApi<T>(state.baseUrl, path, options);
const login = (email: string) => api<Session>('/api/auth/login', { method: 'POST', body: { email, password: PASSWORD } });

journey('the agenda on the venue’s bad Wi-Fi', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let editionId = '';
  let slots: { id: string }[] = [];
  const sessions: Record<string, Session> = {};
  const year = new Date().getUTCFullYear() + 1;
  const date = `${year}-05-20`;

  /** `from` asks `to` for a meeting and `to` accepts it into `slotId`: a booked meeting. */
  async function bookMeeting(from: Session, to: Session, slotId: string): Promise<void> {
    const request = await api<{ id: string }>(`/api/editions/${editionId}/meeting-requests`, { method: 'POST', token: from.accessToken, body: { toUserId: to.user.id } });
    await api(`/api/meeting-requests/${request.id}/accept`, { method: 'POST', token: to.accessToken, body: { slotId } });
  }

  beforeAll(async () => {
    createOrganiserAccount(state.dataDir, { ...organiser, password: PASSWORD });
    const { accessToken } = await login(organiser.email);
    const edition = await api<{ id: string }>('/api/editions', {
      method: 'POST',
      token: accessToken,
      body: {
        name: `Borneo Intra-Regional Dialogue ${year} — Pontianak (offline)`,
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
    for (const person of [investor, business, latecomer]) {
      await api('/api/auth/register', { method: 'POST', body: { email: person.email, password: PASSWORD, fullName: person.fullName, role: person.role, locale: 'id' } });
      sessions[person.email] = await login(person.email);
      await api(`/api/editions/${editionId}/registrations`, { method: 'POST', token: sessions[person.email].accessToken, body: { organisation: `${person.fullName} & Rekan`, countryCode: 'ID' } });
    }
    slots = await api<{ id: string }[]>(`/api/editions/${editionId}/slots`);
    // 13:30–13:50 venue time.
    await bookMeeting(sessions[business.email], sessions[investor.email], slots[1].id);

    browser = await chromium.launch({ executablePath: state.chromiumPath, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  test('a participant reloads their agenda without Wi-Fi, sees the saved copy, and the live one once back online', async () => {
    const context = await browser.newContext({ baseURL: state.baseUrl, viewport: { width: 390, height: 844 }, timezoneId: 'Asia/Pontianak' });
    contexts.push(context);
    const page = await context.newPage();
    const problems = watchForPageProblems(page);
    const agenda = `/editions/${editionId}/agenda`;

    // Online: the investor opens their agenda once.
    await signIn(page, investor.email, PASSWORD);
    await page.goto(agenda);
    const row = page.getByRole('row').filter({ hasText: business.fullName });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/13:30–13:50.*Meja 1.*Hendra Wijaya/);
    // The service worker holds the app shell and the page's data is saved on the device.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.waitForFunction(() => (localStorage.getItem('serumpun.savedCopy') ?? '').includes('Hendra Wijaya'));

    // The Wi-Fi goes; the phone reloads the tab.
    await context.setOffline(true);
    // The worker is cut off too: the reload below comes from its cache, not from the server.
    const [worker] = context.serviceWorkers();
    expect(await worker.evaluate(() => fetch('/favicon.svg', { cache: 'no-store' }).then(() => 'reached', () => 'unreachable'))).toBe('unreachable');
    const reload = await page.reload();
    expect(reload?.fromServiceWorker()).toBe(true);
    await row.waitFor();
    expect(await row.textContent()).toMatch(/13:30–13:50.*Meja 1.*Hendra Wijaya/);
    const notice = page.getByRole('status').filter({ hasText: /^Salinan tersimpan, diperbarui \d{2}:\d{2}$/ });
    await notice.waitFor();
    await page.getByRole('status').filter({ hasText: 'Offline — menyambungkan kembali…' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(agenda);
    expect(await accessibilityProblems(page)).toEqual([]);

    // Meanwhile, another business books a meeting with the investor (14:00–14:20).
    await bookMeeting(sessions[latecomer.email], sessions[investor.email], slots[2].id);

    // Back online: the session is confirmed, the agenda read again, and the notice goes.
    await context.setOffline(false);
    const latecomerRow = page.getByRole('row').filter({ hasText: latecomer.fullName });
    await latecomerRow.waitFor();
    expect(await latecomerRow.textContent()).toMatch(/14:00–14:20.*Meja 1.*Dayang Nurfaizah/);
    await notice.waitFor({ state: 'detached' });
    await row.waitFor();

    expect(problems).toEqual([]);
  });
});
