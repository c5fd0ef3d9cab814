// Tables are chosen last, slot by slot, because they never limit which meetings fit: any set of
// meetings no larger than a slot's table count can be seated. Order matters only for the rules:
// fixed meetings keep their tables, then hosts take their home tables, then (re-planning)
// meetings keep their previous table, then the rest fill the lowest free tables.
import { NO_SLOT, type ScheduleModel } from '../instance/compile-model.js';

/** Returns the table of every meeting (0 when unplaced). */
export function assignTables(model: ScheduleModel, slotOf: Int32Array): Int32Array {
  const { meetingCount, slotCount, slotTables, fixedSlot, fixedTable, meetingA, meetingB, homeTable, currentSlot, currentTable } = model;
  const tableOf = new Int32Array(meetingCount);
  const membersBySlot: number[][] = Array.from({ length: slotCount }, () => []);
  for (let m = 0; m < meetingCount; m++) if (slotOf[m] !== NO_SLOT) membersBySlot[slotOf[m]].push(m);

  for (let s = 0; s < slotCount; s++) {
    const tables = slotTables[s];
    const taken = new Uint8Array(tables + 1);
    const members = membersBySlot[s];
    const seat = (m: number, table: number): boolean => {
      if (table < 1 || table > tables || taken[table]) return false;
      taken[table] = 1;
      tableOf[m] = table;
      return true;
    };
    const homeTablesOf = (m: number): number[] =>
      [homeTable[meetingA[m]], homeTable[meetingB[m]]].filter((table) => table >= 1 && table <= tables);

    for (const m of members) if (fixedSlot[m] === s) seat(m, fixedTable[m]);
    // Hosts with one usable home table go before meetings of two hosts, which have a second choice.
    for (const wanted of [1, 2]) {
      for (const m of members) {
        if (tableOf[m] !== 0) continue;
        const homes = homeTablesOf(m);
        if (homes.length === wanted) homes.some((table) => seat(m, table));
      }
    }
    for (const m of members) if (tableOf[m] === 0 && currentSlot[m] === s) seat(m, currentTable[m]);
    let next = 1;
    for (const m of members) {
      if (tableOf[m] !== 0) continue;
      while (taken[next]) next++;
      seat(m, next);
    }
  }
  return tableOf;
}
