import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** On the edition page, the organiser's way into the console. */
export function ConsoleLinks({ editionId }: { editionId: string }) {
  const { t } = useTranslation();
  const base = `/editions/${editionId}/console`;
  return (
    <section className="section card" aria-labelledby="console-links-title">
      <h2 id="console-links-title" className="section__title">
        {t('meetings.console.title')}
      </h2>
      <p className="muted">{t('meetings.console.lead')}</p>
      <div className="button-row">
        <Link to={base} className="button button--primary">
          {t('meetings.console.nav.grid')}
        </Link>
        <Link to={`${base}/participants`} className="button button--ghost">
          {t('meetings.console.nav.participants')}
        </Link>
        <Link to={`${base}/requests`} className="button button--ghost">
          {t('meetings.console.nav.requests')}
        </Link>
        <Link to={`${base}/settings`} className="button button--ghost">
          {t('meetings.console.nav.settings')}
        </Link>
        <Link to={`${base}/reports`} className="button button--ghost">
          {t('reports.consoleTab')}
        </Link>
      </div>
    </section>
  );
}
