import type { User } from '@serumpun/shared';
import { updateMe } from '../auth/api/update-me';
import { sessionStore } from '../auth/session/session-store';
import { chooseLocale, currentLocale, storedLocale } from '../../i18n/i18n';

/**
 * Reconciles the account's language with this device after signing in. A language chosen on
 * this device wins (the person picked it here, maybe before signing in) and the account follows,
 * so emails and notifications arrive in it; a device with no choice adopts the account's.
 */
export function syncAccountLocale(user: User): void {
  const chosenHere = storedLocale();
  if (chosenHere === null) {
    if (user.locale !== currentLocale()) void chooseLocale(user.locale);
    return;
  }
  if (chosenHere !== user.locale) {
    updateMe({ locale: chosenHere }).then(
      (updated) => sessionStore.updateUser(updated),
      () => {
        // Best effort: the interface already speaks the chosen language; the account catches up
        // the next time the person switches or signs in.
      },
    );
  }
}
