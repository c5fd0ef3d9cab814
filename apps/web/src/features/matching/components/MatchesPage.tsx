import type { Match, Participant } from '@serumpun/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { FormAlert } from '../../../components/FormAlert';
import { FormMessageAlert } from '../../../components/FormMessageAlert';
import { PageTitle } from '../../../components/PageTitle';
import { formMessageFor, type FormMessage } from '../../../lib/form-message';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { RequestMeetingDialog } from '../../meetings/components/RequestMeetingDialog';
import { useDismissMatch } from '../hooks/useDismissMatch';
import { useMatches, type MatchView } from '../hooks/useMatches';
import { useMeetingEdition } from '../hooks/useMeetingEdition';
import { useToggleSavedMatch } from '../hooks/useToggleSavedMatch';
import { useUndoDismissMatch } from '../hooks/useUndoDismissMatch';
import { matchTargetId, matchTitle, matchTitleId } from '../match-pages';
import { recipientOfMatch, requestOpportunities } from '../match-recipient';
import { DismissedNotice } from './DismissedNotice';
import { MatchActions } from './MatchActions';
import { MatchesEmpty } from './MatchesEmpty';
import { MatchListBody } from './MatchListBody';
import { MatchTabs } from './MatchTabs';

/**
 * "Matches for you": an investor's ranked opportunities, a business's ranked investors, each with
 * its score and the reasons behind it; saved for later, dismissed (with undo), or turned into a
 * meeting request at the edition the person is registered for.
 */
export function MatchesPage() {
  const { t } = useTranslation();
  const viewer = useCurrentUser();
  const role = viewer.role === 'business' ? 'business' : 'investor';
  const [params, setParams] = useSearchParams();
  const view: MatchView = params.get('tab') === 'saved' ? 'saved' : 'ranked';
  const matches = useMatches(view);
  const dismiss = useDismissMatch();
  const undo = useUndoDismissMatch();
  const toggleSaved = useToggleSavedMatch();
  const meeting = useMeetingEdition();
  const [dismissed, setDismissed] = useState<Match | null>(null);
  const [failure, setFailure] = useState<FormMessage | null>(null);
  const [recipient, setRecipient] = useState<Participant | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);

  const changeView = (next: MatchView) => {
    setDismissed(null);
    setFailure(null);
    setSentTo(null);
    setParams(next === 'saved' ? { tab: 'saved' } : {}, { replace: true });
  };

  const onDismiss = (match: Match) => {
    setFailure(null);
    setDismissed(match);
    dismiss.mutate(match, {
      onError: (error) => {
        setDismissed(null);
        setFailure(formMessageFor(error));
      },
    });
  };

  const onUndo = (match: Match) => {
    undo.mutate(match, {
      onSuccess: () => setDismissed((current) => (current === match ? null : current)),
      onError: (error) => setFailure(formMessageFor(error)),
    });
  };

  const actions = (match: Match) => (
    <MatchActions
      match={match}
      titleId={matchTitleId(match)}
      onToggleSaved={() => toggleSaved.mutate({ match, saved: !match.saved }, { onError: (error) => setFailure(formMessageFor(error)) })}
      onDismiss={view === 'ranked' ? () => onDismiss(match) : undefined}
      onRequestMeeting={meeting ? () => setRecipient(recipientOfMatch(match)) : undefined}
    />
  );

  const title = t(`matching.page.title.${role}`);
  return (
    <section className="page matches-page">
      <PageTitle title={title}>{title}</PageTitle>
      <p className="lead">{t(`matching.page.lead.${role}`)}</p>
      {meeting ? <p className="muted">{t('matching.page.meetingsAt', { edition: meeting.edition.name })}</p> : null}
      <MatchTabs view={view} onChange={changeView} />
      <div className="match-notices" aria-live="polite">
        {dismissed ? (
          <DismissedNotice key={matchTargetId(dismissed)} title={matchTitle(dismissed)} undoing={undo.isPending} onUndo={() => onUndo(dismissed)} />
        ) : null}
        {sentTo ? (
          <FormAlert key={sentTo} tone="info">
            {t('meetings.request.sent', { name: sentTo })}
          </FormAlert>
        ) : null}
      </div>
      <FormMessageAlert message={failure} />
      <div role="tabpanel" id="matches-panel" aria-labelledby={`matches-tab-${view}`} className="segmented__panel">
        <MatchListBody query={matches} actions={actions} empty={(reason) => <MatchesEmpty view={reason === 'needsProfile' ? 'profile' : view} />} />
      </div>
      {recipient && meeting ? (
        <RequestMeetingDialog
          edition={meeting.edition}
          recipient={recipient}
          opportunities={requestOpportunities(recipient, { role: viewer.role, showcased: meeting.registration.opportunityIds })}
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
