import { timeZoneOffsetMinutes } from '@serumpun/shared';
import { useTranslation } from 'react-i18next';
import { timeZoneLabel } from '../edition-dates';
import { viewerTimeZone } from '../slot-time';

/** Says which clock the times on the page follow, and the viewer's own when it differs. */
export function ZoneNote({ timeZone, at }: { timeZone: string; at?: string }) {
  const { t } = useTranslation();
  const viewer = viewerTimeZone();
  const instant = at ? new Date(at) : new Date();
  let differs: boolean;
  try {
    differs = timeZoneOffsetMinutes(timeZone, instant) !== timeZoneOffsetMinutes(viewer, instant);
  } catch {
    // A zone name this browser does not know: say nothing rather than something wrong.
    differs = false;
  }
  return (
    <p className="zone-note">
      {t('meetings.time.venueNote', { zone: timeZoneLabel(timeZone, instant) })}{' '}
      {differs ? t('meetings.time.viewerNote', { zone: timeZoneLabel(viewer, instant), name: viewer }) : null}
    </p>
  );
}
