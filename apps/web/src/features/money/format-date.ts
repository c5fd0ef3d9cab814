import type { Locale } from '@serumpun/shared';
import { INTL_LOCALE } from '../../i18n/i18n';

/** "30 Okt 2025" for a calendar date (YYYY-MM-DD); read in UTC so no zone moves it a day. */
export function formatCalendarDate(isoDate: string, locale: Locale, month: 'short' | 'long' = 'short'): string {
  const [year, monthNumber, day] = isoDate.slice(0, 10).split('-').map(Number);
  if (!year || !monthNumber || !day) return isoDate;
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { day: 'numeric', month, year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, monthNumber - 1, day)),
  );
}

/** "30 Okt 2025" for an instant, in the viewer's own zone. */
export function formatInstantDate(isoDateTime: string, locale: Locale): string {
  const date = new Date(isoDateTime);
  if (Number.isNaN(date.getTime())) return isoDateTime;
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { day: 'numeric', month: 'short', year: 'numeric' }).format(date);
}
