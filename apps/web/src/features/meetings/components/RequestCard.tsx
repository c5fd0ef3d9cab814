import type { AcceptMeetingRequestResult, Edition, MeetingRequest, Slot } from '@serumpun/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormAlert } from '../../../components/FormAlert';
import { currentLocale } from '../../../i18n/i18n';
import { formMessageFor } from '../../../lib/form-message';
import { VenueTime } from '../../editions/components/VenueTime';
import { formatInstant } from '../../editions/slot-time';
import { useCancelMeetingRequest } from '../hooks/useCancelMeetingRequest';
import { AcceptPanel } from './AcceptPanel';
import { ConversationPanel } from './ConversationPanel';
import { DeclinePanel } from './DeclinePanel';
import { OpportunityTitle } from './OpportunityTitle';
import { RequestStatusBadge } from './RequestStatusBadge';
import { NeedsConnectionNote } from '../../offline/components/NeedsConnectionNote';
import { useNeedsConnection } from '../../offline/hooks/useNeedsConnection';

interface RequestCardProps {
  edition: Edition;
  request: MeetingRequest;
  direction: 'incoming' | 'outgoing';
  slotsById: ReadonlyMap<string, Slot>;
  onAnswered: (text: string) => void;
}

export function RequestCard({ edition, request, direction, slotsById, onAnswered }: RequestCardProps) {
  const { t } = useTranslation();
  const [panel, setPanel] = useState<'accept' | 'decline' | null>(null);
  const [cancelError, setCancelError] = useState<string | null>(null);
  const [talking, setTalking] = useState(false);
  const { mutateAsync: cancel, isPending: cancelling } = useCancelMeetingRequest(edition.id);
  const needsConnection = useNeedsConnection();
  const counterpart = direction === 'incoming' ? request.from : request.to;
  const proposed = request.proposedSlotId ? slotsById.get(request.proposedSlotId) : undefined;
  const pending = request.status === 'pending';
  const headingId = `request-${request.id}`;

  const onAccepted = (result: AcceptMeetingRequestResult) => {
    setPanel(null);
    if (result.meeting?.startsAt && result.meeting.endsAt) {
      const slot = slotsById.get(result.meeting.slotId ?? '');
      onAnswered(
        t('meetings.accept.bookedAt', {
          name: counterpart.fullName,
          when: formatInstant(slot?.startsAt ?? result.meeting.startsAt, edition.timeZone, currentLocale()),
        }),
      );
    } else {
      onAnswered(t('meetings.accept.leftToScheduler', { name: counterpart.fullName }));
    }
  };

  const onCancel = async () => {
    setCancelError(null);
    try {
      await cancel(request.id);
      onAnswered(t('meetings.inbox.cancelled', { name: counterpart.fullName }));
    } catch (error) {
      const message = formMessageFor(error);
      setCancelError('text' in message ? message.text : t(message.key, { count: message.minutes ?? 0 }));
    }
  };

  return (
    <li className={`request-card request-card--${request.status}`} aria-labelledby={headingId}>
      <div className="request-card__head">
        <h2 id={headingId} className="request-card__name">
          {counterpart.fullName}
        </h2>
        <RequestStatusBadge status={request.status} />
      </div>
      <p className="request-card__meta">
        {t(`roles.${counterpart.role === 'investor' ? 'investor' : 'business'}`)} ·{' '}
        {t(direction === 'incoming' ? 'meetings.inbox.receivedAt' : 'meetings.inbox.sentAt', {
          when: formatInstant(request.createdAt, edition.timeZone, currentLocale()),
        })}
      </p>
      {request.message ? <blockquote className="request-card__message">{request.message}</blockquote> : null}
      <dl className="request-card__details">
        {request.opportunityId ? (
          <div>
            <dt>{t('meetings.inbox.about')}</dt>
            <dd>
              <OpportunityTitle id={request.opportunityId} />
            </dd>
          </div>
        ) : null}
        {proposed ? (
          <div>
            <dt>{t('meetings.inbox.proposed')}</dt>
            <dd>
              <VenueTime startsAt={proposed.startsAt} endsAt={proposed.endsAt} timeZone={edition.timeZone} />
            </dd>
          </div>
        ) : null}
        {request.status === 'declined' && request.declineReason ? (
          <div>
            <dt>{t('meetings.inbox.reason')}</dt>
            <dd>{request.declineReason}</dd>
          </div>
        ) : null}
      </dl>
      {request.status === 'accepted' ? (
        <p className="request-card__next">
          <Link to={`/editions/${edition.id}/agenda`}>{t('meetings.inbox.seeAgenda')}</Link>
        </p>
      ) : null}
      {pending && direction === 'incoming' && panel === null ? (
        <div className="button-row">
          <button type="button" className="button button--accent button--small" onClick={() => setPanel('accept')}>
            {t('meetings.inbox.accept')}
          </button>
          <button type="button" className="button button--ghost button--small" onClick={() => setPanel('decline')}>
            {t('meetings.inbox.decline')}
          </button>
        </div>
      ) : null}
      {pending && direction === 'outgoing' ? (
        <div className="button-row">
          <button type="button" className="button button--ghost button--small" onClick={() => void onCancel()} disabled={cancelling || needsConnection}>
            {t('meetings.inbox.cancel')}
          </button>
          <NeedsConnectionNote />
        </div>
      ) : null}
      {cancelError ? <FormAlert>{cancelError}</FormAlert> : null}
      {panel === 'accept' ? <AcceptPanel edition={edition} request={request} onDone={onAccepted} onCancel={() => setPanel(null)} /> : null}
      {panel === 'decline' ? (
        <DeclinePanel
          edition={edition}
          request={request}
          onDone={() => {
            setPanel(null);
            onAnswered(t('meetings.decline.done', { name: counterpart.fullName }));
          }}
          onCancel={() => setPanel(null)}
        />
      ) : null}
      <div className="button-row">
        <button
          type="button"
          className="button button--ghost button--small"
          aria-expanded={talking}
          aria-controls={talking ? `conversation-panel-${request.id}` : undefined}
          onClick={() => setTalking((open) => !open)}
        >
          {talking ? t('realtime.conversation.hide') : t('realtime.conversation.show')}
        </button>
      </div>
      {talking ? (
        <div id={`conversation-panel-${request.id}`}>
          <ConversationPanel edition={edition} request={request} viewerId={direction === 'incoming' ? request.toUserId : request.fromUserId} />
        </div>
      ) : null}
    </li>
  );
}
