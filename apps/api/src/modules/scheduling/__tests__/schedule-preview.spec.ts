import { describe, expect, it } from '@jest/globals';
import { solveSchedule } from '@serumpun/scheduler';
import { buildScheduleInstance } from '../schedule-instance.js';
import { buildPreview, idleGaps } from '../schedule-preview.js';
import type { EditionSnapshot } from '../scheduling.repository.js';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const person = (n: number) => ({ id: uuid(100 + n), fullName: `Peserta ${n}` });
const at = (minutes: number) => new Date(Date.UTC(2030, 0, 7, 1, minutes));

/** Four 30-minute slots from 09:00 (two, a lunch break, two), `tables` tables. */
function snapshot(tables: number, meetings: EditionSnapshot['meetings'], unavailabilities: EditionSnapshot['unavailabilities'] = []): EditionSnapshot {
  return {
    editionId: uuid(1),
    timeZone: 'Asia/Jakarta',
    breakMinutes: 0,
    slots: [0, 30, 120, 150].map((start, i) => ({ id: uuid(10 + i), startsAt: at(start), endsAt: at(start + 30), started: false })),
    tables: Array.from({ length: tables }, (_, i) => ({ id: uuid(20 + i), number: i + 1 })),
    unavailabilities,
    meetings,
  };
}

const meeting = (n: number, a: number, b: number, slot: number | null = null, table = 1) => ({
  id: uuid(200 + n),
  status: 'scheduled' as const,
  slotId: slot === null ? null : uuid(10 + slot),
  tableId: slot === null ? null : uuid(19 + table),
  checkedIn: false,
  participants: [person(a), person(b)],
});

describe('schedule instance and preview', () => {
  it('splits sessions at a pause longer than the break and fixes booked meetings in fill mode', () => {
    const edition = buildScheduleInstance(snapshot(2, [meeting(1, 1, 2, 0), meeting(2, 1, 3)]), 'fill', { timeLimitMs: 1000, seed: 1 });
    expect(edition.instance.slots.map((slot) => slot.session)).toEqual(['session-0', 'session-0', 'session-1', 'session-1']);
    expect(edition.instance.meetings[0]).toEqual(expect.objectContaining({ fixed: { slot: uuid(10), table: 1 } }));
    expect(edition.instance.meetings[1].fixed).toBeUndefined();
    const replan = buildScheduleInstance(snapshot(2, [meeting(1, 1, 2, 0)]), 'replan', { timeLimitMs: 1000, seed: 1 });
    expect(replan.instance.meetings[0]).toEqual(expect.objectContaining({ current: { slot: uuid(10), table: 1 } }));
    expect(replan.instance.options).toEqual(expect.objectContaining({ replan: true }));
  });

  it('counts idle gaps inside a session only', () => {
    const edition = buildScheduleInstance(snapshot(2, [meeting(1, 1, 2), meeting(2, 1, 3), meeting(3, 1, 4)]), 'fill', { timeLimitMs: 1000, seed: 1 });
    const place = (slot: number) => ({ slotId: uuid(10 + slot), tableNumber: 1 });
    // Participant 1 meets at 09:00 (morning) and at 11:00 and 11:30 (afternoon): no gap.
    expect(idleGaps(edition, new Map([[uuid(201), place(0)], [uuid(202), place(3)], [uuid(203), place(2)]]))).toBe(0);
    // With a break of 120 minutes the pause is no session boundary: 09:00 and 11:00 leave 09:30 idle.
    const morning = buildScheduleInstance({ ...snapshot(2, [meeting(1, 1, 2), meeting(2, 1, 3)]), breakMinutes: 120 }, 'fill', { timeLimitMs: 1000, seed: 1 });
    expect(idleGaps(morning, new Map([[uuid(201), place(0)], [uuid(202), place(2)]]))).toBe(1);
  });

  it('previews the solver result with placements to write and reasons for what stays unplaced', () => {
    const meetings = [meeting(1, 1, 2), meeting(2, 3, 4), meeting(3, 5, 6)];
    // 5 and 6 never share a free slot.
    const unavailable = [0, 1].map((slot) => ({ userId: person(5).id, slotId: uuid(10 + slot) })).concat([2, 3].map((slot) => ({ userId: person(6).id, slotId: uuid(10 + slot) })));
    const edition = buildScheduleInstance(snapshot(1, meetings, unavailable), 'fill', { timeLimitMs: 1000, seed: 1 });
    const { preview, changes } = buildPreview(edition, solveSchedule(edition.instance), 'Asia/Jakarta');
    expect([preview.before.placed, preview.after.placed, preview.placed]).toEqual([0, 2, 2]);
    expect(preview.newlyPlaced).toBe(2);
    expect(preview.unplacedMeetings).toEqual([{ meetingId: uuid(203), participants: [person(5), person(6)], reason: 'no_common_free_slot', participantId: null }]);
    expect(changes.map((change) => change.kind)).toEqual(['placed', 'placed']);
    expect(changes.every((change) => change.tableId === uuid(20))).toBe(true);
  });
});
