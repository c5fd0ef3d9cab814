import { useTranslation } from 'react-i18next';
import { useConnectionBanner } from '../hooks/useConnectionBanner';

/** Says when live updates stop (venue Wi-Fi) and when they come back; read out politely. */
export function ConnectionBanner() {
  const { t } = useTranslation();
  const banner = useConnectionBanner();
  if (!banner) return null;
  return (
    <p className={`connection-banner connection-banner--${banner}`} role="status">
      {banner === 'offline' ? t('realtime.banner.offline') : t('realtime.banner.back')}
    </p>
  );
}
