import type { Locale } from '@serumpun/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { chooseLocale } from '../../../i18n/i18n';
import { sessionStore } from '../../auth/session/session-store';
import { useUpdateMe } from '../../auth/hooks/useUpdateMe';

/** Switches the interface language; for a signed-in person the account follows. */
export function useChangeLanguage(): (locale: Locale) => Promise<void> {
  const queryClient = useQueryClient();
  const { mutate: updateMe } = useUpdateMe();
  return useCallback(
    async (locale: Locale) => {
      await chooseLocale(locale);
      // Server-worded text (labels, reasons) comes back in the new language on the next fetch.
      void queryClient.invalidateQueries();
      const session = sessionStore.getState();
      if (session.status === 'authenticated' && session.user.locale !== locale) {
        // So that emails and notifications follow; a failure here is retried on next sign-in.
        updateMe({ locale });
      }
    },
    [queryClient, updateMe],
  );
}
