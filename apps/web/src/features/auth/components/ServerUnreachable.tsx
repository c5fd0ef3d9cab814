import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/PageTitle';
import { retryRestoreSession } from '../session/restore-session';

export function ServerUnreachable() {
  const { t } = useTranslation();
  return (
    <section className="page page--narrow">
      <PageTitle title={t('errors.unreachableTitle')}>{t('errors.unreachableTitle')}</PageTitle>
      <p className="lead">{t('errors.unreachable')}</p>
      <button type="button" className="button button--primary" onClick={() => void retryRestoreSession()}>
        {t('common.tryAgain')}
      </button>
    </section>
  );
}
