#!/usr/bin/env node
// Writes "requests = free slots" instances as SAT problems (DIMACS CNF), so that any SAT solver can
// be tried on them (`cadical file.cnf`), for the record of what an exact method can do there.
//   node bench/scheduler/export-cnf.mjs full [participants=1000] [seed=1]
//     every meeting placed: one variable per meeting and common free slot, "exactly one slot" per
//     meeting and "exactly one meeting" per participant and free slot (everyone is tight, so the
//     table limits follow from these).
//   node bench/scheduler/export-cnf.mjs insert [participants=1000] [seed=1] [neighbourhood=300] [timeLimitMs=3000]
//     after the scheduler's own result: can its first unplaced meeting be added without losing a placed
//     one, moving only meetings among the `neighbourhood` participants nearest to it (the others stay)?
// Files go to the current folder; the command prints their names and sizes.
import { writeFileSync } from 'node:fs';
import { generateInstance, solveSchedule } from '@serumpun/scheduler';

const [mode = 'full', participants = '1000', seed = '1', neighbourhoodSize = '300', timeLimitMs = '3000'] = process.argv.slice(2);
const instance = generateInstance({ participants: Number(participants), slots: [18, 36], requests: [5, 16], planted: true }, Number(seed));
const slotIndex = new Map(instance.slots.map((slot, index) => [slot.id, index]));
const freeSlots = new Map(instance.participants.map((participant) => {
  const unavailable = new Set(participant.unavailable ?? []);
  return [participant.id, new Set(instance.slots.filter((slot) => !unavailable.has(slot.id)).map((slot) => slotIndex.get(slot.id)))];
}));

let movable = () => true;
let mustPlace = () => true;
let occupied = new Set();
let name = `tight-p${participants}-s${seed}.cnf`;
if (mode === 'insert') {
  const result = solveSchedule({ ...instance, options: { seed: Number(seed), timeLimitMs: Number(timeLimitMs) } });
  console.log(`scheduler: ${result.stats.placedCount} of ${instance.meetings.length} placed`);
  const current = new Map(result.assignments.map((assignment) => [assignment.meeting, slotIndex.get(assignment.slot)]));
  const target = instance.meetings.find((meeting) => meeting.id === result.unplaced[0].meeting);
  const partners = new Map();
  for (const { a, b } of instance.meetings) for (const [x, y] of [[a, b], [b, a]]) partners.set(x, [...(partners.get(x) ?? []), y]);
  const inside = new Set([target.a, target.b]);
  for (const queue = [target.a, target.b]; queue.length > 0 && inside.size < Number(neighbourhoodSize);) {
    for (const partner of partners.get(queue.shift())) {
      if (inside.has(partner) || inside.size >= Number(neighbourhoodSize)) continue;
      inside.add(partner);
      queue.push(partner);
    }
  }
  movable = (meeting) => inside.has(meeting.a) && inside.has(meeting.b);
  mustPlace = (meeting) => meeting === target || current.has(meeting.id);
  for (const meeting of instance.meetings) {
    if (!movable(meeting) && current.has(meeting.id)) for (const p of [meeting.a, meeting.b]) occupied.add(`${p}@${current.get(meeting.id)}`);
  }
  name = `insert-p${participants}-s${seed}-n${inside.size}.cnf`;
}

const clauses = [];
const atMostOne = (literals) => { for (let i = 0; i < literals.length; i++) for (let j = i + 1; j < literals.length; j++) clauses.push([-literals[i], -literals[j]]); };
const byParticipantSlot = new Map();
let variables = 0;
for (const meeting of instance.meetings.filter((m) => movable(m))) {
  const domain = [...freeSlots.get(meeting.a)].filter((slot) => freeSlots.get(meeting.b).has(slot) && !occupied.has(`${meeting.a}@${slot}`) && !occupied.has(`${meeting.b}@${slot}`));
  const literals = domain.map((slot) => {
    variables++;
    for (const p of [meeting.a, meeting.b]) byParticipantSlot.set(`${p}@${slot}`, [...(byParticipantSlot.get(`${p}@${slot}`) ?? []), variables]);
    return variables;
  });
  if (mustPlace(meeting)) clauses.push(literals);
  atMostOne(literals);
}
for (const literals of byParticipantSlot.values()) {
  if (mode === 'full') clauses.push(literals);
  atMostOne(literals);
}
writeFileSync(name, `p cnf ${variables} ${clauses.length}\n${clauses.map((clause) => `${clause.join(' ')} 0`).join('\n')}\n`);
console.log(`${name}: ${variables} variables, ${clauses.length} clauses`);
