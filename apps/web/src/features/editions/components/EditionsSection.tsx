import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../components/LoadingState';
import { splitEditions } from '../edition-dates';
import { useEditions } from '../hooks/useEditions';
import { EditionCard } from './EditionCard';

/** The series at a glance: where the dialogue goes next, and where it has been. */
export function EditionsSection() {
  const { t } = useTranslation();
  const { data, isPending, isError, refetch } = useEditions();

  let content;
  if (isPending) content = <LoadingState />;
  else if (isError && !data) {
    content = (
      <div className="empty">
        <p>{t('editions.loadError')}</p>
        <button type="button" className="button button--ghost button--small" onClick={() => void refetch()}>
          {t('common.tryAgain')}
        </button>
      </div>
    );
  } else {
    const { upcoming, past } = splitEditions(data);
    content = (
      <div className="editions__lists">
        <div>
          <h3 className="editions__heading">{t('editions.upcoming')}</h3>
          {upcoming.length ? (
            <ul className="editions__list">
              {upcoming.map((edition) => (
                <EditionCard key={edition.id} edition={edition} />
              ))}
            </ul>
          ) : (
            <p className="empty">{t('editions.noneUpcoming')}</p>
          )}
        </div>
        {past.length ? (
          <div>
            <h3 className="editions__heading">{t('editions.past')}</h3>
            <ul className="editions__list">
              {past.map((edition) => (
                <EditionCard key={edition.id} edition={edition} />
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    );
  }

  return (
    <section className="section editions" aria-labelledby="editions-title">
      <h2 id="editions-title" className="section__title">
        {t('editions.title')}
      </h2>
      <p className="muted">{t('editions.intro')}</p>
      {content}
    </section>
  );
}
