import { INTL_LOCALE } from '../../i18n/i18n';
import { findRegion, label, type Edition, type Locale } from '@serumpun/shared';

// Indonesians read their zones by these names; elsewhere the UTC offset says it best.
const INDONESIAN_ZONE_NAMES: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

/** The part of an edition these pages show; the rest (windows, tables, …) is the console's. */
export type EditionSummary = Pick<Edition, 'id' | 'name' | 'city' | 'venue' | 'regionCode' | 'timeZone' | 'startDate' | 'endDate'>;

function calendarDate(isoDate: string): Date {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

/** "30 Oktober 2025", or a range "30–31 Oktober 2025"; dates are calendar dates, not instants. */
export function formatEditionDates(edition: Pick<EditionSummary, 'startDate' | 'endDate'>, locale: Locale): string {
  const format = new Intl.DateTimeFormat(INTL_LOCALE[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const start = calendarDate(edition.startDate);
  if (edition.endDate === edition.startDate) return format.format(start);
  return format.formatRange(start, calendarDate(edition.endDate));
}

/** Today's date (YYYY-MM-DD) at the venue, which is what "upcoming" means for an edition. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  } catch {
    return now.toISOString().slice(0, 10);
  }
}

/** "WIB · UTC+7" for Pontianak, "UTC+8" for Kuching. */
export function timeZoneLabel(timeZone: string, now: Date = new Date()): string {
  let offset = timeZone;
  try {
    const part = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'shortOffset' })
      .formatToParts(now)
      .find((p) => p.type === 'timeZoneName');
    if (part) offset = part.value.replace('GMT', 'UTC');
  } catch {
    // An unknown zone name: show it as the API sent it.
  }
  const local = INDONESIAN_ZONE_NAMES[timeZone];
  return local ? `${local} · ${offset}` : offset;
}

export type EditionTiming = 'upcoming' | 'ongoing' | 'past';

export function editionTiming(edition: EditionSummary, now: Date = new Date()): EditionTiming {
  const today = todayIn(edition.timeZone, now);
  if (edition.endDate < today) return 'past';
  if (edition.startDate <= today) return 'ongoing';
  return 'upcoming';
}

/** Upcoming (and ongoing) soonest first; past most recent first. */
export function splitEditions<T extends EditionSummary>(editions: readonly T[], now: Date = new Date()) {
  const upcoming = editions.filter((e) => editionTiming(e, now) !== 'past').sort((a, b) => a.startDate.localeCompare(b.startDate));
  const past = editions.filter((e) => editionTiming(e, now) === 'past').sort((a, b) => b.startDate.localeCompare(a.startDate));
  return { upcoming, past };
}

/** "Kalimantan Barat" for ID-KB, in the interface language; the code itself if it is unknown. */
export function regionName(regionCode: string, locale: Locale): string {
  const region = findRegion(regionCode);
  return region ? label(region, locale) : regionCode;
}
