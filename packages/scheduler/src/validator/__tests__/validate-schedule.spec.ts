import { describe, expect, it } from '@jest/globals';
import type { ScheduleResult } from '../../types.js';
import { buildInstance } from '../../__tests__/factories.js';
import { validateSchedule, type ViolationRule } from '../validate-schedule.js';

// Host h stays at table 2; p2 cannot attend s4; p3 takes one meeting at most.
const instance = buildInstance({
  tables: [2, 2, 2, 1],
  sessions: ['day1', 'day1', 'day1', 'day1'],
  participants: [{ id: 'h', homeTable: 2 }, 'p1', { id: 'p2', unavailable: ['s4'] }, { id: 'p3', maxMeetings: 1 }],
  meetings: [
    { a: 'h', b: 'p1', fixed: { slot: 's1', table: 2 } },
    'h-p2',
    'p1-p2',
    'p3-p1',
    'p3-p2',
  ],
});

function validResult(): ScheduleResult {
  return {
    assignments: [
      { meeting: 'm1', slot: 's1', table: 2 },
      { meeting: 'm2', slot: 's2', table: 2 },
      { meeting: 'm3', slot: 's3', table: 1 },
      { meeting: 'm4', slot: 's2', table: 1 },
    ],
    unplaced: [{ meeting: 'm5', reason: 'participant "p3" reached maxMeetings (1)' }],
    upperBound: { weight: 5, count: 5 },
    stats: { placedWeight: 4, placedCount: 4, ms: 1, zeroMeetingParticipants: 0, idleGaps: 0 },
  };
}

function rulesBroken(change: (result: ScheduleResult) => void): ViolationRule[] {
  const result = validResult();
  change(result);
  return validateSchedule(instance, result).map((violation) => violation.rule);
}

const placementOf = (result: ScheduleResult, meeting: string) => result.assignments.find((assignment) => assignment.meeting === meeting) as ScheduleResult['assignments'][number];

describe('validateSchedule', () => {
  it('accepts a schedule that obeys every rule', () => {
    expect(validateSchedule(instance, validResult())).toEqual([]);
  });

  it('catches a participant in two meetings in one slot', () => {
    expect(rulesBroken((result) => Object.assign(placementOf(result, 'm4'), { slot: 's3', table: 2 }))).toContain('participant-double-booked');
  });

  it('catches two meetings at the same table', () => {
    expect(rulesBroken((result) => Object.assign(placementOf(result, 'm4'), { table: 2 }))).toContain('table-double-booked');
  });

  it('catches a table the slot does not have', () => {
    expect(rulesBroken((result) => Object.assign(placementOf(result, 'm3'), { table: 3 }))).toContain('table-out-of-range');
  });

  it('catches a meeting in a slot a participant marked unavailable', () => {
    expect(rulesBroken((result) => Object.assign(placementOf(result, 'm3'), { slot: 's4', table: 1 }))).toContain('participant-unavailable');
  });

  it('catches a fixed meeting that moved', () => {
    expect(rulesBroken((result) => Object.assign(placementOf(result, 'm1'), { table: 1 }))).toEqual(['fixed-meeting-moved']);
  });

  it('catches a fixed meeting left unplaced', () => {
    expect(
      rulesBroken((result) => {
        result.assignments = result.assignments.filter((assignment) => assignment.meeting !== 'm1');
        result.unplaced.push({ meeting: 'm1', reason: 'dropped' });
      }),
    ).toContain('fixed-meeting-unplaced');
  });

  it('catches a host kept away from a home table that another meeting holds without a claim', () => {
    expect(
      rulesBroken((result) => {
        placementOf(result, 'm2').table = 1;
        placementOf(result, 'm4').table = 2;
      }),
    ).toEqual(['home-table-ignored']);
  });

  it('accepts a host away from a home table held by a fixed meeting', () => {
    const withFixedAtHome = buildInstance({
      tables: [2],
      participants: [{ id: 'h', homeTable: 2 }],
      meetings: [{ a: 'p1', b: 'p2', fixed: { slot: 's1', table: 2 } }, 'h-p3'],
    });
    const result: ScheduleResult = {
      assignments: [
        { meeting: 'm1', slot: 's1', table: 2 },
        { meeting: 'm2', slot: 's1', table: 1 },
      ],
      unplaced: [],
      upperBound: { weight: 2, count: 2 },
      stats: { placedWeight: 2, placedCount: 2, ms: 0, zeroMeetingParticipants: 0, idleGaps: 0 },
    };
    expect(validateSchedule(withFixedAtHome, result)).toEqual([]);
  });

  it('catches a participant above maxMeetings', () => {
    expect(
      rulesBroken((result) => {
        result.unplaced = [];
        result.assignments.push({ meeting: 'm5', slot: 's1', table: 1 });
        result.stats.placedWeight = 5;
        result.stats.placedCount = 5;
      }),
    ).toEqual(['max-meetings-exceeded']);
  });

  it('catches unknown meetings and slots', () => {
    const rules = rulesBroken((result) => {
      result.assignments.push({ meeting: 'm99', slot: 's1', table: 1 });
      placementOf(result, 'm3').slot = 's9';
    });
    expect(rules).toEqual(expect.arrayContaining(['unknown-meeting', 'unknown-slot']));
  });

  it('catches a meeting listed twice and a meeting missing', () => {
    expect(rulesBroken((result) => result.unplaced.push({ meeting: 'm3', reason: 'twice' }))).toContain('meeting-listed-twice');
    expect(rulesBroken((result) => (result.unplaced = []))).toEqual(['meeting-missing']);
  });

  it('catches stats that do not match the assignments', () => {
    expect(rulesBroken((result) => (result.stats.placedWeight = 3))).toEqual(['stats-mismatch']);
    expect(rulesBroken((result) => (result.stats.placedCount = 5))).toEqual(['stats-mismatch']);
    expect(rulesBroken((result) => (result.stats.idleGaps = 2))).toEqual(['stats-mismatch']);
    expect(rulesBroken((result) => (result.stats.zeroMeetingParticipants = 1))).toEqual(['stats-mismatch']);
  });

  it('counts an empty slot between two meetings of a participant in one session as an idle gap', () => {
    const gapInstance = buildInstance({ tables: [1, 1, 1], sessions: ['d1', 'd1', 'd1'], meetings: ['p1-p2', 'p1-p3'] });
    const result: ScheduleResult = {
      assignments: [
        { meeting: 'm1', slot: 's1', table: 1 },
        { meeting: 'm2', slot: 's3', table: 1 },
      ],
      unplaced: [],
      upperBound: { weight: 2, count: 2 },
      stats: { placedWeight: 2, placedCount: 2, ms: 0, zeroMeetingParticipants: 0, idleGaps: 1 },
    };
    expect(validateSchedule(gapInstance, result)).toEqual([]);
    const otherSessions = buildInstance({ tables: [1, 1, 1], sessions: ['d1', 'd1', 'd2'], meetings: ['p1-p2', 'p1-p3'] });
    expect(validateSchedule(otherSessions, result).map((violation) => violation.message)).toEqual(['idleGaps is 1, recount gives 0']);
  });

  it('catches a bound below the placed weight', () => {
    expect(rulesBroken((result) => (result.upperBound = { weight: 3, count: 5 }))).toEqual(['bound-below-placed']);
  });

  it('refuses a result without its parts', () => {
    expect(validateSchedule(instance, {} as ScheduleResult).map((violation) => violation.rule)).toEqual(['malformed-result']);
  });
});
