import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadingState } from '../../../components/LoadingState';
import { PageTitle } from '../../../components/PageTitle';
import { currentLocale } from '../../../i18n/i18n';
import { formatEditionDates, splitEditions } from '../../editions/edition-dates';
import { useEditions } from '../../editions/hooks/useEditions';
import { useMeetingRequests } from '../hooks/useMeetingRequests';

/** "Meetings": each upcoming edition with the way to its directory, requests and agenda. */
export function MeetingsPage() {
  const { t } = useTranslation();
  const editions = useEditions();
  const waiting = useMeetingRequests({ direction: 'incoming', status: 'pending' });
  const waitingByEdition = useMemo(() => {
    const counts = new Map<string, number>();
    for (const request of waiting.data ?? []) counts.set(request.editionId, (counts.get(request.editionId) ?? 0) + 1);
    return counts;
  }, [waiting.data]);

  let body;
  if (editions.isPending) body = <LoadingState />;
  else if (editions.isError && !editions.data) {
    body = (
      <div className="empty">
        <p>{t('editions.loadError')}</p>
        <button type="button" className="button button--ghost button--small" onClick={() => void editions.refetch()}>
          {t('common.tryAgain')}
        </button>
      </div>
    );
  } else {
    const { upcoming, past } = splitEditions(editions.data);
    const list = [...upcoming, ...past.slice(0, 3)];
    body = list.length ? (
      <ul className="meeting-editions">
        {list.map((edition) => {
          const base = `/editions/${edition.id}`;
          const open = waitingByEdition.get(edition.id) ?? 0;
          return (
            <li key={edition.id} className="meeting-edition card">
              <p className="edition-card__date">{formatEditionDates(edition, currentLocale())}</p>
              <h2 className="meeting-edition__name">
                <Link to={base}>{edition.name}</Link>
              </h2>
              <p className="muted">
                {edition.venue}, {edition.city}
              </p>
              {open > 0 ? <p className="meeting-edition__waiting">{t('meetings.overview.waiting', { count: open })}</p> : null}
              <div className="button-row">
                <Link to={`${base}/agenda`} className="button button--primary button--small">
                  {t('meetings.nav.agenda')}
                </Link>
                <Link to={`${base}/requests`} className="button button--ghost button--small">
                  {t('meetings.nav.requests')}
                </Link>
                <Link to={`${base}/participants`} className="button button--ghost button--small">
                  {t('meetings.nav.participants')}
                </Link>
              </div>
            </li>
          );
        })}
      </ul>
    ) : (
      <p className="empty">{t('editions.noneUpcoming')}</p>
    );
  }

  return (
    <section className="page">
      <PageTitle title={t('meetings.overview.title')}>{t('meetings.overview.title')}</PageTitle>
      <p className="lead">{t('meetings.overview.lead')}</p>
      {body}
    </section>
  );
}
