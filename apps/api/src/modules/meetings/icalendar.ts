import { formatInstantInZone, formatOffset, timeZoneOffsetMinutes } from '@serumpun/shared';

// A small RFC 5545 writer for the agenda: one VEVENT per meeting with a stable UID, a SEQUENCE that
// grows with every change, and local times with a TZID, so calendar apps update an entry in place
// when a meeting moves and remove it (STATUS:CANCELLED) when it is cancelled or loses its slot.

export interface CalendarEvent {
  uid: string;
  sequence: number;
  status: 'CONFIRMED' | 'CANCELLED';
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  summary: string;
  location: string;
  description: string;
  lastModified: Date;
}

export interface Calendar {
  name: string;
  events: readonly CalendarEvent[];
  now?: Date;
}

/** Backslash, semicolon, comma and newlines are escaped in TEXT values. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Lines longer than 75 octets continue on the next line after a space, never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = Buffer.byteLength(character);
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function utcStamp(instant: Date): string {
  return instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function localStamp(instant: Date, timeZone: string): string {
  return formatInstantInZone(instant, timeZone).slice(0, 19).replace(/[-:]/g, '');
}

/**
 * The zones of Serumpun's venues keep one offset all year, so each VTIMEZONE has a single STANDARD
 * rule with the offset the zone has at the first event in it.
 */
function timeZoneBlock(timeZone: string, at: Date): string[] {
  const offset = formatOffset(timeZoneOffsetMinutes(timeZone, at)).replace(':', '');
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${timeZone}`,
    `X-LIC-LOCATION:${timeZone}`,
    'BEGIN:STANDARD',
    'DTSTART:19700101T000000',
    `TZOFFSETFROM:${offset}`,
    `TZOFFSETTO:${offset}`,
    'END:STANDARD',
    'END:VTIMEZONE',
  ];
}

export function buildCalendar(calendar: Calendar): string {
  const now = calendar.now ?? new Date();
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Serumpun//Agenda//ID', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeText(calendar.name)}`];
  const zones = new Map<string, Date>();
  for (const event of calendar.events) if (!zones.has(event.timeZone)) zones.set(event.timeZone, event.startsAt);
  for (const [timeZone, at] of zones) lines.push(...timeZoneBlock(timeZone, at));
  for (const event of calendar.events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${utcStamp(now)}`,
      `LAST-MODIFIED:${utcStamp(event.lastModified)}`,
      `SEQUENCE:${event.sequence}`,
      `STATUS:${event.status}`,
      `DTSTART;TZID=${event.timeZone}:${localStamp(event.startsAt, event.timeZone)}`,
      `DTEND;TZID=${event.timeZone}:${localStamp(event.endsAt, event.timeZone)}`,
      `SUMMARY:${escapeText(event.summary)}`,
      `LOCATION:${escapeText(event.location)}`,
      `DESCRIPTION:${escapeText(event.description)}`,
      'TRANSP:OPAQUE',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
