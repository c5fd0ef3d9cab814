import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../../components/PageTitle';

export type ComingSoonArea = 'reports';

/** A real address with an honest heading, for areas that later work fills in. */
export function ComingSoonPage({ area }: { area: ComingSoonArea }) {
  const { t } = useTranslation();
  const title = t(`comingSoon.${area}.title`);
  return (
    <section className="page page--narrow">
      <p className="eyebrow">
        <span className="badge badge--accent">{t('comingSoon.badge')}</span>
      </p>
      <PageTitle title={title}>{title}</PageTitle>
      <p className="lead">{t(`comingSoon.${area}.body`)}</p>
      <Link to="/" className="button button--ghost">
        {t('comingSoon.back')}
      </Link>
    </section>
  );
}
