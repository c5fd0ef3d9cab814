import { generateSlotTimes, isValidTimeZone, MAX_MEETING_WINDOWS, minutesOfDay, type MeetingWindow } from '@serumpun/shared';

/** A session added by hand, or laid out for a new edition's day: the afternoon. */
export const NEW_WINDOW_TIMES = { start: '13:00', end: '17:00' } as const;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const WALL_CLOCK = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

/** Every day from `startDate` to `endDate` (both `YYYY-MM-DD`), or none when the range is not a range. */
export function daysOf(startDate: string, endDate: string): string[] {
  if (!ISO_DATE.test(startDate) || !ISO_DATE.test(endDate) || endDate < startDate) return [];
  const days: string[] = [];
  for (let day = new Date(`${startDate}T00:00:00Z`); days.length < MAX_MEETING_WINDOWS; day.setUTCDate(day.getUTCDate() + 1)) {
    const date = day.toISOString().slice(0, 10);
    if (date > endDate) break;
    days.push(date);
  }
  return days;
}

/** The windows a new edition starts with: one afternoon session on each of its days. */
export function defaultWindows(startDate: string, endDate: string): MeetingWindow[] {
  return daysOf(startDate, endDate).map((date) => ({ date, ...NEW_WINDOW_TIMES }));
}

export interface LayoutSummary {
  days: number;
  slots: number;
  tables: number;
  /** Slots × tables: how many one-to-one meetings the edition can hold. */
  places: number;
}

/**
 * What the settings being typed would generate, counted the way the API cuts windows into slots.
 * Rows not filled in yet count for nothing rather than failing the whole line.
 */
export function summariseLayout(draft: { meetingWindows: readonly MeetingWindow[]; slotMinutes: string; breakMinutes: string; tableCount: string; timeZone: string }): LayoutSummary {
  const slotMinutes = Number(draft.slotMinutes);
  const breakMinutes = Number(draft.breakMinutes || 0);
  const tables = Number.isInteger(Number(draft.tableCount)) && Number(draft.tableCount) > 0 ? Number(draft.tableCount) : 0;
  const windows = draft.meetingWindows.filter(
    (w) => ISO_DATE.test(w.date) && WALL_CLOCK.test(w.start) && WALL_CLOCK.test(w.end) && minutesOfDay(w.end) > minutesOfDay(w.start),
  );
  const usable = Number.isInteger(slotMinutes) && slotMinutes > 0 && Number.isInteger(breakMinutes) && breakMinutes >= 0;
  // The zone only moves the instants, not how many slots fit; UTC stands in until one is chosen.
  const zone = isValidTimeZone(draft.timeZone) ? draft.timeZone : 'UTC';
  const slots = usable ? generateSlotTimes(windows, slotMinutes, breakMinutes, zone).length : 0;
  return { days: new Set(windows.map((w) => w.date)).size, slots, tables, places: slots * tables };
}
