import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  describeInstantForViewer,
  formatInstantInZone,
  generateSlotTimes,
  isValidTimeZone,
  localDateInZone,
  timeZoneOffsetMinutes,
  zonedTimeToInstant,
} from '../edition-time.js';
import { createEditionSchema } from '../edition.schemas.js';
import { validationErrorMap } from '../../i18n/validation-messages.js';

describe('venue time', () => {
  it('knows Pontianak is UTC+7 and Kuching and Bandar Seri Begawan UTC+8', () => {
    const instant = new Date('2025-10-30T06:00:00Z');
    expect(timeZoneOffsetMinutes('Asia/Pontianak', instant)).toBe(420);
    expect(timeZoneOffsetMinutes('Asia/Kuching', instant)).toBe(480);
    expect(timeZoneOffsetMinutes('Asia/Brunei', instant)).toBe(480);
  });

  it('turns a wall-clock time at the venue into an instant and back, with the venue’s offset', () => {
    const instant = zonedTimeToInstant('2025-10-30', '13:00', 'Asia/Pontianak');
    expect(instant.toISOString()).toBe('2025-10-30T06:00:00.000Z');
    expect(formatInstantInZone(instant, 'Asia/Pontianak')).toBe('2025-10-30T13:00:00+07:00');
    expect(formatInstantInZone(instant, 'Asia/Kuching')).toBe('2025-10-30T14:00:00+08:00');
    expect(localDateInZone(zonedTimeToInstant('2025-10-31', '00:30', 'Asia/Kuching'), 'Asia/Pontianak')).toBe('2025-10-30');
  });

  it('round-trips any wall-clock time in the zones of the series', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Asia/Pontianak', 'Asia/Jakarta', 'Asia/Makassar', 'Asia/Kuching', 'Asia/Brunei', 'Asia/Jayapura'),
        fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        (zone, day, hour, minute) => {
          const date = day.toISOString().slice(0, 10);
          const time = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
          expect(formatInstantInZone(zonedTimeToInstant(date, time, zone), zone).slice(0, 16)).toBe(`${date}T${time}`);
        },
      ),
    );
  });

  it('shows the viewer’s own time only when it differs from the venue’s', () => {
    const instant = zonedTimeToInstant('2025-10-30', '13:00', 'Asia/Pontianak');
    expect(describeInstantForViewer(instant, 'Asia/Pontianak', 'Asia/Kuching')).toEqual({ venue: '13:00', venueTimeZone: 'Asia/Pontianak', viewer: '14:00', viewerTimeZone: 'Asia/Kuching' });
    expect(describeInstantForViewer(instant, 'Asia/Pontianak', 'Asia/Jakarta').viewer).toBeNull();
  });

  it('accepts IANA zones only', () => {
    expect(isValidTimeZone('Asia/Pontianak')).toBe(true);
    expect(isValidTimeZone('Asia/Borneo')).toBe(false);
    expect(isValidTimeZone('+07:00')).toBe(false);
  });
});

describe('slot generation', () => {
  it('cuts each window into slots separated by breaks, dropping a remainder too short for a meeting', () => {
    const slots = generateSlotTimes([{ date: '2025-10-30', start: '09:00', end: '10:00' }], 25, 5, 'Asia/Pontianak');
    expect(slots.map((slot) => [formatInstantInZone(slot.startsAt, 'Asia/Pontianak'), formatInstantInZone(slot.endsAt, 'Asia/Pontianak')])).toEqual([
      ['2025-10-30T09:00:00+07:00', '2025-10-30T09:25:00+07:00'],
      ['2025-10-30T09:30:00+07:00', '2025-10-30T09:55:00+07:00'],
    ]);
  });

  it('never makes overlapping slots or slots outside their window', () => {
    fc.assert(
      fc.property(fc.integer({ min: 5, max: 90 }), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 600 }), (slotMinutes, breakMinutes, length) => {
        const end = 8 * 60 + length;
        const window = { date: '2026-05-20', start: '08:00', end: `${String(Math.floor(end / 60)).padStart(2, '0')}:${String(end % 60).padStart(2, '0')}` };
        const slots = generateSlotTimes([window], slotMinutes, breakMinutes, 'Asia/Jakarta');
        const windowStart = zonedTimeToInstant(window.date, window.start, 'Asia/Jakarta').getTime();
        const windowEnd = zonedTimeToInstant(window.date, window.end, 'Asia/Jakarta').getTime();
        slots.forEach((slot, i) => {
          expect(slot.endsAt.getTime() - slot.startsAt.getTime()).toBe(slotMinutes * 60_000);
          expect(slot.startsAt.getTime()).toBeGreaterThanOrEqual(windowStart);
          expect(slot.endsAt.getTime()).toBeLessThanOrEqual(windowEnd);
          if (i > 0) expect(slot.startsAt.getTime() - slots[i - 1].endsAt.getTime()).toBe(breakMinutes * 60_000);
        });
        expect(slots.length).toBe(length >= slotMinutes ? Math.floor((length + breakMinutes) / (slotMinutes + breakMinutes)) : 0);
      }),
    );
  });
});

describe('createEditionSchema', () => {
  const base = {
    name: 'Dialog Pontianak',
    city: 'Pontianak',
    venue: 'Pendopo Gubernur',
    regionCode: 'ID-KB',
    startDate: '2025-10-30',
    endDate: '2025-10-30',
    meetingWindows: [{ date: '2025-10-30', start: '09:00', end: '12:00' }],
    slotMinutes: 30,
    tableCount: 20,
  };

  it('defaults the break, the cap of pending requests and registration approval', () => {
    expect(createEditionSchema.parse(base)).toEqual(expect.objectContaining({ breakMinutes: 0, pendingRequestCap: 20, registrationApproval: false }));
  });

  it('refuses a window that ends before it starts, or is shorter than one slot, and more table names than tables', () => {
    const result = createEditionSchema.safeParse({
      ...base,
      meetingWindows: [
        { date: '2025-10-30', start: '12:00', end: '09:00' },
        { date: '2025-10-30', start: '13:00', end: '13:20' },
      ],
      tableCount: 1,
      tables: [{ name: 'A' }, { name: 'B' }],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['meetingWindows.0.end', 'meetingWindows.1.end', 'tables']);
  });

  it('words the layout rules in the reader’s language, not in English for everyone', () => {
    const body = { ...base, endDate: '2025-10-29', meetingWindows: [{ date: '2025-10-30', start: '09:00', end: '09:20' }] };
    const worded = (locale: 'id' | 'en' | 'ms') =>
      Object.fromEntries((createEditionSchema.safeParse(body, { error: validationErrorMap(locale) }).error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));
    expect(worded('id')).toEqual({
      endDate: 'Tanggal selesai tidak boleh sebelum tanggal mulai',
      'meetingWindows.0.date': 'Harus di antara tanggal mulai dan selesai edisi',
      'meetingWindows.0.end': 'Sesi lebih pendek dari satu pertemuan (30 menit)',
    });
    expect(worded('en').endDate).toBe('The end date cannot be before the start date');
    expect(worded('ms')['meetingWindows.0.end']).toBe('Sesi lebih pendek daripada satu mesyuarat (30 minit)');
  });
});
