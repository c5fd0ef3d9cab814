// An independent check of a result against every rule of SCHEDULER.md. It shares nothing with the
// solver but the types, and is written for clarity (maps and plain loops) rather than speed, so
// that a bug in the solver's bookkeeping cannot hide behind the same bug here.
import type { Meeting, ScheduleInstance, ScheduleResult } from '../types.js';

export type ViolationRule =
  | 'malformed-result'
  | 'unknown-meeting'
  | 'unknown-slot'
  | 'meeting-listed-twice'
  | 'meeting-missing'
  | 'table-out-of-range'
  | 'table-double-booked'
  | 'participant-double-booked'
  | 'participant-unavailable'
  | 'fixed-meeting-moved'
  | 'fixed-meeting-unplaced'
  | 'home-table-ignored'
  | 'max-meetings-exceeded'
  | 'stats-mismatch'
  | 'bound-below-placed';

export interface ScheduleViolation {
  rule: ViolationRule;
  message: string;
}

const WEIGHT_TOLERANCE = 1e-6;

export function validateSchedule(instance: ScheduleInstance, result: ScheduleResult): ScheduleViolation[] {
  const violations: ScheduleViolation[] = [];
  const report = (rule: ViolationRule, message: string): void => {
    violations.push({ rule, message });
  };
  if (!result || !Array.isArray(result.assignments) || !Array.isArray(result.unplaced) || !result.stats || !result.upperBound) {
    report('malformed-result', 'result must have assignments, unplaced, upperBound and stats');
    return violations;
  }

  const meetings = new Map(instance.meetings.map((meeting) => [meeting.id, meeting]));
  const slots = new Map(instance.slots.map((slot) => [slot.id, slot]));
  const participants = new Map(instance.participants.map((participant) => [participant.id, participant]));
  const listed = new Set<string>();
  const placements = new Map<string, { slot: string; table: number }>();

  for (const assignment of result.assignments) {
    const meeting = meetings.get(assignment.meeting);
    if (!meeting) {
      report('unknown-meeting', `assignment names unknown meeting "${assignment.meeting}"`);
      continue;
    }
    if (listed.has(meeting.id)) {
      report('meeting-listed-twice', `meeting "${meeting.id}" is listed more than once`);
      continue;
    }
    listed.add(meeting.id);
    const slot = slots.get(assignment.slot);
    if (!slot) {
      report('unknown-slot', `meeting "${meeting.id}" is in unknown slot "${assignment.slot}"`);
      continue;
    }
    if (!Number.isInteger(assignment.table) || assignment.table < 1 || assignment.table > slot.tables) {
      report('table-out-of-range', `meeting "${meeting.id}" is at table ${assignment.table}, but slot "${slot.id}" has tables 1..${slot.tables}`);
      continue;
    }
    placements.set(meeting.id, { slot: slot.id, table: assignment.table });
  }
  for (const entry of result.unplaced) {
    if (!meetings.has(entry.meeting)) report('unknown-meeting', `unplaced list names unknown meeting "${entry.meeting}"`);
    else if (listed.has(entry.meeting)) report('meeting-listed-twice', `meeting "${entry.meeting}" is listed more than once`);
    else listed.add(entry.meeting);
  }
  for (const meeting of instance.meetings) {
    if (!listed.has(meeting.id)) report('meeting-missing', `meeting "${meeting.id}" is neither placed nor unplaced`);
  }

  checkSeating(placements, report);
  checkParticipants(instance, meetings, placements, report);
  checkFixedAndHomeTables(instance, meetings, participants, placements, report);
  checkStats(instance, result, meetings, placements, report);
  return violations;
}

type Report = (rule: ViolationRule, message: string) => void;
type Placements = Map<string, { slot: string; table: number }>;

/** Table numbers are checked against the slot's range above, so unique tables also cap the slot's load. */
function checkSeating(placements: Placements, report: Report): void {
  const seated = new Map<string, string>();
  for (const [meetingId, placement] of placements) {
    const key = `${placement.slot}#${placement.table}`;
    const other = seated.get(key);
    if (other !== undefined) report('table-double-booked', `meetings "${other}" and "${meetingId}" share table ${placement.table} in slot "${placement.slot}"`);
    else seated.set(key, meetingId);
  }
}

function checkParticipants(instance: ScheduleInstance, meetings: Map<string, Meeting>, placements: Placements, report: Report): void {
  const occupied = new Map<string, string>();
  const counts = new Map<string, number>();
  const unavailable = new Map(instance.participants.map((participant) => [participant.id, new Set(participant.unavailable ?? [])]));
  for (const [meetingId, placement] of placements) {
    const meeting = meetings.get(meetingId) as Meeting;
    for (const participantId of [meeting.a, meeting.b]) {
      const key = `${participantId}@${placement.slot}`;
      const other = occupied.get(key);
      if (other !== undefined) report('participant-double-booked', `participant "${participantId}" is in meetings "${other}" and "${meetingId}" in slot "${placement.slot}"`);
      else occupied.set(key, meetingId);
      if (unavailable.get(participantId)?.has(placement.slot)) {
        report('participant-unavailable', `meeting "${meetingId}" is in slot "${placement.slot}", which participant "${participantId}" marked unavailable`);
      }
      counts.set(participantId, (counts.get(participantId) ?? 0) + 1);
    }
  }
  for (const participant of instance.participants) {
    const count = counts.get(participant.id) ?? 0;
    if (participant.maxMeetings !== undefined && count > participant.maxMeetings) {
      report('max-meetings-exceeded', `participant "${participant.id}" has ${count} meetings, above maxMeetings ${participant.maxMeetings}`);
    }
  }
}

/**
 * Fixed meetings stay put. A host meets at their home table whenever they can: a placed, non-fixed
 * meeting of a host (whose home table exists in that slot) sits at one of its participants' home
 * tables, unless each of those tables is held by a meeting with a stronger claim to it (a meeting
 * fixed there, or one of another host of that same table).
 */
function checkFixedAndHomeTables(instance: ScheduleInstance, meetings: Map<string, Meeting>, participants: Map<string, { homeTable?: number }>, placements: Placements, report: Report): void {
  const holderOf = new Map<string, string>();
  for (const [meetingId, placement] of placements) holderOf.set(`${placement.slot}#${placement.table}`, meetingId);
  const tablesOf = new Map(instance.slots.map((slot) => [slot.id, slot.tables]));
  const homeTablesOf = (meeting: Meeting, slotId: string): number[] => {
    const tables = tablesOf.get(slotId) ?? 0;
    const homes = [participants.get(meeting.a)?.homeTable, participants.get(meeting.b)?.homeTable];
    return homes.filter((table): table is number => table !== undefined && table <= tables);
  };

  for (const meeting of instance.meetings) {
    const placement = placements.get(meeting.id);
    if (meeting.fixed) {
      if (!placement) report('fixed-meeting-unplaced', `fixed meeting "${meeting.id}" is not placed`);
      else if (placement.slot !== meeting.fixed.slot || placement.table !== meeting.fixed.table) {
        report('fixed-meeting-moved', `fixed meeting "${meeting.id}" moved from ${meeting.fixed.slot}/${meeting.fixed.table} to ${placement.slot}/${placement.table}`);
      }
      continue;
    }
    if (!placement) continue;
    const homes = homeTablesOf(meeting, placement.slot);
    if (homes.length === 0 || homes.includes(placement.table)) continue;
    const freeHome = homes.find((table) => {
      const holderId = holderOf.get(`${placement.slot}#${table}`);
      if (holderId === undefined) return true;
      const holder = meetings.get(holderId) as Meeting;
      const holderHasClaim = (holder.fixed?.slot === placement.slot && holder.fixed.table === table)
        || homeTablesOf(holder, placement.slot).includes(table);
      return !holderHasClaim;
    });
    if (freeHome !== undefined) {
      report('home-table-ignored', `meeting "${meeting.id}" is at table ${placement.table} of slot "${placement.slot}" although home table ${freeHome} could be used`);
    }
  }
}

function checkStats(instance: ScheduleInstance, result: ScheduleResult, meetings: Map<string, Meeting>, placements: Placements, report: Report): void {
  const { stats, upperBound } = result;
  let weight = 0;
  for (const meetingId of placements.keys()) weight += (meetings.get(meetingId) as Meeting).weight ?? 1;
  if (Math.abs(weight - stats.placedWeight) > WEIGHT_TOLERANCE) report('stats-mismatch', `placedWeight is ${stats.placedWeight}, the assignments weigh ${weight}`);
  if (stats.placedCount !== result.assignments.length) report('stats-mismatch', `placedCount is ${stats.placedCount}, there are ${result.assignments.length} assignments`);
  if (upperBound.weight < weight - WEIGHT_TOLERANCE) report('bound-below-placed', `upper bound ${upperBound.weight} is below the placed weight ${weight}`);
  else if (Math.abs(upperBound.weight - weight) <= WEIGHT_TOLERANCE && upperBound.count < placements.size) {
    report('bound-below-placed', `placed weight meets the bound but ${placements.size} meetings exceed its count ${upperBound.count}`);
  }

  const placedPerParticipant = new Map<string, number>();
  const requested = new Set<string>();
  for (const meeting of instance.meetings) {
    requested.add(meeting.a);
    requested.add(meeting.b);
    if (placements.has(meeting.id)) {
      placedPerParticipant.set(meeting.a, (placedPerParticipant.get(meeting.a) ?? 0) + 1);
      placedPerParticipant.set(meeting.b, (placedPerParticipant.get(meeting.b) ?? 0) + 1);
    }
  }
  const zero = [...requested].filter((participantId) => !placedPerParticipant.has(participantId)).length;
  if (zero !== stats.zeroMeetingParticipants) report('stats-mismatch', `zeroMeetingParticipants is ${stats.zeroMeetingParticipants}, recount gives ${zero}`);

  const gaps = countGaps(instance, meetings, placements);
  if (gaps !== stats.idleGaps) report('stats-mismatch', `idleGaps is ${stats.idleGaps}, recount gives ${gaps}`);

  if (instance.options?.replan && stats.movedMeetings !== undefined) {
    let moved = 0;
    for (const meeting of instance.meetings) {
      if (!meeting.current || meeting.fixed) continue;
      const placement = placements.get(meeting.id);
      if (!placement || placement.slot !== meeting.current.slot || placement.table !== meeting.current.table) moved++;
    }
    if (moved !== stats.movedMeetings) report('stats-mismatch', `movedMeetings is ${stats.movedMeetings}, recount gives ${moved}`);
  }
}

/** For each participant and session: empty slots between their first and last meeting of that session. */
function countGaps(instance: ScheduleInstance, meetings: Map<string, Meeting>, placements: Placements): number {
  const position = new Map<string, { session: string; index: number }>();
  const sessionLength = new Map<string, number>();
  for (const slot of instance.slots) {
    const session = slot.session ?? '';
    const index = sessionLength.get(session) ?? 0;
    position.set(slot.id, { session, index });
    sessionLength.set(session, index + 1);
  }
  const seen = new Map<string, number[]>();
  for (const [meetingId, placement] of placements) {
    const meeting = meetings.get(meetingId) as Meeting;
    const where = position.get(placement.slot);
    if (!where) continue;
    for (const participantId of [meeting.a, meeting.b]) {
      const key = `${participantId}@${where.session}`;
      const list = seen.get(key) ?? [];
      list.push(where.index);
      seen.set(key, list);
    }
  }
  let gaps = 0;
  for (const indices of seen.values()) {
    if (indices.length < 2) continue;
    gaps += Math.max(...indices) - Math.min(...indices) + 1 - new Set(indices).size;
  }
  return gaps;
}
