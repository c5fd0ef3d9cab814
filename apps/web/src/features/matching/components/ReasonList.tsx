import type { MatchReasonDto } from '@serumpun/shared';
import { useTranslation } from 'react-i18next';

/** Why a match was made: each reason as a chip with the points it earned, in the words the server chose for this language. */
export function ReasonList({ reasons }: { reasons: MatchReasonDto[] }) {
  const { t } = useTranslation();
  if (reasons.length === 0) return null;
  return (
    <ul className="reason-chips" aria-label={t('matching.reasons.label')}>
      {reasons.map((reason, index) => (
        <li key={`${reason.code}-${index}`} className="reason-chip" data-code={reason.code}>
          <span className="reason-chip__label">{reason.label}</span>{' '}
          <span className="reason-chip__points">{t('matching.reasons.points', { count: reason.points })}</span>
        </li>
      ))}
    </ul>
  );
}
