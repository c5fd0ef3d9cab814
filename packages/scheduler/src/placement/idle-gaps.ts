// Idle gaps: empty slots between two meetings of one participant within one session.
import { NO_SLOT, type ScheduleModel } from '../instance/compile-model.js';

/** Idle gaps of participant p in one session, read from busy (meeting or -1 per participant-slot). */
export function sessionGaps(model: ScheduleModel, busy: Int32Array, p: number, session: number): number {
  const { sessionStart, sessionSlots, slotCount } = model;
  const row = p * slotCount;
  let first = -1;
  let last = -1;
  let count = 0;
  for (let k = sessionStart[session]; k < sessionStart[session + 1]; k++) {
    if (busy[row + sessionSlots[k]] === -1) continue;
    if (first === -1) first = k;
    last = k;
    count++;
  }
  return count < 2 ? 0 : last - first + 1 - count;
}

export function participantGaps(model: ScheduleModel, busy: Int32Array, p: number): number {
  let total = 0;
  for (let session = 0; session + 1 < model.sessionStart.length; session++) total += sessionGaps(model, busy, p, session);
  return total;
}

/** Total idle gaps of a placement given as slot per meeting. */
export function countIdleGaps(model: ScheduleModel, slotOf: Int32Array): number {
  const busy = new Int32Array(model.participantCount * model.slotCount).fill(-1);
  for (let m = 0; m < model.meetingCount; m++) {
    const s = slotOf[m];
    if (s === NO_SLOT) continue;
    busy[model.meetingA[m] * model.slotCount + s] = m;
    busy[model.meetingB[m] * model.slotCount + s] = m;
  }
  let total = 0;
  for (let p = 0; p < model.participantCount; p++) total += participantGaps(model, busy, p);
  return total;
}
