import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import type { Meeting, ScheduleRun, ScheduleRunPreview } from '@serumpun/shared';
import { act, screen, waitFor, within } from '@testing-library/react';
import { sessionStore } from '../../auth/session/session-store';
import { apiError, buildSession, buildUser } from '../../../test/factories';
import { installFakeApi, type FakeApi } from '../../../test/fake-api';
import { renderApp, resetDevice } from '../../../test/render-app';
import { buildMeeting, EDITION, page, setViewerTimeZone, SLOTS, TABLES, uuid } from '../../meetings/__tests__/meeting-factories';

const organiser = buildUser({ role: 'organiser', fullName: 'Yohana Sitompul' });
const base = `/api/editions/${EDITION.id}`;
const rahman = { id: '66666666-6666-4666-8666-000000000030', fullName: 'Rahman Hakim', role: 'investor' };
const hendra = { id: '66666666-6666-4666-8666-000000000031', fullName: 'Hendra Wijaya', role: 'business' };
const dayang = { id: '66666666-6666-4666-8666-000000000032', fullName: 'Dayang Nurfaizah', role: 'business' };
const budi = { id: '66666666-6666-4666-8666-000000000033', fullName: 'Budi Santoso', role: 'investor' };

const waiting = buildMeeting([rahman, hendra], null, null);
const leftOut = buildMeeting([budi, dayang], null, null);
const RUN_ID = '77777777-7777-4777-8777-000000000001';

function buildPreview(overrides: Partial<ScheduleRunPreview> = {}): ScheduleRunPreview {
  return {
    placed: 1,
    unplaced: 1,
    upperBound: { weight: 1, count: 1 },
    moved: 0,
    newlyPlaced: 1,
    before: { placed: 0, placedWeight: 0, unplaced: 2, zeroMeetingParticipants: 4, idleGaps: 0 },
    after: { placed: 1, placedWeight: 1, unplaced: 1, zeroMeetingParticipants: 2, idleGaps: 0 },
    unplacedMeetings: [
      {
        meetingId: leftOut.id,
        participants: [
          { id: budi.id, fullName: budi.fullName },
          { id: dayang.id, fullName: dayang.fullName },
        ],
        reason: 'no_common_free_slot',
        participantId: null,
      },
    ],
    moves: [],
    ms: 12,
    ...overrides,
  };
}

function buildRun(overrides: Partial<ScheduleRun> = {}): ScheduleRun {
  return {
    id: RUN_ID,
    editionId: EDITION.id,
    mode: 'fill',
    status: 'done',
    progress: 1,
    result: buildPreview(),
    error: null,
    createdAt: '2099-10-01T02:00:00.000Z',
    finishedAt: '2099-10-01T02:00:01.000Z',
    publishedAt: null,
    ...overrides,
  };
}

describe('schedule meetings panel', () => {
  let api: FakeApi;
  let meetings: Meeting[];

  beforeEach(async () => {
    await resetDevice();
    setViewerTimeZone('Asia/Pontianak');
    sessionStore.start(buildSession(organiser));
    meetings = [waiting, leftOut];
    api = installFakeApi()
      .on(`GET ${base}`, { status: 200, body: EDITION })
      .on(`GET ${base}/slots`, { status: 200, body: SLOTS })
      .on(`GET ${base}/tables`, { status: 200, body: TABLES })
      .on(`GET ${base}/meetings`, () => page(meetings))
      .on(`GET ${base}/schedule-runs`, { status: 200, body: [] });
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('starts a fill run, follows its progress, previews the result and publishes it into the grid', async () => {
    const reads: ScheduleRun[] = [buildRun({ status: 'running', progress: 0.4, result: null, finishedAt: null }), buildRun()];
    api
      .on(`POST ${base}/schedule-runs`, { status: 202, body: { id: RUN_ID } })
      .on(`GET /api/schedule-runs/${RUN_ID}`, () => ({ status: 200, body: reads.length > 1 ? reads.shift() : reads[0] }))
      .on(`POST /api/schedule-runs/${RUN_ID}/publish`, () => {
        meetings = [{ ...waiting, slotId: SLOTS[0].id, tableId: TABLES[0].id, tableNumber: 1, startsAt: SLOTS[0].startsAt, endsAt: SLOTS[0].endsAt }, leftOut];
        return { status: 200, body: { runId: RUN_ID, placed: 1, moved: 0, unplaced: 0 } };
      });
    const { user } = renderApp(`/editions/${EDITION.id}/console`);

    const panel = await screen.findByRole('region', { name: 'Jadwalkan pertemuan' });
    expect(within(panel).getByRole('radio', { name: /Isi/ })).toBeChecked();
    await user.click(within(panel).getByRole('button', { name: 'Mulai penjadwalan' }));
    expect(api.to(`POST ${base}/schedule-runs`)[0].body).toEqual({ mode: 'fill' });

    expect(await within(panel).findByRole('progressbar', { name: 'Kemajuan penjadwalan' })).toHaveAttribute('value', '0.4');
    expect(within(panel).getByText('Menjadwalkan… 40 %')).toBeInTheDocument();

    // The next poll brings the result.
    const preview = await within(panel).findByRole('region', { name: 'Pratinjau hasil' }, { timeout: 4000 });
    const figures = within(preview).getByRole('table');
    expect(within(figures).getByRole('row', { name: 'Pertemuan terjadwal 0 1' })).toBeInTheDocument();
    expect(within(figures).getByRole('row', { name: 'Peserta tanpa pertemuan 4 2' })).toBeInTheDocument();
    expect(within(figures).getByRole('row', { name: 'Jumlah pertemuan terbanyak yang mungkin (batas atas) 1' })).toBeInTheDocument();
    expect(within(preview).getByRole('list', { name: 'Pertemuan yang tetap tanpa slot' })).toHaveTextContent('Budi Santoso ↔ Dayang Nurfaizah: tidak ada slot kosong bersama');

    await user.click(within(panel).getByRole('button', { name: 'Terbitkan jadwal' }));
    const confirm = within(panel).getByRole('alertdialog');
    expect(confirm).toHaveTextContent('Terbitkan jadwal ini?');
    expect(api.to(`POST /api/schedule-runs/${RUN_ID}/publish`)).toHaveLength(0);
    await user.click(within(confirm).getByRole('button', { name: 'Ya, terbitkan' }));

    expect(await within(panel).findByText(/Jadwal diterbitkan: 1 ditempatkan, 0 dipindah/)).toBeInTheDocument();
    const grid = screen.getAllByRole('table').find((table) => !preview.contains(table))!;
    expect(await within(grid).findByRole('button', { name: /Rahman Hakim ↔ Hendra Wijaya \(.*13:00–13:30, Meja 1/ })).toBeInTheDocument();
  });

  it('picks up a run still in progress after a reload, without offering a second start', async () => {
    api.on(`GET ${base}/schedule-runs`, { status: 200, body: [buildRun({ status: 'queued', progress: 0, result: null, finishedAt: null })] });
    api.on(`GET /api/schedule-runs/${RUN_ID}`, { status: 200, body: buildRun({ status: 'queued', progress: 0, result: null, finishedAt: null }) });
    renderApp(`/editions/${EDITION.id}/console`);
    const panel = await screen.findByRole('region', { name: 'Jadwalkan pertemuan' });
    expect(await within(panel).findByText('Menunggu giliran…')).toBeInTheDocument();
    expect(within(panel).queryByRole('button', { name: 'Mulai penjadwalan' })).not.toBeInTheDocument();
  });

  it('moves the progress bar on the edition’s live progress events', async () => {
    const running = buildRun({ status: 'running', progress: 0.1, result: null, finishedAt: null });
    api.on(`GET ${base}/schedule-runs`, { status: 200, body: [running] });
    api.on(`GET /api/schedule-runs/${RUN_ID}`, { status: 200, body: running });
    const { realtime } = renderApp(`/editions/${EDITION.id}/console`);
    const panel = await screen.findByRole('region', { name: 'Jadwalkan pertemuan' });
    const bar = await within(panel).findByRole('progressbar', { name: 'Kemajuan penjadwalan' });
    await waitFor(() => expect(realtime.socket.emitted).toContainEqual({ event: 'edition.subscribe', payload: { editionId: EDITION.id } }));
    act(() => realtime.socket.push('schedule_run.progress', { runId: RUN_ID, editionId: EDITION.id, progress: 0.75, status: 'running' }));
    await waitFor(() => expect(bar).toHaveAttribute('value', '0.75'));
  });

  it('words a refused start in the API’s message', async () => {
    api.on(`POST ${base}/schedule-runs`, apiError(409, 'Conflict', 'Penjadwalan untuk edisi ini sedang berjalan.'));
    const { user } = renderApp(`/editions/${EDITION.id}/console`);
    const panel = await screen.findByRole('region', { name: 'Jadwalkan pertemuan' });
    await user.click(within(panel).getByRole('radio', { name: /Susun ulang/ }));
    await user.click(within(panel).getByRole('button', { name: 'Mulai penjadwalan' }));
    expect(await within(panel).findByRole('alert')).toHaveTextContent('Penjadwalan untuk edisi ini sedang berjalan.');
    expect(api.to(`POST ${base}/schedule-runs`)[0].body).toEqual({ mode: 'replan' });
  });

  it('lists the moves of a re-plan with reasons for what stays out, and shows a publish conflict', async () => {
    const moved = buildMeeting([rahman, dayang], SLOTS[0], TABLES[0]);
    const result = buildPreview({
      moved: 1,
      moves: [
        {
          meetingId: moved.id,
          participants: [
            { id: rahman.id, fullName: rahman.fullName },
            { id: dayang.id, fullName: dayang.fullName },
          ],
          from: { slotId: SLOTS[0].id, startsAt: SLOTS[0].startsAt, tableId: TABLES[0].id, tableNumber: 1 },
          to: { slotId: SLOTS[1].id, startsAt: SLOTS[1].startsAt, tableId: TABLES[1].id, tableNumber: 2 },
        },
      ],
      unplacedMeetings: [
        { meetingId: uuid(), participants: [{ id: budi.id, fullName: budi.fullName }, { id: hendra.id, fullName: hendra.fullName }], reason: 'participant_overbooked', participantId: budi.id },
      ],
    });
    const run = buildRun({ mode: 'replan', result });
    api
      .on(`GET ${base}/schedule-runs`, { status: 200, body: [run] })
      .on(`GET /api/schedule-runs/${RUN_ID}`, { status: 200, body: run })
      .on(`POST /api/schedule-runs/${RUN_ID}/publish`, apiError(409, 'Conflict', 'Pertemuan, slot, meja, atau ketersediaan di edisi ini berubah sejak penjadwalan dimulai.'));
    const { user } = renderApp(`/editions/${EDITION.id}/console`);

    const moves = await screen.findByRole('list', { name: 'Pertemuan yang dipindah' });
    expect(moves).toHaveTextContent('Rahman Hakim ↔ Dayang Nurfaizah: Kam, 29 Okt · 13:00–13:30, meja 1 → Kam, 29 Okt · 13:30–14:00, meja 2');
    expect(screen.getByRole('list', { name: 'Pertemuan yang tetap tanpa slot' })).toHaveTextContent('Budi Santoso punya lebih banyak pertemuan daripada slot kosong');

    await user.click(screen.getByRole('button', { name: 'Terbitkan jadwal' }));
    await user.click(screen.getByRole('button', { name: 'Ya, terbitkan' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('berubah sejak penjadwalan dimulai');
    await waitFor(() => expect(api.to(`POST /api/schedule-runs/${RUN_ID}/publish`)).toHaveLength(1));
  });
});
