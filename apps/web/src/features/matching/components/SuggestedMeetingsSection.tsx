import type { Edition, Participant, SuggestedMeeting } from '@serumpun/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormAlert } from '../../../components/FormAlert';
import { LoadingState } from '../../../components/LoadingState';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { editionTiming } from '../../editions/edition-dates';
import { useMyRegistration } from '../../editions/hooks/useMyRegistration';
import { RequestMeetingDialog } from '../../meetings/components/RequestMeetingDialog';
import { useSuggestedMeetings } from '../hooks/useSuggestedMeetings';
import { matchKeys } from '../match-keys';
import { recipientOfSuggestion, requestOpportunities } from '../match-recipient';
import { SuggestedMeetingCard } from './SuggestedMeetingCard';
import '../matching.css';

interface Asking {
  recipient: Participant;
  about: { id: string; title: string | null } | null;
}

/**
 * "Suggested meetings" on an edition's page, for a participant registered (and approved) there while
 * the edition is still ahead: the registered people they fit best, each one click from a request.
 */
export function SuggestedMeetingsSection({ edition }: { edition: Edition }) {
  const { t } = useTranslation();
  const viewer = useCurrentUser();
  const queryClient = useQueryClient();
  const { data: registration } = useMyRegistration(edition.id);
  const open = registration?.status === 'approved' && editionTiming(edition) !== 'past';
  const suggestions = useSuggestedMeetings(edition.id, open);
  const [asking, setAsking] = useState<Asking | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  if (!open || !registration) return null;

  const ask = (suggestion: SuggestedMeeting) =>
    setAsking({
      recipient: recipientOfSuggestion(suggestion, viewer.role),
      about: suggestion.opportunityId ? { id: suggestion.opportunityId, title: suggestion.opportunityTitle } : null,
    });

  let body;
  if (suggestions.isPending) body = <LoadingState />;
  else if (suggestions.isError) {
    body = (
      <div className="empty">
        <p>{t('matching.suggested.loadError')}</p>
        <button type="button" className="button button--ghost button--small" onClick={() => void suggestions.refetch()}>
          {t('common.tryAgain')}
        </button>
      </div>
    );
  } else if (suggestions.data.length === 0) {
    body = (
      <p className="empty">
        {t('matching.suggested.none')} <Link to="/profile">{t('matching.empty.completeProfile')}</Link>
      </p>
    );
  } else {
    body = (
      <ul className="match-list">
        {suggestions.data.map((suggestion) => (
          <SuggestedMeetingCard key={`${suggestion.investorId}:${suggestion.businessId}`} suggestion={suggestion} viewerRole={viewer.role} onRequest={() => ask(suggestion)} />
        ))}
      </ul>
    );
  }

  return (
    <section className="section match-section" aria-labelledby="suggested-meetings-title">
      <h2 id="suggested-meetings-title" className="section__title">
        {t('matching.suggested.title')}
      </h2>
      <p className="muted">{t('matching.suggested.lead')}</p>
      {sentTo ? (
        <FormAlert key={sentTo} tone="info">
          {t('meetings.request.sent', { name: sentTo })}
        </FormAlert>
      ) : null}
      {body}
      {asking ? (
        <RequestMeetingDialog
          edition={edition}
          recipient={asking.recipient}
          opportunities={requestOpportunities(asking.recipient, { role: viewer.role, showcased: registration.opportunityIds }, asking.about)}
          onClose={() => setAsking(null)}
          onSent={(person) => {
            setAsking(null);
            setSentTo(person.fullName);
            // A requested pair is no longer a suggestion.
            void queryClient.invalidateQueries({ queryKey: matchKeys.suggestedAt(edition.id) });
          }}
        />
      ) : null}
    </section>
  );
}
