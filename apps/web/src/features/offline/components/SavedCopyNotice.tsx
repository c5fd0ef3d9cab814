import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n/i18n';
import { useSavedCopyShown } from '../hooks/useSavedCopyShown';
import { formatSavedTime } from '../saved-time';

/** Under the connection banner: the page shows the copy saved on this device, as of when. */
export function SavedCopyNotice() {
  const { t } = useTranslation();
  const savedAt = useSavedCopyShown();
  if (savedAt === null) return null;
  return (
    <p className="connection-banner connection-banner--saved" role="status">
      {t('offline.savedCopy', { when: formatSavedTime(savedAt, currentLocale()) })}
    </p>
  );
}
