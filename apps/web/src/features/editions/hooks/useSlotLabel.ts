import { localDateInZone, type Slot } from '@serumpun/shared';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n/i18n';
import { describeRange, formatDay, viewerTimeZone } from '../slot-time';

/**
 * Plain-text names for slots, for places that cannot hold markup (select options, aria labels):
 * "Kam, 30 Okt · 13:00–13:20 (14:00–14:20 waktu Anda)".
 */
export function useSlotLabel(timeZone: string, withDay = true) {
  const { t, i18n } = useTranslation();
  return useCallback(
    (slot: Pick<Slot, 'startsAt' | 'endsAt'>) => {
      const range = describeRange(slot.startsAt, slot.endsAt, timeZone, viewerTimeZone());
      const day = withDay ? `${formatDay(localDateInZone(new Date(slot.startsAt), timeZone), currentLocale(), { weekday: 'short', day: 'numeric', month: 'short' })} · ` : '';
      const viewer = range.viewer ? ` (${t('meetings.time.yourTime', { time: range.viewer })})` : '';
      return `${day}${range.venue}${viewer}`;
    },
    // The language is a dependency so labels re-word after a switch.
    [timeZone, withDay, t, i18n.language],
  );
}
