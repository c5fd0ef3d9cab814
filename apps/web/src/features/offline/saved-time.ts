import { localDateInZone, localTimeInZone, type Locale } from '@serumpun/shared';
import { INTL_LOCALE } from '../../i18n/i18n';
import { viewerTimeZone } from '../editions/slot-time';

/** When saved data came from the server, on the device's clock: `09:41` today, `27 Nov 09:41` before. */
export function formatSavedTime(at: number, locale: Locale, now = Date.now(), timeZone = viewerTimeZone()): string {
  const instant = new Date(at);
  const time = localTimeInZone(instant, timeZone);
  if (localDateInZone(instant, timeZone) === localDateInZone(new Date(now), timeZone)) return time;
  const day = new Intl.DateTimeFormat(INTL_LOCALE[locale], { day: 'numeric', month: 'short', timeZone }).format(instant);
  return `${day} ${time}`;
}
