import type { Opportunity, Participant } from '@serumpun/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { RequestMeetingDialog } from '../../meetings/components/RequestMeetingDialog';
import { useMeetingEdition } from '../hooks/useMeetingEdition';
import { useOpportunityMatches } from '../hooks/useOpportunityMatches';
import { matchTitleId } from '../match-pages';
import { recipientOfMatch, requestOpportunities } from '../match-recipient';
import { MatchListBody } from './MatchListBody';
import '../matching.css';

/**
 * "Investors for this opportunity", on the opportunity's page for its owner (or an organiser):
 * investors ranked for it with the reasons, and a meeting request when the owner is registered.
 */
export function OpportunityInvestorsSection({ opportunity }: { opportunity: Opportunity }) {
  const { t } = useTranslation();
  const viewer = useCurrentUser();
  const matches = useOpportunityMatches(opportunity.id);
  const meeting = useMeetingEdition(viewer.role === 'business');
  const [recipient, setRecipient] = useState<Participant | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);

  return (
    <section className="opportunity__section match-section" aria-labelledby="opportunity-investors-title">
      <h2 id="opportunity-investors-title" className="section__title">
        {t('matching.owner.title')}
      </h2>
      <p className="muted">{t('matching.owner.lead')}</p>
      {sentTo ? (
        <FormAlert key={sentTo} tone="info">
          {t('meetings.request.sent', { name: sentTo })}
        </FormAlert>
      ) : null}
      <MatchListBody
        query={matches}
        heading="h3"
        empty={() => <p className="empty">{t('matching.owner.empty')}</p>}
        actions={
          meeting
            ? (match) => (
                <button type="button" className="button button--primary button--small" aria-describedby={matchTitleId(match)} onClick={() => setRecipient(recipientOfMatch(match))}>
                  {t('matching.actions.requestMeeting')}
                </button>
              )
            : undefined
        }
      />
      {recipient && meeting ? (
        <RequestMeetingDialog
          edition={meeting.edition}
          recipient={recipient}
          opportunities={requestOpportunities(recipient, { role: viewer.role, showcased: meeting.registration.opportunityIds }, { id: opportunity.id, title: opportunity.title })}
          onClose={() => setRecipient(null)}
          onSent={(person) => {
            setRecipient(null);
            setSentTo(person.fullName);
          }}
        />
      ) : null}
    </section>
  );
}
