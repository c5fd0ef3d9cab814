import type { Role, SuggestedMeeting } from '@serumpun/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ReasonList } from './ReasonList';
import { ScoreMeter } from './ScoreMeter';

/** One person to meet: the mutual score, who (and about which opportunity), why, and the request button. */
export function SuggestedMeetingCard({ suggestion, viewerRole, onRequest }: { suggestion: SuggestedMeeting; viewerRole: Role; onRequest: () => void }) {
  const { t } = useTranslation();
  const toBusiness = viewerRole === 'investor';
  const name = toBusiness ? suggestion.businessName : suggestion.investorName;
  const headingId = `suggestion-${suggestion.investorId}-${suggestion.businessId}`;
  return (
    <li className="opp-card match-card suggestion-card">
      <article aria-labelledby={headingId}>
        <div className="match-card__head">
          <ScoreMeter score={suggestion.score} />
          <div className="match-card__what">
            <p className="opp-card__eyebrow">{t(`roles.${toBusiness ? 'business' : 'investor'}`)}</p>
            <h3 id={headingId} className="opp-card__title">
              {name}
            </h3>
            <p className="opp-card__place">
              {suggestion.investorName} ↔ {suggestion.businessName}
            </p>
            {suggestion.opportunityId && suggestion.opportunityTitle ? (
              <p className="suggestion-card__about">
                {t('matching.suggested.about')} <Link to={`/opportunities/${suggestion.opportunityId}`}>{suggestion.opportunityTitle}</Link>
              </p>
            ) : null}
          </div>
        </div>
        <ReasonList reasons={suggestion.reasons} />
        <div className="match-card__actions">
          <button type="button" className="button button--primary button--small" aria-describedby={headingId} onClick={onRequest}>
            {t('matching.actions.requestMeeting')}
          </button>
        </div>
      </article>
    </li>
  );
}
