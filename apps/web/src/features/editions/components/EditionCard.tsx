import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../../../i18n/i18n';
import { useSession } from '../../auth/hooks/useSession';
import { editionTiming, formatEditionDates, regionName, timeZoneLabel, type EditionSummary } from '../edition-dates';

export function EditionCard({ edition }: { edition: EditionSummary }) {
  const { t } = useTranslation();
  const timing = editionTiming(edition);
  const session = useSession();
  const isOrganiser = session.status === 'authenticated' && session.user.role === 'organiser';
  return (
    <li className={`edition-card edition-card--${timing}`}>
      <div className="edition-card__date">
        <span>{formatEditionDates(edition, currentLocale())}</span>
        {timing === 'ongoing' ? <span className="badge badge--accent">{t('editions.ongoing')}</span> : null}
      </div>
      <h4 className="edition-card__name">
        <Link to={`/editions/${edition.id}`}>{edition.name}</Link>
      </h4>
      <p className="edition-card__place">
        {edition.venue}, {edition.city} · {regionName(edition.regionCode, currentLocale())}
      </p>
      <p className="edition-card__zone">{t('editions.timeZone', { zone: timeZoneLabel(edition.timeZone) })}</p>
      {isOrganiser ? (
        <p className="edition-card__console">
          <Link to={`/editions/${edition.id}/console`}>{t('meetings.edition.console')}</Link>
        </p>
      ) : null}
    </li>
  );
}
