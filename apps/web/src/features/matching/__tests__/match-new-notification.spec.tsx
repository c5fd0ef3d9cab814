import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import type { Match, Notification } from '@serumpun/shared';
import { QueryClient } from '@tanstack/react-query';
import { act, screen, waitFor, within } from '@testing-library/react';
import { i18n } from '../../../i18n/i18n';
import { sessionStore } from '../../auth/session/session-store';
import { uuid } from '../../meetings/__tests__/meeting-factories';
import { refreshForNotification } from '../../meetings/refresh-for-notification';
import { scheduleKeys } from '../../meetings/schedule-queries';
import { notificationLink } from '../../notifications/notification-link';
import { notificationText } from '../../notifications/notification-text';
import { buildSession, buildUser } from '../../../test/factories';
import { installFakeApi, type FakeApi } from '../../../test/fake-api';
import { renderApp, resetDevice } from '../../../test/render-app';
import { matchKeys } from '../match-keys';
import { buildOpportunityMatch } from './match-factories';

const OPPORTUNITY_ID = '77777777-7777-4777-8777-000000000001';

function matchNew(payload: Record<string, unknown> = { opportunityId: OPPORTUNITY_ID, title: 'Pabrik sagu Kapuas Hulu', score: 86 }): Notification {
  return { id: uuid(), type: 'match.new', payload, createdAt: '2099-10-01T02:00:00.000Z', readAt: null };
}

describe('a match.new notification', () => {
  it('names the opportunity and its score in Indonesian, English and Malay, and links to the opportunity', () => {
    const notification = matchNew();
    expect(notificationText(i18n.getFixedT('id'), notification)).toBe('Kecocokan baru: Pabrik sagu Kapuas Hulu (skor 86 dari 100)');
    expect(notificationText(i18n.getFixedT('en'), notification)).toBe('New match: Pabrik sagu Kapuas Hulu (score 86 of 100)');
    expect(notificationText(i18n.getFixedT('ms'), notification)).toBe('Padanan baharu: Pabrik sagu Kapuas Hulu (skor 86 daripada 100)');
    expect(notificationLink(notification)).toBe(`/opportunities/${OPPORTUNITY_ID}`);
  });

  it('falls back to the general sentence, and no link, when the payload lacks its fields', () => {
    const bare = matchNew({});
    expect(notificationText(i18n.getFixedT('id'), bare)).toBe('Ada kecocokan baru untuk Anda');
    expect(notificationText(i18n.getFixedT('en'), bare)).toBe('You have a new match');
    expect(notificationLink(bare)).toBeNull();
  });

  it('refreshes the ranked matches in every language, and nothing else', async () => {
    const client = new QueryClient();
    const keys = {
      rankedId: matchKeys.rankedIn('id'),
      rankedEn: matchKeys.rankedIn('en'),
      saved: matchKeys.savedIn('id'),
      requests: scheduleKeys.requests(),
    };
    for (const key of Object.values(keys)) client.setQueryData(key, []);
    await refreshForNotification(client, matchNew());
    expect(Object.fromEntries(Object.entries(keys).map(([name, key]) => [name, client.getQueryState(key)?.isInvalidated]))).toEqual({
      rankedId: true,
      rankedEn: true,
      saved: false,
      requests: false,
    });
  });
});

describe('a match.new pushed live to an investor', () => {
  let api: FakeApi;
  let stored: Notification[];
  let matches: Match[];

  beforeEach(async () => {
    await resetDevice();
    sessionStore.start(buildSession(buildUser({ role: 'investor', fullName: 'Rahman Hakim' })));
    stored = [];
    matches = [buildOpportunityMatch({ title: 'Kopi liberika Kayong Utara' }, { score: 55 })];
    api = installFakeApi()
      .on('GET /api/editions', { status: 200, body: { items: [], nextCursor: null } })
      .on('GET /api/notifications', () => ({ status: 200, body: { items: [...stored].reverse(), nextCursor: null, unreadCount: stored.filter((n) => !n.readAt).length } }))
      .on('GET /api/matches', () => ({ status: 200, body: { items: matches, nextCursor: null } }))
      .on('GET /api/matches/saved', { status: 200, body: { items: [], nextCursor: null } });
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('shows a toast linked to the opportunity, counts it on the bell, and puts the new match into the open list', async () => {
    const { realtime, user } = renderApp('/matches');
    expect(await screen.findByRole('heading', { level: 2, name: 'Kopi liberika Kayong Utara' })).toBeInTheDocument();
    await waitFor(() => expect(realtime.socket.connected).toBe(true));

    const sagu = buildOpportunityMatch({ id: OPPORTUNITY_ID, title: 'Pabrik sagu Kapuas Hulu' }, { score: 86 });
    matches = [sagu, ...matches];
    const notification = matchNew();
    stored.push(notification);
    act(() => realtime.socket.push('notification', notification));

    const toast = (await screen.findByText('Kecocokan baru: Pabrik sagu Kapuas Hulu (skor 86 dari 100)')).closest('li')!;
    expect(within(toast).getByRole('link', { name: 'Buka' })).toHaveAttribute('href', `/opportunities/${OPPORTUNITY_ID}`);
    // The ranked list is read again, without a reload.
    expect(await screen.findByRole('heading', { level: 2, name: 'Pabrik sagu Kapuas Hulu' })).toBeInTheDocument();
    expect(api.to('GET /api/matches').length).toBeGreaterThanOrEqual(2);

    await user.click(await screen.findByRole('button', { name: 'Notifikasi, 1 belum dibaca' }));
    const panel = screen.getByRole('region', { name: 'Notifikasi' });
    expect(within(panel).getByRole('link', { name: 'Kecocokan baru: Pabrik sagu Kapuas Hulu (skor 86 dari 100)' })).toHaveAttribute('href', `/opportunities/${OPPORTUNITY_ID}`);
  });
});
