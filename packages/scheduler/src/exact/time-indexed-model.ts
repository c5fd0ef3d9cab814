// The time-indexed integer program, built straight from the instance (not from the solver's
// compiled model, so the two cannot share a mistake):
//   x[m,s] = 1 when meeting m sits in slot s, for every slot both participants can attend;
//   each meeting at most once; each participant at most once per slot and at most maxMeetings;
//   each slot at most its tables. Fixed meetings are decided in advance and only use up room.
// Maximise weight × K + 1 per placed meeting, K larger than any count, so weight comes first.
import type { ScheduleInstance } from '../types.js';

export interface TimeIndexedModel {
  numCols: number;
  numRows: number;
  colCost: number[];
  colUpper: number[];
  rowUpper: number[];
  /** Row-wise sparse matrix; every coefficient is 1. */
  rowStarts: number[];
  rowColumns: number[];
  /** Meeting index and slot id of every column. */
  columnMeeting: number[];
  columnSlot: string[];
  /** Objective value = weightScale × weight × countScale + count of the variable part. */
  countScale: number;
  weightScale: number;
  fixedWeight: number;
  fixedCount: number;
}

export function buildTimeIndexedModel(instance: ScheduleInstance): TimeIndexedModel {
  const unavailable = new Map(instance.participants.map((p) => [p.id, new Set(p.unavailable ?? [])]));
  const maxMeetings = new Map(instance.participants.map((p) => [p.id, p.maxMeetings ?? Number.POSITIVE_INFINITY]));
  const fixedHere = new Set<string>();
  const fixedInSlot = new Map<string, number>();
  const fixedPerParticipant = new Map<string, number>();
  let fixedWeight = 0;
  let fixedCount = 0;
  for (const meeting of instance.meetings) {
    if (!meeting.fixed) continue;
    fixedHere.add(`${meeting.a}@${meeting.fixed.slot}`);
    fixedHere.add(`${meeting.b}@${meeting.fixed.slot}`);
    fixedInSlot.set(meeting.fixed.slot, (fixedInSlot.get(meeting.fixed.slot) ?? 0) + 1);
    for (const p of [meeting.a, meeting.b]) fixedPerParticipant.set(p, (fixedPerParticipant.get(p) ?? 0) + 1);
    fixedWeight += meeting.weight ?? 1;
    fixedCount++;
  }
  const free = instance.meetings.filter((meeting) => !meeting.fixed);
  const weightScale = integerScale(free.map((meeting) => meeting.weight ?? 1));
  const countScale = free.length + 1;

  const columnMeeting: number[] = [];
  const columnSlot: string[] = [];
  const colCost: number[] = [];
  const rows = new Map<string, number[]>();
  const rowUpperByKey = new Map<string, number>();
  const addToRow = (key: string, upper: number, column: number): void => {
    const row = rows.get(key);
    if (row) row.push(column);
    else {
      rows.set(key, [column]);
      rowUpperByKey.set(key, upper);
    }
  };
  instance.meetings.forEach((meeting, index) => {
    if (meeting.fixed) return;
    const value = Math.round((meeting.weight ?? 1) * weightScale) * countScale + 1;
    for (const slot of instance.slots) {
      const room = slot.tables - (fixedInSlot.get(slot.id) ?? 0);
      if (room <= 0) continue;
      if (unavailable.get(meeting.a)?.has(slot.id) || unavailable.get(meeting.b)?.has(slot.id)) continue;
      if (fixedHere.has(`${meeting.a}@${slot.id}`) || fixedHere.has(`${meeting.b}@${slot.id}`)) continue;
      const column = colCost.length;
      colCost.push(value);
      columnMeeting.push(index);
      columnSlot.push(slot.id);
      addToRow(`meeting:${meeting.id}`, 1, column);
      addToRow(`slot:${slot.id}`, room, column);
      for (const p of [meeting.a, meeting.b]) {
        addToRow(`busy:${p}@${slot.id}`, 1, column);
        const limit = (maxMeetings.get(p) ?? Number.POSITIVE_INFINITY) - (fixedPerParticipant.get(p) ?? 0);
        if (Number.isFinite(limit)) addToRow(`max:${p}`, limit, column);
      }
    }
  });

  const rowStarts = [0];
  const rowColumns: number[] = [];
  const rowUpper: number[] = [];
  for (const [key, columns] of rows) {
    const upper = rowUpperByKey.get(key) as number;
    if (columns.length <= upper) continue;
    rowColumns.push(...columns);
    rowStarts.push(rowColumns.length);
    rowUpper.push(upper);
  }
  return {
    numCols: colCost.length,
    numRows: rowUpper.length,
    colCost,
    colUpper: colCost.map(() => 1),
    rowUpper,
    rowStarts,
    rowColumns,
    columnMeeting,
    columnSlot,
    countScale,
    weightScale,
    fixedWeight,
    fixedCount,
  };
}

function integerScale(weights: number[]): number {
  for (const scale of [1, 2, 3, 4, 5, 6, 8, 10, 12, 16, 20, 25, 50, 100, 1000]) {
    if (weights.every((weight) => Math.abs(weight * scale - Math.round(weight * scale)) < 1e-9)) return scale;
  }
  return 1000;
}
