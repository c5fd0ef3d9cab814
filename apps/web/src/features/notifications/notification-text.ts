import type { Notification } from '@serumpun/shared';
import type { TFunction } from 'i18next';

/**
 * A notification's text in the reader's language. Most types are one sentence; `match.new` names the
 * opportunity and its score when the payload carries them (else the general sentence).
 */
export function notificationText(t: TFunction, notification: Notification): string {
  const { title, score } = notification.payload;
  if (notification.type === 'match.new' && typeof title === 'string' && typeof score === 'number') {
    return t('notifications.matchNew', { title, score: Math.round(score) });
  }
  return t(`notifications.types.${notification.type}`);
}
