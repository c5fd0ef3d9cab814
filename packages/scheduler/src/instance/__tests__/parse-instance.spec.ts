import { describe, expect, it } from '@jest/globals';
import { buildInstance } from '../../__tests__/factories.js';
import { solveSchedule } from '../../solve-schedule.js';
import { InvalidInstanceError } from '../invalid-instance-error.js';
import { parseInstance } from '../parse-instance.js';

/** The error a bad instance is refused with (fails the test if it is accepted). */
function refusal(raw: unknown): InvalidInstanceError {
  try {
    parseInstance(raw);
  } catch (error) {
    if (error instanceof InvalidInstanceError) return error;
    throw error;
  }
  throw new Error('the instance was accepted');
}

const withMeeting = (meeting: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  slots: [{ id: 's1', tables: 2 }, { id: 's2', tables: 1 }],
  participants: [{ id: 'p1' }, { id: 'p2', unavailable: ['s2'] }, { id: 'p3', maxMeetings: 1 }],
  meetings: [{ id: 'm1', a: 'p1', b: 'p3', ...meeting }],
  ...extra,
});

describe('parseInstance', () => {
  it('accepts a well-formed instance and keeps its optional fields', () => {
    const instance = buildInstance({
      tables: [1, 3],
      sessions: ['day1', 'day1'],
      participants: [{ id: 'h', homeTable: 3, maxMeetings: 4, unavailable: ['s1'] }],
      meetings: [{ a: 'h', b: 'p1', weight: 2.5, fixed: { slot: 's2', table: 3 } }],
      options: { seed: 4, timeLimitMs: 100, replan: false, maxIterations: 10 },
    });
    expect(parseInstance(instance)).toEqual(instance);
  });

  it('refuses a meeting naming an unknown participant, naming the meeting and the id', () => {
    const error = refusal(withMeeting({ b: 'ghost' }));
    expect(error.name).toBe('InvalidInstanceError');
    expect(error.message).toBe('meeting "m1": b names unknown participant "ghost"');
  });

  it('refuses a meeting of a participant with itself', () => {
    expect(refusal(withMeeting({ b: 'p1' })).message).toBe('meeting "m1": is a meeting of participant "p1" with itself');
  });

  it('refuses negative tables, naming the slot', () => {
    const error = refusal({ slots: [{ id: 's1', tables: -1 }], participants: [], meetings: [] });
    expect(error.message).toBe('slot "s1": tables must be a non-negative integer, got -1');
  });

  it('refuses duplicate ids of slots, participants and meetings', () => {
    const error = refusal({
      slots: [{ id: 's1', tables: 1 }, { id: 's1', tables: 1 }],
      participants: [{ id: 'p1' }, { id: 'p2' }, { id: 'p2' }],
      meetings: [{ id: 'm1', a: 'p1', b: 'p2' }, { id: 'm1', a: 'p1', b: 'p2' }],
    });
    expect(error.issues.map((issue) => `${issue.item}: ${issue.message}`)).toEqual([
      'slot "s1": duplicate slot id',
      'participant "p2": duplicate participant id',
      'meeting "m1": duplicate meeting id',
    ]);
  });

  it('refuses unknown slots in unavailability and fixed placements', () => {
    const unavailable = refusal({ slots: [{ id: 's1', tables: 1 }], participants: [{ id: 'p1', unavailable: ['s7'] }], meetings: [] });
    expect(unavailable.message).toBe('participant "p1": unavailable names unknown slot "s7"');
    expect(refusal(withMeeting({ fixed: { slot: 's9', table: 1 } })).message).toBe('meeting "m1": fixed names unknown slot "s9"');
  });

  it('refuses a fixed meeting at a table the slot does not have', () => {
    expect(refusal(withMeeting({ fixed: { slot: 's2', table: 2 } })).message).toBe('meeting "m1": fixed table 2 does not exist in slot "s2" (it has 1 tables)');
  });

  it('refuses a fixed meeting in a slot a participant cannot attend', () => {
    const error = refusal(withMeeting({ b: 'p2', fixed: { slot: 's2', table: 1 } }));
    expect(error.message).toBe('meeting "m1": fixed in slot "s2", which participant "p2" marked unavailable');
  });

  it('refuses two fixed meetings at one table or with one participant in one slot', () => {
    const sameTable = withMeeting({ fixed: { slot: 's1', table: 1 } });
    sameTable.meetings.push({ id: 'm2', a: 'p1', b: 'p2', fixed: { slot: 's1', table: 1 } } as never);
    const messages = refusal(sameTable).issues.map((issue) => issue.message);
    expect(messages).toContain('fixed at table 1 of slot "s1", which meeting "m1" also holds');
    expect(messages).toContain('fixed in slot "s1", where participant "p1" already has fixed meeting "m1"');
  });

  it('refuses fixed meetings beyond a participant\'s maxMeetings', () => {
    const instance = withMeeting({ fixed: { slot: 's2', table: 1 } });
    instance.meetings.push({ id: 'm2', a: 'p2', b: 'p3', fixed: { slot: 's1', table: 1 } } as never);
    expect(refusal(instance).message).toBe('meeting "m2": fixed meetings of participant "p3" exceed its maxMeetings of 1');
  });

  it('refuses negative weights, bad home tables and bad options', () => {
    expect(refusal(withMeeting({ weight: -1 })).message).toBe('meeting "m1": weight must be a finite non-negative number, got -1');
    const host = refusal({ slots: [], participants: [{ id: 'h', homeTable: 0 }], meetings: [] });
    expect(host.message).toBe('participant "h": homeTable must be a positive integer, got 0');
    expect(refusal(withMeeting({}, { options: { timeLimitMs: 0 } })).message).toBe('options: timeLimitMs must be a positive number, got 0');
    expect(refusal(withMeeting({}, { options: { replan: 'yes' } })).message).toBe('options: replan must be a boolean, got "yes"');
  });

  it('refuses anything but an object with slot, participant and meeting lists', () => {
    expect(refusal(null).message).toBe('instance: must be a JSON object');
    expect(refusal({ slots: [] }).message).toBe('instance: "participants" must be an array (and 1 more)');
  });

  it('is applied by the solver, which refuses a bad instance before scheduling', () => {
    expect(() => solveSchedule(withMeeting({ a: 'nobody' }))).toThrow('meeting "m1": a names unknown participant "nobody"');
  });
});
