import { generateSlotTimes, type MeetingTableInput, type MeetingWindow, type SlotTimes } from '@serumpun/shared';

/** What slots and tables are generated from. */
export interface EditionLayout {
  meetingWindows: MeetingWindow[];
  slotMinutes: number;
  breakMinutes: number;
  timeZone: string;
  tableCount: number;
  /** Names and places of tables 1..n; undefined keeps the current ones. */
  tables?: Array<{ name: string | null; location: string | null } | MeetingTableInput>;
}

export interface ExistingSlot {
  id: string;
  startsAt: Date;
  endsAt: Date;
}

export interface ExistingTable {
  id: string;
  number: number;
  name: string | null;
  location: string | null;
}

export interface SlotPlan {
  keptIds: string[];
  removedIds: string[];
  added: SlotTimes[];
}

export interface TablePlan {
  removedIds: string[];
  added: Array<{ number: number; name: string | null; location: string | null }>;
  renamed: Array<{ id: string; name: string | null; location: string | null }>;
}

const slotKey = (slot: { startsAt: Date; endsAt: Date }) => `${slot.startsAt.getTime()}/${slot.endsAt.getTime()}`;

/**
 * A slot is the same slot (same id, so its meetings and availability stay) exactly when its start
 * and end are unchanged; anything else is removed and added.
 */
export function planSlots(existing: readonly ExistingSlot[], layout: EditionLayout): SlotPlan {
  const desired = generateSlotTimes(layout.meetingWindows, layout.slotMinutes, layout.breakMinutes, layout.timeZone);
  const existingByKey = new Map(existing.map((slot) => [slotKey(slot), slot]));
  const desiredKeys = new Set(desired.map(slotKey));
  return {
    keptIds: existing.filter((slot) => desiredKeys.has(slotKey(slot))).map((slot) => slot.id),
    removedIds: existing.filter((slot) => !desiredKeys.has(slotKey(slot))).map((slot) => slot.id),
    added: desired.filter((slot) => !existingByKey.has(slotKey(slot))),
  };
}

/** Tables 1..tableCount; numbers above the new count are removed, names follow `tables` when given. */
export function planTables(existing: readonly ExistingTable[], layout: EditionLayout): TablePlan {
  const byNumber = new Map(existing.map((table) => [table.number, table]));
  const described = (number: number) => {
    const entry = layout.tables?.[number - 1];
    return { name: entry?.name ?? null, location: entry?.location ?? null };
  };
  const plan: TablePlan = {
    removedIds: existing.filter((table) => table.number > layout.tableCount).map((table) => table.id),
    added: [],
    renamed: [],
  };
  for (let number = 1; number <= layout.tableCount; number++) {
    const current = byNumber.get(number);
    if (!current) {
      plan.added.push({ number, ...described(number) });
    } else if (layout.tables) {
      const next = described(number);
      if (next.name !== current.name || next.location !== current.location) plan.renamed.push({ id: current.id, ...next });
    }
  }
  return plan;
}

/** Lowercase ASCII words joined by hyphens: `Bandar Seri Begawan` → `bandar-seri-begawan`. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}
