import { useTranslation } from 'react-i18next';
import { describeRange, viewerTimeZone } from '../slot-time';

/**
 * A time range in the venue's zone, with the viewer's own time beside it when that reads
 * differently ("13:00–13:20 · 14:00–14:20 your time" for a Kuching phone at the Pontianak edition).
 */
export function VenueTime({ startsAt, endsAt, timeZone }: { startsAt: string; endsAt: string; timeZone: string }) {
  const { t } = useTranslation();
  const label = describeRange(startsAt, endsAt, timeZone, viewerTimeZone());
  return (
    <span className="venue-time">
      <time className="venue-time__venue" dateTime={startsAt}>
        {label.venue}
      </time>
      {label.viewer ? <span className="venue-time__viewer">{t('meetings.time.yourTime', { time: label.viewer })}</span> : null}
    </span>
  );
}
