// Turns untrusted JSON into a ScheduleInstance, refusing anything the solver could not honour.
// Checks are plain TypeScript: the format is small, and each message must name the exact item.
import type { Meeting, Participant, Placement, ScheduleInstance, ScheduleOptions, Slot } from '../types.js';
import { InvalidInstanceError, type InstanceIssue } from './invalid-instance-error.js';

const MAX_ISSUES = 100;

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isNonNegativeInteger = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
const isPositiveInteger = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 1;

class IssueList {
  readonly issues: InstanceIssue[] = [];
  add(item: string, message: string): void {
    if (this.issues.length < MAX_ISSUES) this.issues.push({ item, message });
  }
}

/** Validates `raw` against the instance format; throws InvalidInstanceError listing every problem found. */
export function parseInstance(raw: unknown): ScheduleInstance {
  const issues = new IssueList();
  if (!isObject(raw)) {
    throw new InvalidInstanceError([{ item: 'instance', message: 'must be a JSON object' }]);
  }
  for (const key of ['slots', 'participants', 'meetings'] as const) {
    if (!Array.isArray(raw[key])) issues.add('instance', `"${key}" must be an array`);
  }
  if (issues.issues.length > 0) throw new InvalidInstanceError(issues.issues);

  const slots = parseSlots(raw.slots as unknown[], issues);
  const tablesBySlot = new Map(slots.map((slot) => [slot.id, slot.tables]));
  const participants = parseParticipants(raw.participants as unknown[], tablesBySlot, issues);
  const participantsById = new Map(participants.map((participant) => [participant.id, participant]));
  const meetings = parseMeetings(raw.meetings as unknown[], participantsById, tablesBySlot, issues);
  const options = parseOptions(raw.options, issues);
  if (issues.issues.length === 0) checkFixedMeetings(meetings, participantsById, issues);
  if (issues.issues.length > 0) throw new InvalidInstanceError(issues.issues);
  return options ? { slots, participants, meetings, options } : { slots, participants, meetings };
}

function parseId(value: unknown, kind: string, index: number, seen: Set<string>, issues: IssueList): string | undefined {
  if (typeof value !== 'string' || value.length === 0) {
    issues.add(`${kind} #${index}`, 'id must be a non-empty string');
    return undefined;
  }
  if (seen.has(value)) {
    issues.add(`${kind} "${value}"`, `duplicate ${kind} id`);
    return undefined;
  }
  seen.add(value);
  return value;
}

function parseSlots(rawSlots: unknown[], issues: IssueList): Slot[] {
  const seen = new Set<string>();
  const slots: Slot[] = [];
  rawSlots.forEach((rawSlot, index) => {
    if (!isObject(rawSlot)) return issues.add(`slot #${index}`, 'must be an object');
    const id = parseId(rawSlot.id, 'slot', index, seen, issues);
    if (id === undefined) return;
    const item = `slot "${id}"`;
    if (!isNonNegativeInteger(rawSlot.tables)) {
      issues.add(item, `tables must be a non-negative integer, got ${JSON.stringify(rawSlot.tables)}`);
      return;
    }
    const slot: Slot = { id, tables: rawSlot.tables };
    if (rawSlot.session !== undefined) {
      if (typeof rawSlot.session !== 'string') issues.add(item, 'session must be a string');
      else slot.session = rawSlot.session;
    }
    slots.push(slot);
  });
  return slots;
}

function parseParticipants(rawParticipants: unknown[], tablesBySlot: Map<string, number>, issues: IssueList): Participant[] {
  const seen = new Set<string>();
  const participants: Participant[] = [];
  rawParticipants.forEach((rawParticipant, index) => {
    if (!isObject(rawParticipant)) return issues.add(`participant #${index}`, 'must be an object');
    const id = parseId(rawParticipant.id, 'participant', index, seen, issues);
    if (id === undefined) return;
    const item = `participant "${id}"`;
    const participant: Participant = { id };
    if (rawParticipant.unavailable !== undefined) {
      if (!Array.isArray(rawParticipant.unavailable)) {
        issues.add(item, 'unavailable must be an array of slot ids');
      } else {
        const unknown = rawParticipant.unavailable.filter((slotId) => typeof slotId !== 'string' || !tablesBySlot.has(slotId));
        if (unknown.length > 0) issues.add(item, `unavailable names unknown slot ${JSON.stringify(unknown[0])}`);
        else participant.unavailable = rawParticipant.unavailable as string[];
      }
    }
    if (rawParticipant.homeTable !== undefined) {
      if (!isPositiveInteger(rawParticipant.homeTable)) issues.add(item, `homeTable must be a positive integer, got ${JSON.stringify(rawParticipant.homeTable)}`);
      else participant.homeTable = rawParticipant.homeTable;
    }
    if (rawParticipant.maxMeetings !== undefined) {
      if (!isNonNegativeInteger(rawParticipant.maxMeetings)) issues.add(item, `maxMeetings must be a non-negative integer, got ${JSON.stringify(rawParticipant.maxMeetings)}`);
      else participant.maxMeetings = rawParticipant.maxMeetings;
    }
    participants.push(participant);
  });
  return participants;
}

function parsePlacement(value: unknown, field: string, item: string, tablesBySlot: Map<string, number>, issues: IssueList, mustFitTables: boolean): Placement | undefined {
  if (!isObject(value)) {
    issues.add(item, `${field} must be an object { slot, table }`);
    return undefined;
  }
  if (typeof value.slot !== 'string' || !tablesBySlot.has(value.slot)) {
    issues.add(item, `${field} names unknown slot ${JSON.stringify(value.slot)}`);
    return undefined;
  }
  if (!isPositiveInteger(value.table)) {
    issues.add(item, `${field} table must be a positive integer, got ${JSON.stringify(value.table)}`);
    return undefined;
  }
  const tables = tablesBySlot.get(value.slot) ?? 0;
  if (mustFitTables && value.table > tables) {
    issues.add(item, `${field} table ${value.table} does not exist in slot "${value.slot}" (it has ${tables} tables)`);
    return undefined;
  }
  return { slot: value.slot, table: value.table };
}

function parseMeetings(rawMeetings: unknown[], participantsById: Map<string, Participant>, tablesBySlot: Map<string, number>, issues: IssueList): Meeting[] {
  const seen = new Set<string>();
  const meetings: Meeting[] = [];
  rawMeetings.forEach((rawMeeting, index) => {
    if (!isObject(rawMeeting)) return issues.add(`meeting #${index}`, 'must be an object');
    const id = parseId(rawMeeting.id, 'meeting', index, seen, issues);
    if (id === undefined) return;
    const item = `meeting "${id}"`;
    const { a, b } = rawMeeting;
    let valid = true;
    for (const [field, value] of [['a', a], ['b', b]] as const) {
      if (typeof value !== 'string' || !participantsById.has(value)) {
        issues.add(item, `${field} names unknown participant ${JSON.stringify(value)}`);
        valid = false;
      }
    }
    if (valid && a === b) {
      issues.add(item, `is a meeting of participant "${String(a)}" with itself`);
      valid = false;
    }
    const meeting: Meeting = { id, a: a as string, b: b as string };
    if (rawMeeting.weight !== undefined) {
      if (typeof rawMeeting.weight !== 'number' || !Number.isFinite(rawMeeting.weight) || rawMeeting.weight < 0) {
        issues.add(item, `weight must be a finite non-negative number, got ${JSON.stringify(rawMeeting.weight)}`);
        valid = false;
      } else {
        meeting.weight = rawMeeting.weight;
      }
    }
    if (rawMeeting.fixed !== undefined) {
      const fixed = parsePlacement(rawMeeting.fixed, 'fixed', item, tablesBySlot, issues, true);
      if (fixed) meeting.fixed = fixed;
      else valid = false;
    }
    if (rawMeeting.current !== undefined) {
      // A previous table may no longer exist after the organiser removed tables: that only forces a move.
      const current = parsePlacement(rawMeeting.current, 'current', item, tablesBySlot, issues, false);
      if (current) meeting.current = current;
      else valid = false;
    }
    if (valid) meetings.push(meeting);
  });
  return meetings;
}

function parseOptions(rawOptions: unknown, issues: IssueList): ScheduleOptions | undefined {
  if (rawOptions === undefined) return undefined;
  if (!isObject(rawOptions)) {
    issues.add('options', 'must be an object');
    return undefined;
  }
  const options: ScheduleOptions = {};
  const { timeLimitMs, seed, replan, maxIterations } = rawOptions;
  if (timeLimitMs !== undefined) {
    if (typeof timeLimitMs !== 'number' || !Number.isFinite(timeLimitMs) || timeLimitMs <= 0) issues.add('options', `timeLimitMs must be a positive number, got ${JSON.stringify(timeLimitMs)}`);
    else options.timeLimitMs = timeLimitMs;
  }
  if (seed !== undefined) {
    if (typeof seed !== 'number' || !Number.isFinite(seed)) issues.add('options', `seed must be a finite number, got ${JSON.stringify(seed)}`);
    else options.seed = seed;
  }
  if (replan !== undefined) {
    if (typeof replan !== 'boolean') issues.add('options', `replan must be a boolean, got ${JSON.stringify(replan)}`);
    else options.replan = replan;
  }
  if (maxIterations !== undefined) {
    if (!isNonNegativeInteger(maxIterations)) issues.add('options', `maxIterations must be a non-negative integer, got ${JSON.stringify(maxIterations)}`);
    else options.maxIterations = maxIterations;
  }
  return options;
}

/** Fixed meetings cannot be moved to make room, so together they must already obey every rule. */
function checkFixedMeetings(meetings: Meeting[], participantsById: Map<string, Participant>, issues: IssueList): void {
  const tableHolder = new Map<string, string>();
  const participantSlotHolder = new Map<string, string>();
  const fixedCount = new Map<string, number>();
  const unavailableSets = new Map<string, Set<string>>();
  for (const meeting of meetings) {
    const fixed = meeting.fixed;
    if (!fixed) continue;
    const item = `meeting "${meeting.id}"`;
    const tableKey = `${fixed.slot}\u0000${fixed.table}`;
    const holder = tableHolder.get(tableKey);
    if (holder !== undefined) issues.add(item, `fixed at table ${fixed.table} of slot "${fixed.slot}", which meeting "${holder}" also holds`);
    else tableHolder.set(tableKey, meeting.id);
    for (const participantId of [meeting.a, meeting.b]) {
      const participant = participantsById.get(participantId) as Participant;
      let unavailable = unavailableSets.get(participantId);
      if (!unavailable) {
        unavailable = new Set(participant.unavailable ?? []);
        unavailableSets.set(participantId, unavailable);
      }
      if (unavailable.has(fixed.slot)) issues.add(item, `fixed in slot "${fixed.slot}", which participant "${participantId}" marked unavailable`);
      const slotKey = `${participantId}\u0000${fixed.slot}`;
      const other = participantSlotHolder.get(slotKey);
      if (other !== undefined) issues.add(item, `fixed in slot "${fixed.slot}", where participant "${participantId}" already has fixed meeting "${other}"`);
      else participantSlotHolder.set(slotKey, meeting.id);
      const count = (fixedCount.get(participantId) ?? 0) + 1;
      fixedCount.set(participantId, count);
      if (participant.maxMeetings !== undefined && count === participant.maxMeetings + 1) {
        issues.add(item, `fixed meetings of participant "${participantId}" exceed its maxMeetings of ${participant.maxMeetings}`);
      }
    }
  }
}
