import { describeInstantForViewer, localDateInZone, type Slot } from '@serumpun/shared';
import { INTL_LOCALE } from '../../i18n/i18n';
import type { Locale } from '@serumpun/shared';

/**
 * The viewer's own zone, as the device reports it. Pages show an edition's times in the venue's
 * zone and add the viewer's time beside them only when the two differ (Pontianak is UTC+7,
 * Kuching and Brunei UTC+8).
 */
export function viewerTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

export interface TimeRangeLabel {
  /** `13:00–13:20` at the venue. */
  venue: string;
  /** The same range on the viewer's clock, or null when it reads the same. */
  viewer: string | null;
}

/** A slot (or any start and end) as the venue reads it, and as the viewer reads it when that differs. */
export function describeRange(startsAt: string, endsAt: string, venueTimeZone: string, viewerZone: string = viewerTimeZone()): TimeRangeLabel {
  const start = describeInstantForViewer(new Date(startsAt), venueTimeZone, viewerZone);
  const end = describeInstantForViewer(new Date(endsAt), venueTimeZone, viewerZone);
  return {
    venue: `${start.venue}–${end.venue}`,
    viewer: start.viewer && end.viewer ? `${start.viewer}–${end.viewer}` : null,
  };
}

/** `Kamis, 30 Oktober 2025` for a calendar date (`YYYY-MM-DD`). */
export function formatDay(date: string, locale: Locale, options: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { ...options, timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, day)));
}

/** A date and time the way people read it, in the venue's zone: `30 Okt 2025, 13.05`. */
export function formatInstant(instant: string, timeZone: string, locale: Locale): string {
  try {
    return new Intl.DateTimeFormat(INTL_LOCALE[locale], { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone }).format(new Date(instant));
  } catch {
    return instant;
  }
}

export interface SlotDay<T> {
  /** The venue's calendar date. */
  date: string;
  slots: T[];
}

/** Slots grouped by the venue's calendar date, days and slots in time order. */
export function groupSlotsByDay<T extends Pick<Slot, 'startsAt'>>(slots: readonly T[], timeZone: string): SlotDay<T>[] {
  const days = new Map<string, T[]>();
  const sorted = [...slots].sort((a, b) => new Date(a.startsAt).getTime() - new Date(b.startsAt).getTime());
  for (const slot of sorted) {
    const date = localDateInZone(new Date(slot.startsAt), timeZone);
    const list = days.get(date) ?? [];
    list.push(slot);
    days.set(date, list);
  }
  return [...days].map(([date, list]) => ({ date, slots: list }));
}
