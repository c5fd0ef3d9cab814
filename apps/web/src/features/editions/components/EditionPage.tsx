import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LoadingState } from '../../../components/LoadingState';
import { PageTitle } from '../../../components/PageTitle';
import { currentLocale } from '../../../i18n/i18n';
import { ApiRequestError } from '../../../lib/api-client';
import { NotFoundPage } from '../../../app/NotFoundPage';
import { formatEditionDates, regionName, timeZoneLabel } from '../edition-dates';
import { useEdition } from '../hooks/useEdition';

/** An edition's facts; its agenda, slots and meetings arrive with the scheduling work. */
export function EditionPage() {
  const { t } = useTranslation();
  const { editionId = '' } = useParams();
  const { data: edition, isPending, error, refetch } = useEdition(editionId);

  if (isPending) return <LoadingState />;
  if (error instanceof ApiRequestError && (error.status === 404 || error.status === 400)) return <NotFoundPage />;
  if (error || !edition) {
    return (
      <section className="page page--narrow">
        <PageTitle title={t('editions.title')}>{t('editions.title')}</PageTitle>
        <p className="lead">{t('editions.loadError')}</p>
        <button type="button" className="button button--primary" onClick={() => void refetch()}>
          {t('common.tryAgain')}
        </button>
      </section>
    );
  }

  return (
    <section className="page">
      <p className="eyebrow">
        <Link to="/">{t('nav.home')}</Link> / {t('editions.title')}
      </p>
      <PageTitle title={edition.name}>{edition.name}</PageTitle>
      <dl className="facts">
        <div>
          <dt>{t('editions.dates')}</dt>
          <dd>{formatEditionDates(edition, currentLocale())}</dd>
        </div>
        <div>
          <dt>{t('editions.venue')}</dt>
          <dd>
            {edition.venue}, {edition.city}
          </dd>
        </div>
        <div>
          <dt>{t('editions.region')}</dt>
          <dd>{regionName(edition.regionCode, currentLocale())}</dd>
        </div>
        <div>
          <dt>{t('editions.timeZoneLabel')}</dt>
          <dd>
            {timeZoneLabel(edition.timeZone)} ({edition.timeZone})
          </dd>
        </div>
      </dl>
      <div className="notice">
        <h2 className="notice__title">{t('editions.comingTitle')}</h2>
        <p>{t('editions.comingBody')}</p>
      </div>
    </section>
  );
}
