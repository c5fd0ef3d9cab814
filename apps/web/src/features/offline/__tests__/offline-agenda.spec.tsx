import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { QueryClient } from '@tanstack/react-query';
import { act, screen, waitFor, within } from '@testing-library/react';
import { apiError, buildSession, buildUser } from '../../../test/factories';
import { deferred, installFakeApi, type FakeApi, type FakeReply } from '../../../test/fake-api';
import { renderApp, resetDevice } from '../../../test/render-app';
import { i18n } from '../../../i18n/i18n';
import { SLOW_RESTORE_MS } from '../../auth/session/restore-session';
import { sessionStore } from '../../auth/session/session-store';
import { buildAgenda, buildAgendaItem, buildRegistration, EDITION, page, setViewerTimeZone, SLOTS, TABLES } from '../../meetings/__tests__/meeting-factories';
import { scheduleKeys } from '../../meetings/schedule-queries';
import { buildSavedCopy, readSavedCopy, SAVED_COPY_STORAGE_KEY, writeSavedCopy } from '../saved-copy';
import { SAVE_DELAY_MS } from '../save-for-offline';
import { formatSavedTime } from '../saved-time';

const investor = buildUser({ role: 'investor', fullName: 'Rahman Hakim' });
const other = buildUser({ role: 'business', fullName: 'Dayang Nurfaizah' });
const business = { id: '66666666-6666-4666-8666-000000000001', fullName: 'Hendra Wijaya', role: 'business', organisation: 'CV Sagu Kapuas' };
const base = `/api/editions/${EDITION.id}`;
const agendaPath = `/editions/${EDITION.id}/agenda`;
// Started already (so the day's actions show), on the agenda's first day.
const meeting = buildAgendaItem(business, SLOTS[0], TABLES[1], { startsAt: '2025-10-30T06:00:00Z', endsAt: '2025-10-30T06:30:00Z' });
const AGENDA = buildAgenda([{ date: '2099-10-29', items: [meeting] }]);
const SAVED_AT = Date.now() - 5 * 60_000;

const unreachable = () => {
  throw new TypeError('Failed to fetch');
};

function setBrowserOnline(online: boolean): void {
  Object.defineProperty(window.navigator, 'onLine', { configurable: true, get: () => online });
  window.dispatchEvent(new Event(online ? 'online' : 'offline'));
}

/** A device where `person` used the agenda earlier: a refresh token and the saved copy survived the reload. */
function deviceWithSavedAgenda(person = investor): void {
  const earlier = new QueryClient();
  earlier.setQueryData(scheduleKeys.agenda(EDITION.id), AGENDA, { updatedAt: SAVED_AT });
  earlier.setQueryData(['editions', EDITION.id], EDITION, { updatedAt: SAVED_AT });
  earlier.setQueryData(scheduleKeys.registration(EDITION.id), buildRegistration(person), { updatedAt: SAVED_AT });
  earlier.setQueryData(scheduleKeys.meetings(EDITION.id), [], { updatedAt: SAVED_AT });
  writeSavedCopy(buildSavedCopy(earlier, person));
  localStorage.setItem('serumpun.refreshToken', 'refresh-remembered');
  localStorage.setItem('serumpun.refreshTokenOwner', person.id);
  sessionStore.reset();
}

/** Every API request fails as it does without Wi-Fi. */
function apiUnreachable(): FakeApi {
  const fake = installFakeApi();
  for (const route of ['POST /api/auth/refresh', 'GET /api/me', `GET ${base}`, `GET ${base}/registration`, `GET ${base}/meetings`, 'GET /api/me/agenda', 'GET /api/me/agenda-feed', 'GET /api/notifications']) {
    fake.on(route, unreachable);
  }
  return fake;
}

beforeEach(async () => {
  await resetDevice();
  setViewerTimeZone('Asia/Pontianak');
});

afterEach(() => {
  setBrowserOnline(true);
  jest.restoreAllMocks();
});

describe('opening the app without a connection', () => {
  it('shows the saved agenda (partner, time, table) with a saved-copy notice, instead of the sign-in page', async () => {
    deviceWithSavedAgenda();
    apiUnreachable();
    setBrowserOnline(false);

    const { location } = renderApp(agendaPath);

    const row = (await screen.findByText('Hendra Wijaya')).closest('tr')!;
    expect(within(row).getByText('Meja 2')).toBeInTheDocument();
    expect(within(row).getByText('13:00–13:30')).toBeInTheDocument();
    expect(screen.getByText(`Salinan tersimpan, diperbarui ${formatSavedTime(SAVED_AT, 'id')}`)).toHaveClass('connection-banner');
    expect(location()).toBe(agendaPath);
    // The day's actions stay in view but say they need a connection, rather than failing.
    expect(within(row).getByRole('button', { name: 'Terlaksana' })).toBeDisabled();
    expect(within(row).getByText(/^Perlu koneksi internet/)).toBeInTheDocument();
  });

  it('words the notice in the person’s language', async () => {
    await i18n.changeLanguage('en');
    deviceWithSavedAgenda();
    apiUnreachable();
    setBrowserOnline(false);

    renderApp(agendaPath);

    expect(await screen.findByText(`Saved copy, updated ${formatSavedTime(SAVED_AT, 'en')}`)).toBeInTheDocument();
    expect(screen.getByText(/^Needs a connection/)).toBeInTheDocument();
  });

  it('shows the saved agenda meanwhile when the Wi-Fi connects but carries nothing, then the live session', async () => {
    deviceWithSavedAgenda();
    const refresh = deferred<FakeReply>();
    apiUnreachable()
      .on('POST /api/auth/refresh', () => refresh.promise)
      .on('GET /api/me', { status: 200, body: investor });

    renderApp(agendaPath);

    expect(await screen.findByText('Hendra Wijaya', {}, { timeout: SLOW_RESTORE_MS + 4_000 })).toBeInTheDocument();
    expect(sessionStore.getState()).toEqual({ status: 'authenticated', user: investor, savedCopy: true });
    refresh.resolve({ status: 200, body: { accessToken: 'access-2', refreshToken: 'refresh-2' } });
    await waitFor(() => expect(sessionStore.getState()).toEqual({ status: 'authenticated', user: investor }));
  }, 20_000);

  it('says the server cannot be reached when this device saved nothing', async () => {
    localStorage.setItem('serumpun.refreshToken', 'refresh-remembered');
    sessionStore.reset();
    apiUnreachable();
    setBrowserOnline(false);

    renderApp(agendaPath);

    expect(await screen.findByRole('heading', { level: 1, name: 'Tidak ada koneksi' })).toBeInTheDocument();
  });
});

describe('when the connection comes back', () => {
  it('confirms the session, reads the agenda again, and the notice goes', async () => {
    deviceWithSavedAgenda();
    apiUnreachable();
    setBrowserOnline(false);
    renderApp(agendaPath);
    await screen.findByText(/^Salinan tersimpan, diperbarui/);

    // Meanwhile a second meeting was booked.
    const booked = buildAgendaItem({ ...business, id: '66666666-6666-4666-8666-000000000002', fullName: 'Lim Wei Ming' }, SLOTS[1], TABLES[2]);
    installFakeApi()
      .on('POST /api/auth/refresh', { status: 200, body: { accessToken: 'access-2', refreshToken: 'refresh-2' } })
      .on('GET /api/me', { status: 200, body: investor })
      .on(`GET ${base}`, { status: 200, body: EDITION })
      .on(`GET ${base}/registration`, { status: 200, body: buildRegistration(investor) })
      .on(`GET ${base}/meetings`, page([]))
      .on('GET /api/me/agenda', { status: 200, body: buildAgenda([{ date: '2099-10-29', items: [meeting, booked] }]) })
      .on('GET /api/me/agenda-feed', { status: 200, body: { active: false, createdAt: null } })
      .on('GET /api/notifications', page([]));
    act(() => setBrowserOnline(true));

    expect(await screen.findByText('Lim Wei Ming')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText(/^Salinan tersimpan/)).not.toBeInTheDocument());
    await waitFor(() => expect(sessionStore.getState()).toEqual({ status: 'authenticated', user: investor }));
    expect(screen.getByRole('button', { name: 'Terlaksana' })).toBeEnabled();
    expect(screen.queryByText(/^Perlu koneksi internet/)).not.toBeInTheDocument();
  });

  it('sends the person to sign in, and forgets the copy, when the server refuses the remembered session', async () => {
    deviceWithSavedAgenda();
    installFakeApi().on('POST /api/auth/refresh', apiError(401, 'Unauthorized', 'Refresh token expired'));

    const { location } = renderApp(agendaPath);

    expect(await screen.findByRole('heading', { level: 1, name: 'Masuk ke Serumpun' })).toBeInTheDocument();
    expect(location()).toBe(`/login?next=${encodeURIComponent(agendaPath)}`);
    expect(localStorage.getItem(SAVED_COPY_STORAGE_KEY)).toBeNull();
    expect(screen.queryByText('Hendra Wijaya')).not.toBeInTheDocument();
  });
});

describe('keeping the copy', () => {
  function onlineApi(): FakeApi {
    return installFakeApi()
      .on(`GET ${base}`, { status: 200, body: EDITION })
      .on(`GET ${base}/registration`, { status: 200, body: buildRegistration(investor) })
      .on(`GET ${base}/meetings`, page([]))
      .on('GET /api/me/agenda', { status: 200, body: AGENDA })
      .on('GET /api/me/agenda-feed', { status: 200, body: { active: true, url: 'https://serumpun.id/feed/secret', path: '/feed/secret', createdAt: '2025-10-01T00:00:00Z' } })
      .on('POST /api/auth/logout', { status: 204 })
      .on('GET /api/notifications', page([]));
  }

  it('saves the agenda a signed-in participant opened, with who they are, and nothing private beyond it', async () => {
    sessionStore.start(buildSession(investor));
    onlineApi();

    renderApp(agendaPath);
    await screen.findByText('Hendra Wijaya');

    await waitFor(() => expect(readSavedCopy()?.queries.map((query) => query.queryKey[2] ?? query.queryKey[0])).toEqual(expect.arrayContaining(['agenda', 'registration', 'meetings'])));
    expect(readSavedCopy()?.user).toEqual(investor);
    expect(localStorage.getItem(SAVED_COPY_STORAGE_KEY)).not.toMatch(/access-1|refresh-1|feed\/secret/);
  });

  it('forgets the copy at sign-out', async () => {
    sessionStore.start(buildSession(investor));
    onlineApi();
    const { user } = renderApp(agendaPath);
    await screen.findByText('Hendra Wijaya');
    await waitFor(() => expect(readSavedCopy()).not.toBeNull());

    await user.click(screen.getByRole('button', { name: 'Keluar' }));

    await screen.findByRole('heading', { level: 1, name: 'Masuk ke Serumpun' });
    expect(localStorage.getItem(SAVED_COPY_STORAGE_KEY)).toBeNull();
  });

  it('never shows one person’s copy to the next person who signs in on the device', async () => {
    deviceWithSavedAgenda(investor);
    sessionStore.start(buildSession(other));
    onlineApi();

    renderApp('/');

    await waitFor(() => expect(readSavedCopy()?.user.id ?? null).not.toBe(investor.id));
    expect(localStorage.getItem(SAVED_COPY_STORAGE_KEY) ?? '').not.toContain('Hendra Wijaya');
  });

  it('forgets the copy when someone else signs in while the app is open', async () => {
    sessionStore.start(buildSession(investor));
    onlineApi();
    renderApp(agendaPath);
    await screen.findByText('Hendra Wijaya');
    await waitFor(() => expect(readSavedCopy()?.user.id).toBe(investor.id));

    act(() => sessionStore.start(buildSession(other)));

    expect(readSavedCopy()?.user.id ?? null).not.toBe(investor.id);
  });

  it('stops writing in a tab left open for someone after another person signed in on the device', async () => {
    sessionStore.start(buildSession(investor));
    onlineApi();
    const { queryClient } = renderApp(agendaPath);
    await screen.findByText('Hendra Wijaya');
    await waitFor(() => expect(readSavedCopy()?.user.id).toBe(investor.id));

    // In another tab, someone else signs in: their tab forgets this copy and owns the session now.
    localStorage.setItem('serumpun.refreshTokenOwner', other.id);
    localStorage.removeItem(SAVED_COPY_STORAGE_KEY);
    await act(() => queryClient.refetchQueries({ queryKey: scheduleKeys.agenda(EDITION.id) }));
    await new Promise((resolve) => setTimeout(resolve, SAVE_DELAY_MS + 300));

    expect(localStorage.getItem(SAVED_COPY_STORAGE_KEY)).toBeNull();
  });
});
