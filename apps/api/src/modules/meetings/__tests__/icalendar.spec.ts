import { describe, expect, it } from '@jest/globals';
import { buildCalendar, escapeText, foldLine } from '../icalendar.js';

describe('iCalendar writer', () => {
  it('escapes commas, semicolons, backslashes and newlines in text', () => {
    expect(escapeText('Meja 1, Aula; lantai 2\\3\nPontianak')).toBe('Meja 1\\, Aula\\; lantai 2\\\\3\\nPontianak');
  });

  it('folds lines at 75 octets without splitting a UTF-8 character', () => {
    const line = `SUMMARY:${'Pertemuan dengan Siti Aminah — Koperasi Lada Sambas '.repeat(4)}`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });

  it('writes one VEVENT per meeting with a stable UID, SEQUENCE, STATUS and venue-local times with a TZID', () => {
    const calendar = buildCalendar({
      name: 'Agenda Serumpun',
      now: new Date('2025-10-01T00:00:00Z'),
      events: [
        {
          uid: 'meeting-1@serumpun',
          sequence: 2,
          status: 'CANCELLED',
          startsAt: new Date('2025-10-30T06:00:00Z'),
          endsAt: new Date('2025-10-30T06:20:00Z'),
          timeZone: 'Asia/Pontianak',
          summary: 'Pertemuan dengan Hendra Wijaya',
          location: 'Meja 3, Pendopo Gubernur Kalimantan Barat, Pontianak',
          description: 'Borneo Intra-Regional Dialogue 2025',
          lastModified: new Date('2025-10-29T10:00:00Z'),
        },
      ],
    });
    const lines = calendar.split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(calendar.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(lines).toEqual(
      expect.arrayContaining([
        'TZID:Asia/Pontianak',
        'TZOFFSETTO:+0700',
        'UID:meeting-1@serumpun',
        'DTSTAMP:20251001T000000Z',
        'SEQUENCE:2',
        'STATUS:CANCELLED',
        'DTSTART;TZID=Asia/Pontianak:20251030T130000',
        'DTEND;TZID=Asia/Pontianak:20251030T132000',
        'LOCATION:Meja 3\\, Pendopo Gubernur Kalimantan Barat\\, Pontianak',
      ]),
    );
  });
});
