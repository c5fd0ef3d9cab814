import { useTranslation } from 'react-i18next';

/** What a list or page shows when its data could not be read: a short apology and "Try again". */
export function LoadErrorState({ onRetry }: { onRetry: () => unknown }) {
  const { t } = useTranslation();
  return (
    <div className="empty">
      <p>{t('meetings.common.loadError')}</p>
      <button type="button" className="button button--ghost button--small" onClick={() => void onRetry()}>
        {t('common.tryAgain')}
      </button>
    </div>
  );
}
