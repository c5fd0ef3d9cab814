// Seeded random instances shaped like a B2B edition: companies request meetings with investors
// (some investors far more popular than others), a few company-company meetings, participants
// who drop slots, scarce or ample tables, published (fixed) meetings, hosts with home tables.
// Shared by the tests and the benchmark so both judge the scheduler on the same ground.
import { createSeededRandom, type SeededRandom } from '../random/seeded-random.js';
import type { Meeting, Participant, ScheduleInstance, Slot } from '../types.js';

export interface InstanceShape {
  participants: number;
  /** Share of participants who are investors (the requested side). Default 0.5. */
  investorShare?: number;
  /** Requests each company makes, inclusive range. Default [5, 16]. */
  requests?: [number, number];
  /** Number of slots, inclusive range. Default [18, 36]. */
  slots?: [number, number];
  /** Slots per session (participant-day). Default 9. */
  slotsPerSession?: number;
  /** Tables per slot as a multiple of the meetings per slot. Default 0.9. */
  tableFactor?: number;
  /** Share of slots each participant marks unavailable, inclusive range. Default [0.1, 0.5]. */
  unavailable?: [number, number];
  /** Share of investors who are popular, and how many times more often they are requested. */
  popularShare?: number;
  popularFactor?: number;
  /** Share of requests between two companies (the graph is then not bipartite). Default 0. */
  peerShare?: number;
  /** Share of meetings already published at a fixed (slot, table). Default 0. */
  fixedShare?: number;
  /** Share of investors hosting at a home table. Default 0. */
  homeTableShare?: number;
  /** Share of participants with a maxMeetings below their request count. Default 0. */
  maxMeetingsShare?: number;
  /**
   * Adversarial: a hidden perfect schedule decides everything, so every participant has exactly as
   * many requests as free slots and every slot exactly as many tables as it needs.
   */
  planted?: boolean;
  /** Planted only: tables per slot as a multiple of the hidden schedule's load. Default 1 (no spare table). */
  plantedTableSlack?: number;
}

const WEIGHTS = [1, 1, 1, 1, 1, 1, 1, 2, 2, 3];

export function generateInstance(shape: InstanceShape, seed: number): ScheduleInstance {
  const random = createSeededRandom(seed);
  return shape.planted ? generatePlanted(shape, random, seed) : generateRequested(shape, random, seed);
}

function makeSlots(count: number, perSession: number): Slot[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `s${index + 1}`,
    tables: 0,
    session: `day${Math.floor(index / perSession) + 1}`,
  }));
}

function generateRequested(shape: InstanceShape, random: SeededRandom, seed: number): ScheduleInstance {
  const [minSlots, maxSlots] = shape.slots ?? [18, 36];
  const slots = makeSlots(random.between(minSlots, maxSlots), shape.slotsPerSession ?? 9);
  const investorCount = Math.max(1, Math.round(shape.participants * (shape.investorShare ?? 0.5)));
  const companyCount = Math.max(1, shape.participants - investorCount);
  const participants: Participant[] = [];
  for (let i = 0; i < investorCount; i++) participants.push({ id: `inv${i + 1}` });
  for (let i = 0; i < companyCount; i++) participants.push({ id: `co${i + 1}` });

  const popularity = Array.from({ length: investorCount }, () => (random.next() < (shape.popularShare ?? 0) ? shape.popularFactor ?? 4 : 1));
  const cumulative: number[] = [];
  popularity.reduce((sum, value, index) => (cumulative[index] = sum + value), 0);
  const pickInvestor = (): number => {
    const target = random.next() * cumulative[cumulative.length - 1];
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle] > target) high = middle;
      else low = middle + 1;
    }
    return low;
  };

  const [minRequests, maxRequests] = shape.requests ?? [5, 16];
  const meetings: Meeting[] = [];
  const pairs = new Set<string>();
  const addMeeting = (a: string, b: string): void => {
    const key = a < b ? `${a}|${b}` : `${b}|${a}`;
    if (pairs.has(key)) return;
    pairs.add(key);
    const meeting: Meeting = { id: `m${meetings.length + 1}`, a, b };
    const weight = WEIGHTS[random.below(WEIGHTS.length)];
    if (weight !== 1) meeting.weight = weight;
    meetings.push(meeting);
  };
  for (let c = 0; c < companyCount; c++) {
    const company = `co${c + 1}`;
    const requests = random.between(minRequests, Math.min(maxRequests, investorCount + companyCount - 1));
    for (let r = 0, tries = 0; r < requests && tries < requests * 20; tries++) {
      const before = pairs.size;
      if (random.next() < (shape.peerShare ?? 0) && companyCount > 1) {
        const other = random.below(companyCount);
        if (other !== c) addMeeting(company, `co${other + 1}`);
      } else {
        addMeeting(company, `inv${pickInvestor() + 1}`);
      }
      if (pairs.size > before) r++;
    }
  }

  const [minDrop, maxDrop] = shape.unavailable ?? [0.1, 0.5];
  for (const participant of participants) {
    const share = minDrop + random.next() * (maxDrop - minDrop);
    const dropped = slots.filter(() => random.next() < share).map((slot) => slot.id);
    if (dropped.length > 0) participant.unavailable = dropped;
  }
  const tables = Math.max(1, Math.round(((shape.tableFactor ?? 0.9) * meetings.length) / slots.length));
  for (const slot of slots) slot.tables = tables;

  addHomeTables(participants.slice(0, investorCount), tables, shape.homeTableShare ?? 0, random);
  addMaxMeetings(participants, meetings, shape.maxMeetingsShare ?? 0, random);
  addFixedMeetings(slots, participants, meetings, shape.fixedShare ?? 0, random);
  return { slots, participants, meetings, options: { seed, timeLimitMs: 20000 } };
}

function addHomeTables(investors: Participant[], tables: number, share: number, random: SeededRandom): void {
  let next = 1;
  for (const investor of investors) {
    if (next > tables) return;
    if (random.next() < share) investor.homeTable = next++;
  }
}

function addMaxMeetings(participants: Participant[], meetings: Meeting[], share: number, random: SeededRandom): void {
  if (share <= 0) return;
  const degree = new Map<string, number>();
  for (const meeting of meetings) for (const p of [meeting.a, meeting.b]) degree.set(p, (degree.get(p) ?? 0) + 1);
  for (const participant of participants) {
    const requests = degree.get(participant.id) ?? 0;
    if (requests >= 2 && random.next() < share) participant.maxMeetings = random.between(1, requests - 1);
  }
}

/** Publishes some meetings at random legal positions, as an earlier run of the scheduler would have. */
function addFixedMeetings(slots: Slot[], participants: Participant[], meetings: Meeting[], share: number, random: SeededRandom): void {
  if (share <= 0) return;
  const unavailable = new Map(participants.map((p) => [p.id, new Set(p.unavailable ?? [])]));
  const busy = new Set<string>();
  const usedTables = new Map<string, number>();
  const fixedCount = new Map<string, number>();
  const limit = new Map(participants.map((p) => [p.id, p.maxMeetings ?? Number.POSITIVE_INFINITY]));
  for (const meeting of meetings) {
    if (random.next() >= share) continue;
    if ((fixedCount.get(meeting.a) ?? 0) >= (limit.get(meeting.a) ?? 0) || (fixedCount.get(meeting.b) ?? 0) >= (limit.get(meeting.b) ?? 0)) continue;
    const options = slots.filter((slot) =>
      !unavailable.get(meeting.a)?.has(slot.id) && !unavailable.get(meeting.b)?.has(slot.id)
      && !busy.has(`${meeting.a}@${slot.id}`) && !busy.has(`${meeting.b}@${slot.id}`)
      && (usedTables.get(slot.id) ?? 0) < slot.tables);
    if (options.length === 0) continue;
    const slot = options[random.below(options.length)];
    const table = (usedTables.get(slot.id) ?? 0) + 1;
    usedTables.set(slot.id, table);
    busy.add(`${meeting.a}@${slot.id}`);
    busy.add(`${meeting.b}@${slot.id}`);
    fixedCount.set(meeting.a, (fixedCount.get(meeting.a) ?? 0) + 1);
    fixedCount.set(meeting.b, (fixedCount.get(meeting.b) ?? 0) + 1);
    meeting.fixed = { slot: slot.id, table };
  }
}

/**
 * Builds a hidden schedule slot by slot, pairing investors and companies who still need meetings
 * (the neediest first), then derives the instance from it: free slots are exactly the slots of
 * the hidden schedule, tables exactly its load. The optimum is therefore every meeting.
 */
function generatePlanted(shape: InstanceShape, random: SeededRandom, seed: number): ScheduleInstance {
  const [minSlots, maxSlots] = shape.slots ?? [18, 36];
  const slotCount = random.between(minSlots, maxSlots);
  const slots = makeSlots(slotCount, shape.slotsPerSession ?? 9);
  const investorCount = Math.max(1, Math.round(shape.participants * (shape.investorShare ?? 0.5)));
  const companyCount = Math.max(1, shape.participants - investorCount);
  const [minRequests, maxRequests] = shape.requests ?? [5, 16];
  const need = [
    ...Array.from({ length: investorCount }, () => random.between(minRequests, Math.min(maxRequests, slotCount))),
    ...Array.from({ length: companyCount }, () => random.between(minRequests, Math.min(maxRequests, slotCount))),
  ];
  const ids = [
    ...Array.from({ length: investorCount }, (_, i) => `inv${i + 1}`),
    ...Array.from({ length: companyCount }, (_, i) => `co${i + 1}`),
  ];
  const freeSlots: string[][] = ids.map(() => []);
  const pairs = new Set<number>();
  const meetings: Meeting[] = [];
  const totalNeed = Math.min(
    need.slice(0, investorCount).reduce((x, y) => x + y, 0),
    need.slice(investorCount).reduce((x, y) => x + y, 0),
  );
  const perSlot = Math.ceil(totalNeed / slotCount);
  for (let s = 0; s < slotCount; s++) {
    const slotsLeft = slotCount - s;
    const urgency = (p: number): number => need[p] / slotsLeft + random.next() * 0.5;
    const byUrgency = (from: number, to: number): number[] =>
      Array.from({ length: to - from }, (_, k) => from + k).filter((p) => need[p] > 0).sort((x, y) => urgency(y) - urgency(x));
    const investors = byUrgency(0, investorCount);
    const companies = byUrgency(investorCount, investorCount + companyCount);
    const taken = new Set<number>();
    let load = 0;
    for (const investor of investors) {
      if (load >= perSlot) break;
      const company = companies.find((c) => !taken.has(c) && !pairs.has(investor * ids.length + c));
      if (company === undefined) continue;
      taken.add(company);
      pairs.add(investor * ids.length + company);
      need[investor]--;
      need[company]--;
      freeSlots[investor].push(slots[s].id);
      freeSlots[company].push(slots[s].id);
      const meeting: Meeting = { id: `m${meetings.length + 1}`, a: ids[company], b: ids[investor] };
      const weight = WEIGHTS[random.below(WEIGHTS.length)];
      if (weight !== 1) meeting.weight = weight;
      meetings.push(meeting);
      load++;
    }
    slots[s].tables = Math.ceil(load * (shape.plantedTableSlack ?? 1));
  }
  const participants: Participant[] = ids.map((id, p) => {
    const free = new Set(freeSlots[p]);
    const unavailable = slots.filter((slot) => !free.has(slot.id)).map((slot) => slot.id);
    return unavailable.length > 0 ? { id, unavailable } : { id };
  });
  random.shuffle(meetings);
  meetings.forEach((meeting, index) => (meeting.id = `m${index + 1}`));
  return { slots, participants, meetings, options: { seed, timeLimitMs: 20000 } };
}
