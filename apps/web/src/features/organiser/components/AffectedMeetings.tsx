import { localDateInZone, localTimeInZone, type EditionLayoutPreview, type Meeting } from '@serumpun/shared';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n/i18n';
import { formatDay } from '../../editions/slot-time';

interface AffectedMeetingsProps {
  preview: EditionLayoutPreview;
  timeZone: string;
  /** The edition's meetings, to name the people of each affected one. */
  meetings: readonly Meeting[];
}

/** The booked meetings a settings change would take the slot or table of, one per line. */
export function AffectedMeetings({ preview, timeZone, meetings }: AffectedMeetingsProps) {
  const { t } = useTranslation();
  const startOf = (startsAt: string) => {
    const start = new Date(startsAt);
    const day = formatDay(localDateInZone(start, timeZone), currentLocale(), { weekday: 'short', day: 'numeric', month: 'short' });
    return `${day} ${localTimeInZone(start, timeZone)}`;
  };
  const names = (meetingId: string, participantIds: string[]) => {
    const meeting = meetings.find((m) => m.id === meetingId);
    return participantIds.map((id) => meeting?.participants.find((p) => p.id === id)?.fullName ?? '?').join(' ↔ ');
  };
  return (
    <div className="affected">
      <p>
        {t('meetings.console.settings.previewCounts', {
          slotsAdded: preview.slotsAdded,
          slotsRemoved: preview.slotsRemoved,
          tablesAdded: preview.tablesAdded,
          tablesRemoved: preview.tablesRemoved,
        })}
      </p>
      {preview.affectedMeetings.length ? (
        <ul className="affected__list" aria-label={t('meetings.console.settings.affectedTitle')}>
          {preview.affectedMeetings.map((meeting) => (
            <li key={meeting.meetingId}>
              <strong>{names(meeting.meetingId, meeting.participantIds)}</strong> —{' '}
              {startOf(meeting.startsAt)}, {t('meetings.common.tableNumber', { number: meeting.tableNumber })} · {t(`meetings.console.settings.reason.${meeting.reason}`)}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
