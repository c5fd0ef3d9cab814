import type { MeetingRequestStatus } from '@serumpun/shared';
import { useTranslation } from 'react-i18next';

/** pending, accepted, declined, cancelled, expired — each with its own colour and word. */
export function RequestStatusBadge({ status }: { status: MeetingRequestStatus }) {
  const { t } = useTranslation();
  return <span className={`badge status status--${status}`}>{t(`meetings.requestStatus.${status}`)}</span>;
}
