// Wall-clock times at a venue and the instants they name. An edition's meeting windows are written
// in the venue's time (13:00–17:00 in Pontianak), its slots are instants (timestamptz), and every
// page shows them in the venue's zone, with the viewer's own zone beside it when that differs.

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

function offsetFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = offsetFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    offsetFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True for a zone the runtime knows (`Asia/Pontianak`), false for anything else (`Asia/Borneo`, `+07:00`). */
export function isValidTimeZone(timeZone: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/.test(timeZone)) return false;
  try {
    offsetFormatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The zone's offset from UTC at an instant, in minutes (Asia/Pontianak: 420). */
export function timeZoneOffsetMinutes(timeZone: string, instant: Date): number {
  const parts = Object.fromEntries(offsetFormatter(timeZone).formatToParts(instant).map((part) => [part.type, part.value]));
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/**
 * The instant a wall-clock time names in a zone: `zonedTimeToInstant('2025-10-30', '13:00', 'Asia/Pontianak')`
 * is 06:00Z. Two passes settle the offset for zones with daylight saving time.
 */
export function zonedTimeToInstant(date: string, time: string, timeZone: string): Date {
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  let instant = wall - timeZoneOffsetMinutes(timeZone, new Date(wall)) * 60_000;
  instant = wall - timeZoneOffsetMinutes(timeZone, new Date(instant)) * 60_000;
  return new Date(instant);
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** `+07:00` for 420 minutes, `-03:30` for -210. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  return `${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`;
}

/** ISO 8601 with the zone's offset: `2025-10-30T13:00:00+07:00` for 06:00Z in Asia/Pontianak. */
export function formatInstantInZone(instant: Date, timeZone: string): string {
  const offset = timeZoneOffsetMinutes(timeZone, instant);
  const local = new Date(instant.getTime() + offset * 60_000);
  return (
    `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}${formatOffset(offset)}`
  );
}

/** The venue's calendar date of an instant, `YYYY-MM-DD`. */
export function localDateInZone(instant: Date, timeZone: string): string {
  return formatInstantInZone(instant, timeZone).slice(0, 10);
}

/** The venue's wall-clock time of an instant, `HH:MM`. */
export function localTimeInZone(instant: Date, timeZone: string): string {
  return formatInstantInZone(instant, timeZone).slice(11, 16);
}

export interface ZonedTimeLabel {
  /** `13:00` at the venue. */
  venue: string;
  venueTimeZone: string;
  /** The same instant in the viewer's zone (`14:00`), or null when both zones agree at that instant. */
  viewer: string | null;
  viewerTimeZone: string;
}

/**
 * What a page shows for a slot time: venue time, and the viewer's own time beside it only when it
 * differs (a Kuching investor at the Pontianak edition sees "13:00 (14:00 your time)").
 */
export function describeInstantForViewer(instant: Date, venueTimeZone: string, viewerTimeZone: string): ZonedTimeLabel {
  const sameOffset = timeZoneOffsetMinutes(venueTimeZone, instant) === timeZoneOffsetMinutes(viewerTimeZone, instant);
  return {
    venue: localTimeInZone(instant, venueTimeZone),
    venueTimeZone,
    viewer: sameOffset ? null : localTimeInZone(instant, viewerTimeZone),
    viewerTimeZone,
  };
}

export interface MeetingWindowLike {
  date: string;
  start: string;
  end: string;
}

export interface SlotTimes {
  startsAt: Date;
  endsAt: Date;
}

/** Minutes since midnight of `HH:MM`. */
export function minutesOfDay(time: string): number {
  const [hour, minute] = time.split(':').map(Number);
  return hour * 60 + minute;
}

/**
 * The slots of an edition: each window is cut into `slotMinutes` meetings separated by `breakMinutes`;
 * a remainder too short for a meeting is left unused. Sorted by start.
 */
export function generateSlotTimes(windows: readonly MeetingWindowLike[], slotMinutes: number, breakMinutes: number, timeZone: string): SlotTimes[] {
  const slots: SlotTimes[] = [];
  for (const window of windows) {
    const start = zonedTimeToInstant(window.date, window.start, timeZone).getTime();
    const end = zonedTimeToInstant(window.date, window.end, timeZone).getTime();
    for (let at = start; at + slotMinutes * 60_000 <= end; at += (slotMinutes + breakMinutes) * 60_000) {
      slots.push({ startsAt: new Date(at), endsAt: new Date(at + slotMinutes * 60_000) });
    }
  }
  return slots.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}
