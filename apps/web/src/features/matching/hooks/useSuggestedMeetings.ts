import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n/i18n';
import { listSuggestedMeetings } from '../api/list-suggested-meetings';
import { matchKeys } from '../match-keys';

export const SUGGESTED_MEETINGS_SHOWN = 5;

/** The registered people of an edition the caller should meet, best mutual score first. */
export function useSuggestedMeetings(editionId: string, enabled: boolean) {
  useTranslation();
  const locale = currentLocale();
  return useQuery({
    queryKey: matchKeys.suggested(editionId, locale),
    queryFn: ({ signal }) => listSuggestedMeetings(editionId, SUGGESTED_MEETINGS_SHOWN, signal),
    select: (list) => list.items,
    enabled,
  });
}
