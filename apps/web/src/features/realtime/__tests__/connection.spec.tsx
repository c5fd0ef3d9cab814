import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import type { Notification } from '@serumpun/shared';
import { act, renderHook, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { AppProviders } from '../../../app/AppProviders';
import { sessionStore } from '../../auth/session/session-store';
import { uuid } from '../../meetings/__tests__/meeting-factories';
import { buildSession, buildUser } from '../../../test/factories';
import { installFakeApi, type FakeApi } from '../../../test/fake-api';
import { FakeRealtimeServer } from '../../../test/fake-socket';
import { renderApp, resetDevice } from '../../../test/render-app';
import { BACK_ONLINE_MS, OFFLINE_GRACE_MS } from '../hooks/useConnectionBanner';
import { useScheduleRunProgress } from '../hooks/useScheduleRunProgress';

const EDITION_ID = '11111111-1111-4111-8111-000000000009';
let api: FakeApi;

function setBrowserOnline(online: boolean): void {
  Object.defineProperty(window.navigator, 'onLine', { configurable: true, get: () => online });
  window.dispatchEvent(new Event(online ? 'online' : 'offline'));
}

beforeEach(async () => {
  await resetDevice();
  api = installFakeApi()
    .on('GET /api/notifications', { status: 200, body: { items: [], nextCursor: null, unreadCount: 0 } })
    .on('POST /api/auth/refresh', { status: 200, body: { accessToken: 'access-2', refreshToken: 'refresh-2' } });
});

afterEach(() => {
  jest.useRealTimers();
  jest.restoreAllMocks();
  setBrowserOnline(true);
});

describe('connection banner', () => {
  it('says the connection dropped only after a grace period, then that it is back, then goes away', async () => {
    sessionStore.start(buildSession(buildUser({ role: 'business' })));
    jest.useFakeTimers();
    const { realtime } = renderApp('/');
    await waitFor(() => expect(realtime.socket.connected).toBe(true));

    act(() => realtime.socket.dropNetwork());
    act(() => jest.advanceTimersByTime(OFFLINE_GRACE_MS - 500));
    expect(screen.queryByText('Offline — menyambungkan kembali…')).not.toBeInTheDocument();
    act(() => jest.advanceTimersByTime(500));
    expect(screen.getByText('Offline — menyambungkan kembali…')).toHaveAttribute('role', 'status');

    act(() => realtime.socket.accept());
    act(() => jest.advanceTimersByTime(0));
    expect(screen.getByText('Kembali online')).toHaveAttribute('role', 'status');
    act(() => jest.advanceTimersByTime(BACK_ONLINE_MS));
    expect(screen.queryByText('Kembali online')).not.toBeInTheDocument();
  });

  it('shows nothing for a drop shorter than the grace period', async () => {
    sessionStore.start(buildSession(buildUser({ role: 'business' })));
    jest.useFakeTimers();
    const { realtime } = renderApp('/');
    await waitFor(() => expect(realtime.socket.connected).toBe(true));

    act(() => realtime.socket.dropNetwork());
    act(() => jest.advanceTimersByTime(OFFLINE_GRACE_MS - 500));
    act(() => realtime.socket.accept());
    act(() => jest.advanceTimersByTime(OFFLINE_GRACE_MS + BACK_ONLINE_MS));
    expect(screen.queryByText('Offline — menyambungkan kembali…')).not.toBeInTheDocument();
    expect(screen.queryByText('Kembali online')).not.toBeInTheDocument();
  });

  it('follows the browser’s own offline and online events, and reconnects at once when it is back', async () => {
    sessionStore.start(buildSession(buildUser({ role: 'business' })));
    const { realtime } = renderApp('/');
    await waitFor(() => expect(realtime.socket.connected).toBe(true));
    realtime.onHandshake = () => 'hold';

    act(() => {
      realtime.socket.dropNetwork();
      setBrowserOnline(false);
    });
    expect(await screen.findByText('Offline — menyambungkan kembali…')).toBeInTheDocument();

    const before = realtime.socket.handshakes.length;
    act(() => setBrowserOnline(true));
    await waitFor(() => expect(realtime.socket.handshakes.length).toBe(before + 1));
    act(() => realtime.socket.accept());
    expect(await screen.findByText('Kembali online')).toBeInTheDocument();
  });
});

describe('realtime connection', () => {
  it('renews an expired token when the server refuses the handshake, and connects with the new one', async () => {
    sessionStore.start(buildSession(buildUser({ role: 'business' })));
    const realtime = new FakeRealtimeServer();
    realtime.onHandshake = (auth) => (auth.token === 'access-2' ? 'accept' : 'refuse');
    renderApp('/', realtime);

    await waitFor(() => expect(realtime.socket.connected).toBe(true));
    expect(realtime.socket.handshakes.map((auth) => auth.token)).toEqual(['access-1', 'access-2']);
    expect(api.to('POST /api/auth/refresh')).toHaveLength(1);
    expect(api.to('POST /api/auth/refresh')[0].body).toEqual({ refreshToken: 'refresh-1' });
  });

  it('reconnects with a renewed token when the server drops it for an expired one', async () => {
    sessionStore.start(buildSession(buildUser({ role: 'business' })));
    const { realtime } = renderApp('/');
    await waitFor(() => expect(realtime.socket.connected).toBe(true));

    act(() => realtime.socket.kick());
    await waitFor(() => expect(realtime.socket.connected).toBe(true));
    expect(realtime.socket.handshakes.map((auth) => auth.token)).toEqual(['access-1', 'access-2']);
  });

  it('reconnects with the new token after a silent refresh elsewhere in the app', async () => {
    sessionStore.start(buildSession(buildUser({ role: 'business' })));
    const { realtime } = renderApp('/');
    await waitFor(() => expect(realtime.socket.connected).toBe(true));

    act(() => sessionStore.setTokens({ accessToken: 'access-3', refreshToken: 'refresh-3' }));
    await waitFor(() => expect(realtime.socket.handshakes.map((auth) => auth.token)).toEqual(['access-1', 'access-3']));
    expect(realtime.socket.connected).toBe(true);
  });

  it('ends the session when the token cannot be renewed', async () => {
    sessionStore.start(buildSession(buildUser({ role: 'business' })));
    api.on('POST /api/auth/refresh', { status: 401, body: { statusCode: 401, error: 'Unauthorized', message: '' } });
    const realtime = new FakeRealtimeServer();
    realtime.onHandshake = () => 'refuse';
    renderApp('/', realtime);

    await waitFor(() => expect(sessionStore.getState()).toEqual({ status: 'anonymous', reason: 'expired' }));
    expect(realtime.socket.active).toBe(false);
  });

  it('keeps a session shown from the saved copy when the token cannot be renewed for want of an answer, and connects once the API answers', async () => {
    const person = buildUser({ role: 'business' });
    localStorage.setItem('serumpun.refreshToken', 'refresh-1');
    sessionStore.showSavedCopy(person);
    let refreshes = 0;
    api.on('POST /api/auth/refresh', () => {
      refreshes += 1;
      // The first two attempts find no network (the Wi-Fi is still coming back).
      if (refreshes <= 2) throw new TypeError('Failed to fetch');
      return { status: 200, body: { accessToken: 'access-2', refreshToken: 'refresh-2' } };
    });
    api.on('GET /api/me', { status: 200, body: person });
    const realtime = new FakeRealtimeServer();
    realtime.onHandshake = (auth) => (auth.token === 'access-2' ? 'accept' : 'refuse');
    renderApp('/', realtime);

    await waitFor(() => expect(realtime.socket.connected).toBe(true));
    expect(realtime.socket.handshakes.map((auth) => auth.token)).toEqual(['', 'access-2']);
    await waitFor(() => expect(sessionStore.getState()).toEqual({ status: 'authenticated', user: person }));
  });

  it('tells the server the newest notification seen, so a reconnect replays only what was missed', async () => {
    sessionStore.start(buildSession(buildUser({ role: 'business' })));
    const { realtime } = renderApp('/');
    await waitFor(() => expect(realtime.socket.connected).toBe(true));
    const seen: Notification = { id: uuid(), type: 'meeting.cancelled', payload: {}, createdAt: '2099-10-01T02:00:00.000Z', readAt: null };
    act(() => realtime.socket.push('notification', seen));

    act(() => realtime.socket.dropNetwork());
    act(() => {
      realtime.socket.connect();
    });
    await waitFor(() => expect(realtime.socket.connected).toBe(true));
    expect(realtime.socket.handshakes.at(-1)).toEqual({ token: 'access-1', lastNotificationId: seen.id });
  });

  it('closes the socket on sign-out', async () => {
    sessionStore.start(buildSession(buildUser({ role: 'business' })));
    const { realtime } = renderApp('/');
    await waitFor(() => expect(realtime.socket.connected).toBe(true));

    act(() => sessionStore.end('signed-out'));
    expect(realtime.socket.connected).toBe(false);
    expect(realtime.socket.active).toBe(false);
  });
});

describe('schedule run progress', () => {
  it('joins the edition’s room, keeps the latest progress of each run, and joins again after a reconnect', async () => {
    sessionStore.start(buildSession(buildUser({ role: 'organiser' })));
    const realtime = new FakeRealtimeServer();
    const wrapper = ({ children }: { children: ReactNode }) => <AppProviders socketFactory={realtime.factory}>{children}</AppProviders>;
    const { result } = renderHook(() => useScheduleRunProgress(EDITION_ID), { wrapper });

    await waitFor(() => expect(result.current.subscribed).toBe(true));
    expect(realtime.socket.emitted).toEqual([{ event: 'edition.subscribe', payload: { editionId: EDITION_ID } }]);

    act(() => {
      realtime.socket.push('schedule_run.progress', { runId: 'run-1', editionId: EDITION_ID, progress: 0.2, status: 'running' });
      realtime.socket.push('schedule_run.progress', { runId: 'run-1', editionId: EDITION_ID, progress: 0.6, status: 'running' });
      realtime.socket.push('schedule_run.progress', { runId: 'run-9', editionId: 'another-edition', progress: 1, status: 'done' });
    });
    expect(result.current.runs).toEqual({ 'run-1': { runId: 'run-1', editionId: EDITION_ID, progress: 0.6, status: 'running' } });

    act(() => realtime.socket.dropNetwork());
    expect(result.current.subscribed).toBe(false);
    act(() => {
      realtime.socket.connect();
    });
    await waitFor(() => expect(result.current.subscribed).toBe(true));
    expect(realtime.socket.emitted).toHaveLength(2);
    expect(result.current.runs['run-1'].progress).toBe(0.6);
  });

  it('stays unsubscribed when the server refuses the room', async () => {
    sessionStore.start(buildSession(buildUser({ role: 'business' })));
    const realtime = new FakeRealtimeServer();
    realtime.onEmit = () => ({ ok: false });
    const wrapper = ({ children }: { children: ReactNode }) => <AppProviders socketFactory={realtime.factory}>{children}</AppProviders>;
    const { result } = renderHook(() => useScheduleRunProgress(EDITION_ID), { wrapper });
    await waitFor(() => expect(realtime.socket.emitted).toHaveLength(1));
    expect(result.current.subscribed).toBe(false);
  });
});
