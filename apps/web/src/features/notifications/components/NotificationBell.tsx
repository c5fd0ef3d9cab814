import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { INTL_LOCALE } from '../../../i18n/i18n';
import { useMarkNotificationsRead } from '../hooks/useMarkNotificationsRead';
import { useNotifications } from '../hooks/useNotifications';
import { notificationLink } from '../notification-link';
import { notificationText } from '../notification-text';
import type { Locale } from '@serumpun/shared';

/** The bell in the header: how many notifications are unread, and the latest ones on demand. */
export function NotificationBell() {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const notifications = useNotifications();
  const markRead = useMarkNotificationsRead();
  const unread = notifications.data?.unreadCount ?? 0;
  const items = notifications.data?.items ?? [];
  const formatTime = new Intl.DateTimeFormat(INTL_LOCALE[i18n.language as Locale] ?? 'id-ID', { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <div className="notification-bell">
      <button
        type="button"
        className="button button--ghost button--small notification-bell__button"
        aria-expanded={open}
        aria-controls="notification-panel"
        aria-label={t('notifications.bell', { count: unread })}
        onClick={() => setOpen((value) => !value)}
      >
        <svg className="notification-bell__icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
          <path d="M12 3a6 6 0 0 0-6 6v3.6L4.3 15.5A1 1 0 0 0 5.2 17h13.6a1 1 0 0 0 .9-1.5L18 12.6V9a6 6 0 0 0-6-6z" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinejoin="round" />
          <path d="M9.5 19a2.5 2.5 0 0 0 5 0" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
        </svg>
        {unread > 0 ? (
          <span className="notification-bell__count" aria-hidden="true">
            {unread > 99 ? '99+' : unread}
          </span>
        ) : null}
      </button>
      {open ? (
        <section id="notification-panel" className="notification-panel" aria-label={t('notifications.title')}>
          <div className="notification-panel__head">
            <h2 className="notification-panel__title">{t('notifications.title')}</h2>
            {unread > 0 ? (
              <button type="button" className="button button--ghost button--small" disabled={markRead.isPending} onClick={() => markRead.mutate(undefined)}>
                {t('notifications.markAllRead')}
              </button>
            ) : null}
          </div>
          {items.length === 0 ? (
            <p className="muted">{t('notifications.empty')}</p>
          ) : (
            <ul className="notification-panel__list">
              {items.map((notification) => {
                const link = notificationLink(notification);
                const text = notificationText(t, notification);
                return (
                  <li key={notification.id} className={notification.readAt ? 'notification' : 'notification notification--unread'}>
                    {link ? (
                      <Link to={link} onClick={() => setOpen(false)}>
                        {text}
                      </Link>
                    ) : (
                      <span>{text}</span>
                    )}
                    <time className="notification__time" dateTime={notification.createdAt}>
                      {formatTime.format(new Date(notification.createdAt))}
                    </time>
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      ) : null}
    </div>
  );
}
