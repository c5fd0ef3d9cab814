import type { Edition, MeetingRequest } from '@serumpun/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormMessageAlert } from '../../../components/FormMessageAlert';
import type { FormMessage } from '../../../lib/form-message';
import { useDeclineMeetingRequest } from '../hooks/useDeclineMeetingRequest';
import { placeApiError } from '../place-api-error';
import { TextAreaField } from '../../../components/TextAreaField';
import { NeedsConnectionNote } from '../../offline/components/NeedsConnectionNote';
import { useNeedsConnection } from '../../offline/hooks/useNeedsConnection';

const REASON_MAX_LENGTH = 500;

/** Declining, with a reason the sender will read (optional: "no" is an answer too). */
export function DeclinePanel({ edition, request, onDone, onCancel }: { edition: Edition; request: MeetingRequest; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [formMessage, setFormMessage] = useState<FormMessage | null>(null);
  const { mutateAsync: decline, isPending } = useDeclineMeetingRequest(edition.id);
  const needsConnection = useNeedsConnection();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setReasonError(undefined);
    setFormMessage(null);
    try {
      await decline({ requestId: request.id, reason: reason.trim() || undefined });
      onDone();
    } catch (error) {
      const placed = placeApiError(error, ['reason'] as const);
      setReasonError(placed.fields.reason);
      setFormMessage(placed.form);
    }
  };

  return (
    <form className="answer-panel" onSubmit={onSubmit} noValidate aria-label={t('meetings.decline.title', { name: request.from.fullName })}>
      <TextAreaField
        id={`decline-${request.id}`}
        label={t('meetings.decline.reason')}
        hint={t('meetings.decline.reasonHint')}
        value={reason}
        rows={3}
        maxLength={REASON_MAX_LENGTH}
        error={reasonError}
        onChange={(event) => setReason(event.target.value)}
      />
      <FormMessageAlert message={formMessage} />
      <NeedsConnectionNote />
      <div className="button-row">
        <button type="submit" className="button button--danger" disabled={isPending || needsConnection}>
          {isPending ? t('meetings.decline.declining') : t('meetings.decline.submit')}
        </button>
        <button type="button" className="button button--ghost" onClick={onCancel}>
          {t('meetings.common.cancel')}
        </button>
      </div>
    </form>
  );
}
