import { useTranslation } from 'react-i18next';
import { useNeedsConnection } from '../hooks/useNeedsConnection';

/**
 * Beside actions that need the server: while offline they stay visible (disabled by their owner
 * with `useNeedsConnection`) and this says why, instead of a click that fails or waits silently.
 */
export function NeedsConnectionNote() {
  const { t } = useTranslation();
  const needsConnection = useNeedsConnection();
  if (!needsConnection) return null;
  return <p className="needs-connection">{t('offline.needsConnection')}</p>;
}
