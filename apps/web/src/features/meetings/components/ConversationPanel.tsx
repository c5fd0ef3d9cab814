import { CONVERSATION_MESSAGE_MAX_LENGTH, type Edition, type MeetingRequest } from '@serumpun/shared';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { LoadingState } from '../../../components/LoadingState';
import { TextAreaField } from '../../../components/TextAreaField';
import { currentLocale } from '../../../i18n/i18n';
import { ApiRequestError } from '../../../lib/api-client';
import { formatInstant } from '../../editions/slot-time';
import { useConversation } from '../hooks/useConversation';
import { useSendConversationMessage } from '../hooks/useSendConversationMessage';
import { placeApiError } from '../place-api-error';
import { LoadErrorState } from '../../../components/LoadErrorState';

interface ConversationPanelProps {
  edition: Edition;
  request: MeetingRequest;
  viewerId: string;
}

/** The short thread between a request's two participants: to agree on details without leaving. */
export function ConversationPanel({ edition, request, viewerId }: ConversationPanelProps) {
  const { t } = useTranslation();
  const { data: messages, isPending, isError, refetch } = useConversation(request.id);
  const { mutateAsync: send, isPending: sending } = useSendConversationMessage(request.id);
  const [draft, setDraft] = useState('');
  const [bodyError, setBodyError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const counterpart = request.fromUserId === viewerId ? request.to : request.from;
  const length = draft.trim().length;
  const tooLong = length > CONVERSATION_MESSAGE_MAX_LENGTH;
  const titleId = `conversation-${request.id}`;

  // Keep the newest message in view as messages arrive (sent here or pushed by the other side).
  const count = messages?.length ?? 0;
  useEffect(() => {
    const list = listRef.current;
    if (list) list.scrollTop = list.scrollHeight;
  }, [count]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (length === 0 || tooLong || sending) return;
    setBodyError(undefined);
    setFormError(null);
    try {
      await send(draft.trim());
      setDraft('');
    } catch (error) {
      if (error instanceof ApiRequestError && error.status === 429) {
        setFormError(error.retryAfterSeconds ? t('realtime.conversation.rateLimitedFor', { count: error.retryAfterSeconds }) : t('realtime.conversation.rateLimited'));
        return;
      }
      const placed = placeApiError(error, ['body'] as const);
      setBodyError(placed.fields.body);
      const message = placed.form;
      if (message) setFormError('text' in message ? message.text : t(message.key, { count: message.minutes ?? 0 }));
    }
  };

  let thread;
  if (isPending) thread = <LoadingState />;
  else if (isError) {
    thread = <LoadErrorState onRetry={refetch} />;
  } else if (messages.length === 0) {
    thread = <p className="conversation__empty muted">{t('realtime.conversation.empty', { name: counterpart.fullName })}</p>;
  } else {
    // The log wraps the list: a role on the <ol> itself would leave its items outside any list.
    thread = (
      <div role="log" aria-labelledby={titleId}>
        <ol ref={listRef} className="conversation__messages">
          {messages.map((message) => {
            const mine = message.authorId === viewerId;
            return (
              <li key={message.id} className={`conversation-message conversation-message--${mine ? 'mine' : 'theirs'}`}>
                <p className="conversation-message__author">{mine ? t('realtime.conversation.you') : counterpart.fullName}</p>
                <p className="conversation-message__body">{message.body}</p>
                <time className="conversation-message__time" dateTime={message.createdAt}>
                  {formatInstant(message.createdAt, edition.timeZone, currentLocale())}
                </time>
              </li>
            );
          })}
        </ol>
      </div>
    );
  }

  return (
    <section className="conversation" aria-labelledby={titleId}>
      <h4 id={titleId} className="conversation__title">
        {t('realtime.conversation.title', { name: counterpart.fullName })}
      </h4>
      {thread}
      <form className="conversation__composer" onSubmit={onSubmit} noValidate>
        <TextAreaField
          id={`conversation-${request.id}-body`}
          label={t('realtime.conversation.label')}
          hint={
            <span className={tooLong ? 'conversation__counter conversation__counter--over' : 'conversation__counter'}>
              {t('realtime.conversation.counter', { length, max: CONVERSATION_MESSAGE_MAX_LENGTH })}
            </span>
          }
          rows={2}
          value={draft}
          error={bodyError ?? (tooLong ? t('realtime.conversation.tooLong', { max: CONVERSATION_MESSAGE_MAX_LENGTH }) : undefined)}
          onChange={(event) => setDraft(event.target.value)}
        />
        {formError ? <FormAlert key={formError}>{formError}</FormAlert> : null}
        <div className="button-row">
          <button type="submit" className="button button--accent button--small" disabled={sending || length === 0 || tooLong}>
            {sending ? t('realtime.conversation.sending') : t('realtime.conversation.send')}
          </button>
        </div>
      </form>
    </section>
  );
}
