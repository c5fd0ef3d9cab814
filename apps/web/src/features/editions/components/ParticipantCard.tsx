import { findCountry, findSector, label, type Locale, type MeetingRequestStatus, type Participant } from '@serumpun/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale, INTL_LOCALE } from '../../../i18n/i18n';
import { RequestStatusBadge } from '../../meetings/components/RequestStatusBadge';

const SECTORS_SHOWN = 3;

/** "Rp 1,5 M" at a glance; the opportunity's own page shows the exact amount. */
function compactAmount(money: { amount: string; currency: string }, locale: Locale): string {
  try {
    return new Intl.NumberFormat(INTL_LOCALE[locale], { style: 'currency', currency: money.currency, notation: 'compact', maximumFractionDigits: 1 }).format(Number(money.amount));
  } catch {
    return `${money.currency} ${money.amount}`;
  }
}

interface ParticipantCardProps {
  participant: Participant;
  /** The latest request between the viewer and this participant, if any. */
  requestStatus: MeetingRequestStatus | null;
  /** Absent when the viewer cannot ask this person (themself, or an organiser viewing). */
  onRequest?: () => void;
}

export function ParticipantCard({ participant, requestStatus, onRequest }: ParticipantCardProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const country = participant.countryCode ? findCountry(participant.countryCode) : undefined;
  const sectors = participant.sectors.map((code) => findSector(code)).filter((sector) => sector !== undefined);
  const headingId = `participant-${participant.userId}`;
  return (
    <li className="participant-card" aria-labelledby={headingId}>
      <div className="participant-card__head">
        <h3 id={headingId} className="participant-card__name">
          {participant.fullName}
        </h3>
        <span className={`badge badge--role-${participant.role}`}>{t(`roles.${participant.role}`)}</span>
      </div>
      <p className="participant-card__org">{[participant.organisation, country ? label(country, locale) : null].filter(Boolean).join(' · ') || '—'}</p>
      {sectors.length ? (
        <ul className="sector-tags" aria-label={t('meetings.participants.sectors')}>
          {sectors.slice(0, SECTORS_SHOWN).map((sector) => (
            <li key={sector.code} className="sector-tag">
              {sector.code} · {label(sector, locale)}
            </li>
          ))}
          {sectors.length > SECTORS_SHOWN ? <li className="sector-tag sector-tag--more">+{sectors.length - SECTORS_SHOWN}</li> : null}
        </ul>
      ) : null}
      {participant.opportunities.length ? (
        <div className="participant-card__opportunities">
          <h4 className="participant-card__subtitle">{t('meetings.participants.showcased')}</h4>
          <ul>
            {participant.opportunities.map((opportunity) => (
              <li key={opportunity.id}>
                <Link to={`/opportunities/${opportunity.id}`}>{opportunity.title}</Link>{' '}
                <span className="participant-card__amount">{compactAmount(opportunity.amount, locale)}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="participant-card__actions">
        {requestStatus ? <RequestStatusBadge status={requestStatus} /> : null}
        {onRequest ? (
          <button type="button" className="button button--primary button--small" onClick={onRequest} aria-describedby={headingId}>
            {t('meetings.participants.requestMeeting')}
          </button>
        ) : null}
      </div>
    </li>
  );
}
