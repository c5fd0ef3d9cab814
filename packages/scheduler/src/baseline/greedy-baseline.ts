// The plain greedy the benchmark compares against: fixed meetings first, then the heaviest
// meeting first (instance order among equals) into the earliest slot where it fits. No bound, no
// repair, no search; its upper bound is simply the total weight of all meetings.
import { compileModel, NO_SLOT } from '../instance/compile-model.js';
import { parseInstance } from '../instance/parse-instance.js';
import { assignTables } from '../placement/assign-tables.js';
import { buildResult } from '../result/build-result.js';
import type { ScheduleResult } from '../types.js';

export function scheduleGreedily(input: unknown): ScheduleResult {
  const startedAt = performance.now();
  const model = compileModel(parseInstance(input));
  const { meetingCount, participantCount, slotCount, meetingA, meetingB, meetingWeight, maxMeetings, fixedSlot, candidateStart, candidateSlots, slotTables } = model;
  const slotOf = new Int32Array(meetingCount).fill(NO_SLOT);
  const busy = new Uint8Array(participantCount * slotCount);
  const load = new Int32Array(slotCount);
  const placed = new Int32Array(participantCount);
  const put = (m: number, s: number): void => {
    slotOf[m] = s;
    busy[meetingA[m] * slotCount + s] = 1;
    busy[meetingB[m] * slotCount + s] = 1;
    load[s]++;
    placed[meetingA[m]]++;
    placed[meetingB[m]]++;
  };
  for (let m = 0; m < meetingCount; m++) if (fixedSlot[m] !== NO_SLOT) put(m, fixedSlot[m]);
  const order = Array.from({ length: meetingCount }, (_, m) => m).filter((m) => fixedSlot[m] === NO_SLOT);
  order.sort((x, y) => meetingWeight[y] - meetingWeight[x] || x - y);
  for (const m of order) {
    const a = meetingA[m];
    const b = meetingB[m];
    if (placed[a] >= maxMeetings[a] || placed[b] >= maxMeetings[b]) continue;
    for (let k = candidateStart[m]; k < candidateStart[m + 1]; k++) {
      const s = candidateSlots[k];
      if (load[s] < slotTables[s] && !busy[a * slotCount + s] && !busy[b * slotCount + s]) {
        put(m, s);
        break;
      }
    }
  }
  let totalWeight = 0;
  for (let m = 0; m < meetingCount; m++) totalWeight += meetingWeight[m];
  return buildResult(model, slotOf, assignTables(model, slotOf), { weight: totalWeight, count: meetingCount }, startedAt);
}
