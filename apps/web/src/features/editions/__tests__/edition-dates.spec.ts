import { describe, expect, it } from '@jest/globals';
import { KUCHING_NEXT, PONTIANAK_2025 } from '../../../test/factories';
import { editionTiming, formatEditionDates, splitEditions, timeZoneLabel } from '../edition-dates';

describe('edition dates', () => {
  it('writes the date in each interface language', () => {
    expect(formatEditionDates(PONTIANAK_2025, 'id')).toBe('30 Oktober 2025');
    expect(formatEditionDates(PONTIANAK_2025, 'en')).toBe('30 October 2025');
    expect(formatEditionDates(PONTIANAK_2025, 'ms')).toBe('30 Oktober 2025');
  });

  it('writes a multi-day edition as one range', () => {
    // ICU versions differ on the spacing around the dash.
    expect(formatEditionDates(KUCHING_NEXT, 'en')).toMatch(/^10\s?–\s?11 March 2099$/);
  });

  it('names Indonesian zones the way Indonesians do, with the offset', () => {
    expect(timeZoneLabel('Asia/Pontianak')).toBe('WIB · UTC+7');
    expect(timeZoneLabel('Asia/Kuching')).toBe('UTC+8');
  });

  it('decides "past" by the date at the venue, not the viewer', () => {
    // 17:30 UTC on 30 Oct is already 31 Oct in Pontianak (UTC+7): the edition is over there.
    expect(editionTiming(PONTIANAK_2025, new Date('2025-10-30T17:30:00Z'))).toBe('past');
    expect(editionTiming(PONTIANAK_2025, new Date('2025-10-30T16:30:00Z'))).toBe('ongoing');
    expect(editionTiming(PONTIANAK_2025, new Date('2025-10-29T12:00:00Z'))).toBe('upcoming');
  });

  it('lists upcoming editions soonest first and past ones most recent first', () => {
    const older = { ...PONTIANAK_2025, id: 'older', startDate: '2025-01-10', endDate: '2025-01-10' };
    const later = { ...KUCHING_NEXT, id: 'later', startDate: '2099-06-01', endDate: '2099-06-02' };
    const { upcoming, past } = splitEditions([older, later, PONTIANAK_2025, KUCHING_NEXT], new Date('2026-01-01T00:00:00Z'));
    expect(upcoming.map((e) => e.id)).toEqual([KUCHING_NEXT.id, 'later']);
    expect(past.map((e) => e.id)).toEqual([PONTIANAK_2025.id, 'older']);
  });
});
