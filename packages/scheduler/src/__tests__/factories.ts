// Test data builders: small readable instances for behaviour tests, and random legal instances
// (fast-check) for property tests.
import fc from 'fast-check';
import type { Meeting, Participant, ScheduleInstance, Slot } from '../types.js';

export interface InstanceSketch {
  /** Tables per slot; one entry per slot, ids s1, s2, ... */
  tables?: number[];
  sessions?: string[];
  participants?: (string | Participant)[];
  /** "p1-p2" shorthand or a full meeting; ids m1, m2, ... when absent. */
  meetings?: (string | (Omit<Meeting, 'id'> & { id?: string }))[];
  options?: ScheduleInstance['options'];
}

/** Builds an instance from a sketch: `buildInstance({ tables: [1, 1], meetings: ['p1-p2'] })`. */
export function buildInstance(sketch: InstanceSketch = {}): ScheduleInstance {
  const tables = sketch.tables ?? [2, 2, 2];
  const slots: Slot[] = tables.map((count, index) => {
    const slot: Slot = { id: `s${index + 1}`, tables: count };
    const session = sketch.sessions?.[index];
    if (session !== undefined) slot.session = session;
    return slot;
  });
  const meetings: Meeting[] = (sketch.meetings ?? []).map((entry, index) => {
    if (typeof entry === 'string') {
      const [a, b] = entry.split('-');
      return { id: `m${index + 1}`, a, b };
    }
    return { ...entry, id: entry.id ?? `m${index + 1}` };
  });
  const named = new Map<string, Participant>();
  for (const entry of sketch.participants ?? []) {
    const participant = typeof entry === 'string' ? { id: entry } : entry;
    named.set(participant.id, participant);
  }
  for (const meeting of meetings) {
    for (const id of [meeting.a, meeting.b]) if (!named.has(id)) named.set(id, { id });
  }
  const instance: ScheduleInstance = { slots, participants: [...named.values()], meetings };
  if (sketch.options) instance.options = sketch.options;
  return instance;
}

/**
 * Random small instances that obey the format: sessions, tables (some slots without any),
 * unavailability, home tables, maxMeetings, fractional weights, legal fixed meetings and, when
 * re-planning, previous placements that may or may not still be valid.
 */
export function arbitraryInstance(): fc.Arbitrary<ScheduleInstance> {
  return fc
    .record({
      slotCount: fc.integer({ min: 1, max: 7 }),
      participantCount: fc.integer({ min: 2, max: 9 }),
      seed: fc.integer({ min: 0, max: 1000 }),
      replan: fc.boolean(),
      tables: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 7, maxLength: 7 }),
      sessionBreaks: fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }),
      unavailable: fc.array(fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }), { minLength: 9, maxLength: 9 }),
      homeTables: fc.array(fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }), { minLength: 9, maxLength: 9 }),
      maxMeetings: fc.array(fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }), { minLength: 9, maxLength: 9 }),
      meetings: fc.array(
        fc.record({
          a: fc.nat(),
          b: fc.nat(),
          weight: fc.constantFrom(1, 1, 2, 3, 0.5),
          fixed: fc.option(fc.record({ slot: fc.nat(), table: fc.integer({ min: 1, max: 4 }) }), { nil: undefined, freq: 5 }),
          current: fc.option(fc.record({ slot: fc.nat(), table: fc.integer({ min: 1, max: 4 }) }), { nil: undefined, freq: 2 }),
        }),
        { maxLength: 24 },
      ),
    })
    .map((draw) => {
      let session = 1;
      const slots: Slot[] = Array.from({ length: draw.slotCount }, (_, s) => {
        if (s > 0 && draw.sessionBreaks[s]) session++;
        return { id: `s${s + 1}`, tables: draw.tables[s], session: `day${session}` };
      });
      const participants: Participant[] = Array.from({ length: draw.participantCount }, (_, p) => {
        const participant: Participant = { id: `p${p + 1}` };
        const unavailable = slots.filter((_, s) => draw.unavailable[p][s] && (p + s) % 3 === 0).map((slot) => slot.id);
        if (unavailable.length > 0) participant.unavailable = unavailable;
        if (draw.homeTables[p] !== undefined && p % 2 === 0) participant.homeTable = draw.homeTables[p];
        if (draw.maxMeetings[p] !== undefined && p % 3 === 1) participant.maxMeetings = draw.maxMeetings[p];
        return participant;
      });
      const meetings: Meeting[] = [];
      for (const drawn of draw.meetings) {
        const a = drawn.a % draw.participantCount;
        const b = (a + 1 + (drawn.b % (draw.participantCount - 1))) % draw.participantCount;
        const meeting: Meeting = { id: `m${meetings.length + 1}`, a: participants[a].id, b: participants[b].id };
        if (drawn.weight !== 1) meeting.weight = drawn.weight;
        if (drawn.current) meeting.current = { slot: slots[drawn.current.slot % slots.length].id, table: drawn.current.table };
        if (drawn.fixed) meeting.fixed = { slot: slots[drawn.fixed.slot % slots.length].id, table: drawn.fixed.table };
        meetings.push(meeting);
      }
      const instance: ScheduleInstance = {
        slots,
        participants,
        meetings,
        options: { seed: draw.seed, maxIterations: 3000, timeLimitMs: 60000, ...(draw.replan ? { replan: true } : {}) },
      };
      dropIllegalFixedMeetings(instance);
      return instance;
    });
}

/** Keeps only the fixed meetings that together obey every rule, as a published schedule would. */
export function dropIllegalFixedMeetings(instance: ScheduleInstance): void {
  const tables = new Map(instance.slots.map((slot) => [slot.id, slot.tables]));
  const participants = new Map(instance.participants.map((participant) => [participant.id, participant]));
  const usedTables = new Set<string>();
  const busy = new Set<string>();
  const counts = new Map<string, number>();
  for (const meeting of instance.meetings) {
    const fixed = meeting.fixed;
    if (!fixed) continue;
    const legal = fixed.table <= (tables.get(fixed.slot) ?? 0)
      && !usedTables.has(`${fixed.slot}#${fixed.table}`)
      && [meeting.a, meeting.b].every((id) => {
        const participant = participants.get(id) as Participant;
        return !busy.has(`${id}@${fixed.slot}`)
          && !(participant.unavailable ?? []).includes(fixed.slot)
          && (counts.get(id) ?? 0) < (participant.maxMeetings ?? Number.POSITIVE_INFINITY);
      });
    if (!legal) {
      delete meeting.fixed;
      continue;
    }
    usedTables.add(`${fixed.slot}#${fixed.table}`);
    for (const id of [meeting.a, meeting.b]) {
      busy.add(`${id}@${fixed.slot}`);
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
}
