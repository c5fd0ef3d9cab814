import { describe, expect, it } from '@jest/globals';
import { daysOf, defaultWindows, summariseLayout } from '../edition-draft';

describe('a new edition’s draft', () => {
  it('lays out one afternoon session per day, across a month end', () => {
    expect(defaultWindows('2099-03-30', '2099-04-01')).toEqual([
      { date: '2099-03-30', start: '13:00', end: '17:00' },
      { date: '2099-03-31', start: '13:00', end: '17:00' },
      { date: '2099-04-01', start: '13:00', end: '17:00' },
    ]);
  });

  it('has no days while the dates are missing or out of order', () => {
    expect(daysOf('', '2099-03-10')).toEqual([]);
    expect(daysOf('2099-03-11', '2099-03-10')).toEqual([]);
  });

  it('counts the meeting places the way the API cuts sessions into slots, ignoring unfinished rows', () => {
    const summary = summariseLayout({
      meetingWindows: [
        { date: '2099-03-10', start: '09:00', end: '12:00' },
        { date: '2099-03-10', start: '13:00', end: '14:00' },
        { date: '2099-03-11', start: '13:00', end: '' },
      ],
      slotMinutes: '30',
      breakMinutes: '15',
      tableCount: '8',
      timeZone: 'Asia/Makassar',
    });
    // 09:00–12:00 holds 4 meetings of 30 with 15-minute breaks (the last ends 11:45), 13:00–14:00 holds 1.
    expect(summary).toEqual({ days: 1, slots: 5, tables: 8, places: 40 });
  });

  it('says nothing fits until the lengths and tables are numbers', () => {
    expect(summariseLayout({ meetingWindows: [{ date: '2099-03-10', start: '09:00', end: '12:00' }], slotMinutes: '', breakMinutes: '0', tableCount: 'x', timeZone: '' })).toEqual({
      days: 1,
      slots: 0,
      tables: 0,
      places: 0,
    });
  });
});
