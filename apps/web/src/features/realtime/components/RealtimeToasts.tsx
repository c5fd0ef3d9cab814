import type { Notification } from '@serumpun/shared';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { notificationLink } from '../../notifications/notification-link';
import { notificationText } from '../../notifications/notification-text';
import { useRealtime } from '../realtime-context';

/** How long a toast stays, unless the pointer or focus is on it. */
export const TOAST_MS = 8_000;

function Toast({ notification, dismiss }: { notification: Notification; dismiss: (id: string) => void }) {
  const { t } = useTranslation();
  const [held, setHeld] = useState(false);
  const link = notificationLink(notification);
  const { id } = notification;
  const onDismiss = () => dismiss(id);

  useEffect(() => {
    if (held) return;
    const timer = setTimeout(() => dismiss(id), TOAST_MS);
    return () => clearTimeout(timer);
  }, [held, dismiss, id]);

  return (
    // The item holds the status message: a role on the <li> itself would hide it from the list.
    <li>
      <div
        className="toast"
        role="status"
        onMouseEnter={() => setHeld(true)}
        onMouseLeave={() => setHeld(false)}
        onFocus={() => setHeld(true)}
        onBlur={() => setHeld(false)}
      >
        <p className="toast__text">{notificationText(t, notification)}</p>
        {link ? (
          <Link className="toast__link" to={link} onClick={onDismiss}>
            {t('realtime.toast.open')}
          </Link>
        ) : null}
        <button type="button" className="toast__close" aria-label={t('realtime.toast.dismiss')} onClick={onDismiss}>
          ×
        </button>
      </div>
    </li>
  );
}

/** Notifications as they arrive, in the reader's language, each linked to where to act on it. */
export function RealtimeToasts() {
  const { t } = useTranslation();
  const { toasts, dismissToast } = useRealtime();
  if (toasts.length === 0) return null;
  return (
    // Each toast is its own status message (read out as it appears); the list only places them.
    <ul className="toasts" aria-label={t('realtime.toast.region')}>
      {toasts.map((notification) => (
        <Toast key={notification.id} notification={notification} dismiss={dismissToast} />
      ))}
    </ul>
  );
}
