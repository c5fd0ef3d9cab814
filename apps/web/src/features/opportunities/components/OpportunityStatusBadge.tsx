import type { OpportunityStatus } from '@serumpun/shared';
import { useTranslation } from 'react-i18next';

export function OpportunityStatusBadge({ status }: { status: OpportunityStatus }) {
  const { t } = useTranslation();
  return <span className={`badge status status--${status}`}>{t(`marketplace.status.${status}`)}</span>;
}
