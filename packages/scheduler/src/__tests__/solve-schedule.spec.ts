import { describe, expect, it } from '@jest/globals';
import { generateInstance } from '../generator/generate-instance.js';
import { solveSchedule } from '../solve-schedule.js';
import type { ScheduleInstance, ScheduleResult } from '../types.js';
import { validateSchedule } from '../validator/validate-schedule.js';
import { buildInstance } from './factories.js';

function solveValid(instance: ScheduleInstance): ScheduleResult {
  const result = solveSchedule(instance);
  expect(validateSchedule(instance, result)).toEqual([]);
  return result;
}

const placedIds = (result: ScheduleResult): string[] => result.assignments.map((assignment) => assignment.meeting).sort();

describe('solveSchedule', () => {
  it('places every meeting when the slots allow it, reaching the bound', () => {
    const result = solveValid(buildInstance({ tables: [1, 1, 1], meetings: ['p1-p2', 'p2-p3', 'p1-p3'] }));
    expect(result.stats.placedCount).toBe(3);
    expect(result.upperBound).toEqual({ weight: 3, count: 3 });
    expect(result.unplaced).toEqual([]);
  });

  it('puts no more meetings in a slot than it has tables', () => {
    const result = solveValid(buildInstance({ tables: [1], meetings: ['p1-p2', 'p3-p4'] }));
    expect(result.stats.placedCount).toBe(1);
    expect(result.unplaced[0].reason).toMatch(/^no room/);
  });

  it('prefers more weight to more meetings', () => {
    const result = solveValid(buildInstance({ tables: [2], meetings: [{ a: 'p1', b: 'p2', weight: 3 }, 'p1-p3', 'p2-p4'] }));
    expect(placedIds(result)).toEqual(['m1']);
    expect(result.stats.placedWeight).toBe(3);
  });

  it('avoids leaving a participant without meetings when another placement of equal weight exists', () => {
    const result = solveValid(buildInstance({ tables: [1, 1], meetings: ['p1-p2', 'p1-p3', 'p2-p4'] }));
    expect(placedIds(result)).toEqual(['m2', 'm3']);
    expect(result.stats.zeroMeetingParticipants).toBe(0);
  });

  it('seats a host at their home table whenever it is free', () => {
    const instance = buildInstance({
      tables: [3, 3],
      participants: [{ id: 'host', homeTable: 3 }],
      meetings: ['host-p1', 'host-p2', 'p3-p4', 'p5-p6'],
    });
    const result = solveValid(instance);
    for (const assignment of result.assignments) {
      if (assignment.meeting === 'm1' || assignment.meeting === 'm2') expect(assignment.table).toBe(3);
    }
  });

  it('keeps fixed meetings where they are and plans around them', () => {
    const instance = buildInstance({ tables: [1, 1], meetings: [{ a: 'p1', b: 'p2', fixed: { slot: 's2', table: 1 } }, 'p1-p3', 'p3-p4'] });
    const result = solveValid(instance);
    expect(result.assignments).toContainEqual({ meeting: 'm1', slot: 's2', table: 1 });
    expect(result.stats.placedCount).toBe(2);
  });

  it('respects maxMeetings and says why a meeting stayed out', () => {
    const instance = buildInstance({ tables: [2, 2, 2], participants: [{ id: 'p1', maxMeetings: 2 }], meetings: ['p1-p2', 'p1-p3', 'p1-p4'] });
    const result = solveValid(instance);
    expect(result.stats.placedCount).toBe(2);
    expect(result.unplaced[0].reason).toBe('participant "p1" reached maxMeetings (2)');
  });

  it('says when two participants share no free slot', () => {
    const instance = buildInstance({ tables: [1, 1], participants: [{ id: 'p1', unavailable: ['s1'] }, { id: 'p2', unavailable: ['s2'] }], meetings: ['p1-p2'] });
    expect(solveValid(instance).unplaced).toEqual([{ meeting: 'm1', reason: 'no common free slot' }]);
  });

  it('bounds meetings among three participants who all want to meet in a single slot by one', () => {
    const result = solveValid(buildInstance({ tables: [3], meetings: ['p1-p2', 'p2-p3', 'p1-p3'] }));
    expect(result.upperBound).toEqual({ weight: 1, count: 1 });
    expect(result.stats.placedCount).toBe(1);
  });

  it('leaves no idle gap that moving a meeting would close', () => {
    const instance = buildInstance({ tables: [1, 1, 1, 1], sessions: ['d1', 'd1', 'd1', 'd1'], meetings: ['p1-p2', 'p1-p3'] });
    expect(solveValid(instance).stats.idleGaps).toBe(0);
  });

  it('when re-planning, keeps meetings where they were unless their slot became impossible', () => {
    const instance = buildInstance({
      tables: [2, 2, 2],
      participants: [{ id: 'p3', unavailable: ['s1'] }],
      meetings: [
        { a: 'p1', b: 'p2', current: { slot: 's3', table: 2 } },
        { a: 'p3', b: 'p4', current: { slot: 's1', table: 1 } },
        { a: 'p1', b: 'p4', current: { slot: 's2', table: 1 } },
      ],
      options: { replan: true },
    });
    const result = solveValid(instance);
    expect(result.assignments).toContainEqual({ meeting: 'm1', slot: 's3', table: 2 });
    expect(result.assignments).toContainEqual({ meeting: 'm3', slot: 's2', table: 1 });
    expect(result.stats.movedMeetings).toBe(1);
  });

  it('ignores previous placements unless asked to re-plan', () => {
    const instance = buildInstance({ tables: [1, 1], meetings: [{ a: 'p1', b: 'p2', current: { slot: 's2', table: 1 } }] });
    expect(solveValid(instance).stats.movedMeetings).toBeUndefined();
  });

  it('reports progress as non-decreasing fractions that end at 1', () => {
    const fractions: number[] = [];
    const instance = generateInstance({ participants: 60, planted: true }, 2);
    instance.options = { seed: 1, timeLimitMs: 2000 };
    solveSchedule(instance, { onProgress: (fraction) => fractions.push(fraction) });
    expect(fractions.length).toBeGreaterThan(2);
    expect(fractions[fractions.length - 1]).toBe(1);
    fractions.forEach((fraction, index) => expect(fraction).toBeGreaterThanOrEqual(fractions[index - 1] ?? 0));
  });

  // Speed is measured by the bench, never asserted here: this checks that a short limit still
  // yields a valid, near-bound schedule.
  it('returns a valid near-bound schedule under a short time limit on an instance it cannot finish', () => {
    const instance = generateInstance({ participants: 400, planted: true }, 3);
    instance.options = { seed: 1, timeLimitMs: 300 };
    const result = solveValid(instance);
    expect(result.stats.placedWeight).toBeGreaterThan(0.9 * result.upperBound.weight);
  });

  it('reaches the bound on a generated edition of 200 participants with ample tables', () => {
    const instance = generateInstance({ participants: 200, tableFactor: 1.2, fixedShare: 0.02, homeTableShare: 0.3 }, 11);
    const result = solveValid(instance);
    expect(result.stats.placedWeight).toBe(result.upperBound.weight);
  });
});
