import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import { sessionStore } from '../../auth/session/session-store';
import { apiError, buildSession, buildUser } from '../../../test/factories';
import { installFakeApi, type FakeApi } from '../../../test/fake-api';
import { renderApp, resetDevice } from '../../../test/render-app';
import { buildMeeting, EDITION, page, setViewerTimeZone, SLOTS, TABLES } from '../../meetings/__tests__/meeting-factories';
import { buildScheduleGrid, moveConflicts } from '../schedule-grid';

const organiser = buildUser({ role: 'organiser', fullName: 'Yohana Sitompul' });
const base = `/api/editions/${EDITION.id}`;
const rahman = { id: '66666666-6666-4666-8666-000000000020', fullName: 'Rahman Hakim', role: 'investor' };
const hendra = { id: '66666666-6666-4666-8666-000000000021', fullName: 'Hendra Wijaya', role: 'business' };
const dayang = { id: '66666666-6666-4666-8666-000000000022', fullName: 'Dayang Nurfaizah', role: 'business' };
const budi = { id: '66666666-6666-4666-8666-000000000023', fullName: 'Budi Santoso', role: 'investor' };

// 13:00 T1 Rahman–Hendra (the one we move); 13:30 T1 Rahman–Dayang; 14:00 T1 Budi–Dayang.
const moving = buildMeeting([rahman, hendra], SLOTS[0], TABLES[0]);
const rahmanBusy = buildMeeting([rahman, dayang], SLOTS[1], TABLES[0]);
const otherPair = buildMeeting([budi, dayang], SLOTS[2], TABLES[0]);
const MEETINGS = [moving, rahmanBusy, otherPair];

describe('schedule grid rules', () => {
  const grid = buildScheduleGrid(MEETINGS, { unavailableByUser: new Map([[hendra.id, [SLOTS[3].id]]]) });

  it('finds the table taken, the participant busy and the participant unavailable', () => {
    expect(moveConflicts(grid, moving, { slotId: SLOTS[2].id, tableId: TABLES[0].id })).toEqual([{ kind: 'table_taken', meetingId: otherPair.id }]);
    expect(moveConflicts(grid, moving, { slotId: SLOTS[1].id, tableId: TABLES[1].id })).toEqual([{ kind: 'participant_busy', userId: rahman.id, meetingId: rahmanBusy.id }]);
    expect(moveConflicts(grid, moving, { slotId: SLOTS[3].id, tableId: TABLES[0].id })).toEqual([{ kind: 'participant_unavailable', userId: hendra.id }]);
    expect(moveConflicts(grid, moving, { slotId: SLOTS[2].id, tableId: TABLES[1].id })).toEqual([]);
  });

  it('never counts a meeting against itself, so it can change table within its own slot', () => {
    expect(moveConflicts(grid, moving, { slotId: SLOTS[0].id, tableId: TABLES[0].id })).toEqual([]);
    expect(moveConflicts(grid, moving, { slotId: SLOTS[0].id, tableId: TABLES[1].id })).toEqual([]);
  });

  it('ignores cancelled meetings and keeps agreed ones without a slot apart', () => {
    const unplaced = buildMeeting([budi, hendra], null, null);
    const cancelled = buildMeeting([budi, hendra], SLOTS[4], TABLES[0], { status: 'cancelled' });
    const withMore = buildScheduleGrid([...MEETINGS, unplaced, cancelled]);
    expect(withMore.unplaced).toEqual([unplaced]);
    expect(moveConflicts(withMore, moving, { slotId: SLOTS[4].id, tableId: TABLES[0].id })).toEqual([]);
  });
});

describe('organiser schedule grid', () => {
  let api: FakeApi;

  beforeEach(async () => {
    await resetDevice();
    setViewerTimeZone('Asia/Pontianak');
    sessionStore.start(buildSession(organiser));
    api = installFakeApi()
      .on(`GET ${base}`, { status: 200, body: EDITION })
      .on(`GET ${base}/slots`, { status: 200, body: SLOTS })
      .on(`GET ${base}/tables`, { status: 200, body: TABLES })
      .on(`GET ${base}/meetings`, page(MEETINGS));
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  async function pickMovingMeeting(user: ReturnType<typeof renderApp>['user']) {
    await user.click(await screen.findByRole('button', { name: /Rahman Hakim ↔ Hendra Wijaya \(Kam, 29 Okt · 13:00–13:30, Meja 1/ }));
  }

  /** The grid cell of a slot (by index) and a table (by number), found by its accessible name. */
  const cell = (slot: number, table: number) => {
    const range = `${SLOTS[slot].startsAt.slice(11, 16)}–${SLOTS[slot].endsAt.slice(11, 16)}`;
    return screen.getByRole('button', { name: new RegExp(`· ${range}, Meja ${table}:`) });
  };

  it('shows the meetings in their slot and table', async () => {
    renderApp(`/editions/${EDITION.id}/console`);

    const grid = (await screen.findAllByRole('table'))[0];
    expect(within(grid).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Waktu', 'Meja 1', 'Meja 2', 'Meja 3']);
    expect(within(grid).getByRole('button', { name: /Rahman Hakim ↔ Dayang Nurfaizah \(.*13:30–14:00, Meja 1, Terjadwal\)/ })).toBeInTheDocument();
    expect(screen.getByText('3 pertemuan terjadwal · 0 menunggu slot · 18 sel')).toBeInTheDocument();
  });

  it('highlights every target cell as free or in conflict, with the reason, before anything is saved', async () => {
    const { user } = renderApp(`/editions/${EDITION.id}/console`);
    await pickMovingMeeting(user);

    expect(cell(1, 2)).toHaveAttribute('data-state', 'conflict');
    expect(cell(1, 2)).toHaveAccessibleName(/Rahman Hakim sudah ada pertemuan pada slot ini/);
    expect(cell(2, 1)).toHaveAttribute('data-state', 'conflict');
    expect(cell(2, 1)).toHaveAccessibleName(/Meja 1 sudah dipakai Budi Santoso ↔ Dayang Nurfaizah/);
    expect(cell(2, 2)).toHaveAttribute('data-state', 'free');
    expect(cell(0, 2)).toHaveAttribute('data-state', 'free');

    await user.click(cell(1, 2));

    const bar = screen.getByRole('region', { name: 'Rahman Hakim ↔ Hendra Wijaya' });
    expect(within(bar).getByRole('list', { name: 'Bentrok' })).toHaveTextContent('Rahman Hakim sudah ada pertemuan pada slot ini');
    expect(within(bar).getByRole('button', { name: 'Simpan pemindahan' })).toBeDisabled();
    expect(api.to(`POST /api/meetings/${moving.id}/reschedule`)).toHaveLength(0);
  });

  it('marks a slot the participant cannot attend as a conflict, from the organiser’s view of availability', async () => {
    api.on(`GET ${base}/unavailabilities`, { status: 200, body: { items: [{ userId: hendra.id, slotIds: [SLOTS[3].id] }] } });
    const { user } = renderApp(`/editions/${EDITION.id}/console`);
    await pickMovingMeeting(user);

    await waitFor(() => expect(cell(3, 1)).toHaveAttribute('data-state', 'conflict'));
    expect(cell(3, 1)).toHaveAccessibleName(/Hendra Wijaya/);
  });

  it('saves a move to exactly the cell that was picked', async () => {
    api.on(`POST /api/meetings/${moving.id}/reschedule`, { status: 200, body: { ...moving, slotId: SLOTS[2].id, tableId: TABLES[2].id } });
    const { user } = renderApp(`/editions/${EDITION.id}/console`);
    await pickMovingMeeting(user);

    await user.click(cell(2, 3));

    const bar = screen.getByRole('region', { name: 'Rahman Hakim ↔ Hendra Wijaya' });
    expect(bar).toHaveTextContent('Pindahkan ke Kam, 29 Okt · 14:00–14:30, Meja 3.');
    await user.click(within(bar).getByRole('button', { name: 'Simpan pemindahan' }));

    expect(await screen.findByText('Pertemuan dipindahkan.')).toBeInTheDocument();
    expect(api.to(`POST /api/meetings/${moving.id}/reschedule`)[0].body).toEqual({ slotId: SLOTS[2].id, tableId: TABLES[2].id });
    await waitFor(() => expect(api.to(`GET ${base}/meetings`).length).toBeGreaterThan(1));
  });

  it('shows the API’s 409 when the cell was taken meanwhile', async () => {
    api.on(`POST /api/meetings/${moving.id}/reschedule`, apiError(409, 'Conflict', 'Dayang Nurfaizah sudah memiliki pertemuan pada slot ini.', [{ path: 'slotId', message: 'Dayang Nurfaizah sudah memiliki pertemuan pada slot ini.' }]));
    const { user } = renderApp(`/editions/${EDITION.id}/console`);
    await pickMovingMeeting(user);

    await user.click(cell(4, 1));
    await user.click(screen.getByRole('button', { name: 'Simpan pemindahan' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Dayang Nurfaizah sudah memiliki pertemuan pada slot ini.');
  });
});
