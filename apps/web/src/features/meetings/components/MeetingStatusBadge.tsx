import type { MeetingStatus } from '@serumpun/shared';
import { useTranslation } from 'react-i18next';

/** scheduled, held, no-show, cancelled. */
export function MeetingStatusBadge({ status }: { status: MeetingStatus }) {
  const { t } = useTranslation();
  return <span className={`badge status status--${status}`}>{t(`meetings.meetingStatus.${status}`)}</span>;
}
