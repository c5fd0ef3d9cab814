import { beforeEach, describe, expect, it } from '@jest/globals';
import { QueryClient } from '@tanstack/react-query';
import { buildUser } from '../../../test/factories';
import { buildAgenda, buildAgendaItem, buildRegistration, EDITION, SLOTS, TABLES } from '../../meetings/__tests__/meeting-factories';
import { scheduleKeys } from '../../meetings/schedule-queries';
import { buildSavedCopy, clearSavedCopy, readSavedCopy, SAVED_COPY_STORAGE_KEY, writeSavedCopy } from '../saved-copy';
import { formatSavedTime } from '../saved-time';

const investor = buildUser({ role: 'investor', fullName: 'Rahman Hakim' });
const business = { id: '66666666-6666-4666-8666-000000000001', fullName: 'Hendra Wijaya', role: 'business', organisation: 'CV Sagu Kapuas' };
const AGENDA = buildAgenda([{ date: '2099-10-29', items: [buildAgendaItem(business, SLOTS[0], TABLES[0])] }]);

function clientWith(entries: Array<[readonly unknown[], unknown]>, updatedAt = 1_000): QueryClient {
  const client = new QueryClient();
  for (const [key, data] of entries) client.setQueryData(key, data, { updatedAt });
  return client;
}

beforeEach(() => {
  localStorage.clear();
});

describe('what the offline copy keeps', () => {
  it('saves the venue queries and the person, and nothing else: no other query, no token', () => {
    const client = clientWith([
      [scheduleKeys.agenda(EDITION.id), AGENDA],
      [['editions', EDITION.id], EDITION],
      [scheduleKeys.slots(EDITION.id), SLOTS],
      [scheduleKeys.tables(EDITION.id), TABLES],
      [scheduleKeys.registration(EDITION.id), buildRegistration(investor)],
      [scheduleKeys.meetings(EDITION.id), []],
      [['editions'], { items: [EDITION], nextCursor: null }],
      // Not for offline use: searches, other people's lists, the private calendar-feed address.
      [['opportunities', 'search', { q: 'sagu' }], { items: [], nextCursor: null }],
      [[...scheduleKeys.participants(EDITION.id), {}], { items: [], nextCursor: null }],
      [['me', 'agenda-feed'], { active: true, url: 'https://serumpun.id/feed/secret-token' }],
      [['notifications'], { items: [] }],
    ]);

    const copy = buildSavedCopy(client, investor);

    expect(copy.user).toEqual(investor);
    expect(copy.queries.map((query) => query.queryKey)).toEqual([
      ['agenda', EDITION.id],
      ['editions', EDITION.id, 'registration'],
      ['editions', EDITION.id],
      ['editions', EDITION.id, 'meetings'],
      ['editions', EDITION.id, 'slots'],
      ['editions', EDITION.id, 'tables'],
      ['editions'],
    ]);
    expect(writeSavedCopy(copy)).toBe(true);
    const stored = localStorage.getItem(SAVED_COPY_STORAGE_KEY)!;
    expect(stored).not.toMatch(/secret-token|accessToken|refreshToken/);
  });

  it('stays under its size cap by dropping the least needed queries first, the agenda last', () => {
    const client = clientWith([
      [scheduleKeys.agenda(EDITION.id), AGENDA],
      [scheduleKeys.tables(EDITION.id), TABLES],
      [scheduleKeys.slots(EDITION.id), SLOTS],
    ]);
    const everything = JSON.stringify(buildSavedCopy(client, investor)).length;
    const withoutSlots = JSON.stringify(buildSavedCopy(clientWith([[scheduleKeys.agenda(EDITION.id), AGENDA], [scheduleKeys.tables(EDITION.id), TABLES]]), investor)).length;

    const capped = buildSavedCopy(client, investor, { maxChars: withoutSlots + 10 });

    expect(everything).toBeGreaterThan(withoutSlots + 10);
    expect(capped.queries.map((query) => query.queryKey[2] ?? query.queryKey[0])).toEqual(['agenda', 'tables']);
    expect(JSON.stringify(capped).length).toBeLessThanOrEqual(withoutSlots + 10);
    // Too small for anything but the person: still a valid (empty) copy.
    expect(buildSavedCopy(client, investor, { maxChars: 10 }).queries).toEqual([]);
  });

  it('keeps what was saved for a query the cache has since let go, and replaces what it holds anew', () => {
    const earlier = buildSavedCopy(clientWith([[scheduleKeys.agenda('yesterday-edition'), AGENDA], [scheduleKeys.agenda(EDITION.id), AGENDA]], 1_000), investor);
    const fresher = buildAgenda([]);

    const copy = buildSavedCopy(clientWith([[scheduleKeys.agenda(EDITION.id), fresher]], 2_000), investor, { previous: earlier.queries });

    expect(copy.queries).toEqual([
      { queryKey: ['agenda', EDITION.id], data: fresher, dataUpdatedAt: 2_000 },
      { queryKey: ['agenda', 'yesterday-edition'], data: AGENDA, dataUpdatedAt: 1_000 },
    ]);
  });
});

describe('reading the copy back', () => {
  it('returns what was written', () => {
    writeSavedCopy(buildSavedCopy(clientWith([[scheduleKeys.agenda(EDITION.id), AGENDA]]), investor, { now: 5_000 }));

    expect(readSavedCopy()).toEqual({ format: 1, user: investor, savedAt: 5_000, queries: [{ queryKey: ['agenda', EDITION.id], data: AGENDA, dataUpdatedAt: 1_000 }] });
    clearSavedCopy();
    expect(readSavedCopy()).toBeNull();
  });

  it('drops entries that are not whitelisted or no longer have the shape the app expects, and copies it cannot trust', () => {
    const copy = buildSavedCopy(clientWith([[scheduleKeys.agenda(EDITION.id), AGENDA]]), investor);
    localStorage.setItem(
      SAVED_COPY_STORAGE_KEY,
      JSON.stringify({
        ...copy,
        queries: [
          ...copy.queries,
          { queryKey: ['profile', 'me'], data: { secret: true }, dataUpdatedAt: 1 },
          { queryKey: scheduleKeys.slots(EDITION.id), data: [{ id: 'not-a-slot' }], dataUpdatedAt: 1 },
        ],
      }),
    );
    expect(readSavedCopy()?.queries.map((query) => query.queryKey)).toEqual([['agenda', EDITION.id]]);

    localStorage.setItem(SAVED_COPY_STORAGE_KEY, JSON.stringify({ ...copy, format: 99 }));
    expect(readSavedCopy()).toBeNull();
    localStorage.setItem(SAVED_COPY_STORAGE_KEY, JSON.stringify({ ...copy, user: { id: 'x' } }));
    expect(readSavedCopy()).toBeNull();
    localStorage.setItem(SAVED_COPY_STORAGE_KEY, '{not json');
    expect(readSavedCopy()).toBeNull();
  });
});

describe('the time of the saved copy', () => {
  // 30 Oct 2025 09:41 in Pontianak (UTC+7).
  const at = Date.parse('2025-10-30T02:41:00Z');

  it('reads as a clock time on the same day, with the date on an earlier one', () => {
    expect(formatSavedTime(at, 'id', Date.parse('2025-10-30T05:00:00Z'), 'Asia/Pontianak')).toBe('09:41');
    expect(formatSavedTime(at, 'en', Date.parse('2025-10-31T05:00:00Z'), 'Asia/Pontianak')).toBe('30 Oct 09:41');
    expect(formatSavedTime(at, 'id', Date.parse('2025-10-31T05:00:00Z'), 'Asia/Pontianak')).toMatch(/^30 Okt 09:41$/);
  });

  it('follows the device’s zone: the same instant is 10:41 in Kuching', () => {
    expect(formatSavedTime(at, 'ms', Date.parse('2025-10-30T05:00:00Z'), 'Asia/Kuching')).toBe('10:41');
  });
});
