import type { AcceptMeetingRequestResult, Edition, MeetingRequest } from '@serumpun/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormMessageAlert } from '../../../components/FormMessageAlert';
import { LoadingState } from '../../../components/LoadingState';
import type { FormMessage } from '../../../lib/form-message';
import { ZoneNote } from '../../editions/components/ZoneNote';
import { useAcceptMeetingRequest } from '../hooks/useAcceptMeetingRequest';
import { useFreeSlotOptions } from '../hooks/useFreeSlotOptions';
import { placeApiError } from '../place-api-error';
import { FreeSlotPicker } from './FreeSlotPicker';
import { LoadErrorState } from '../../../components/LoadErrorState';
import { NeedsConnectionNote } from '../../offline/components/NeedsConnectionNote';
import { useNeedsConnection } from '../../offline/hooks/useNeedsConnection';

interface AcceptPanelProps {
  edition: Edition;
  request: MeetingRequest;
  onDone: (result: AcceptMeetingRequestResult) => void;
  onCancel: () => void;
}

/** Accepting a request: choose a slot where both are free, or leave it to the organisers' scheduler. */
export function AcceptPanel({ edition, request, onDone, onCancel }: AcceptPanelProps) {
  const { t } = useTranslation();
  const { options, isPending: loading, isError, refetch } = useFreeSlotOptions(edition);
  const proposedIsFree = options?.some((option) => option.slot.id === request.proposedSlotId && option.blockers.length === 0) ?? false;
  const [choice, setChoice] = useState<string | null>(null);
  const slotId = choice ?? (proposedIsFree ? request.proposedSlotId! : '');
  const [slotError, setSlotError] = useState<string | undefined>();
  const [formMessage, setFormMessage] = useState<FormMessage | null>(null);
  const { mutateAsync: accept, isPending } = useAcceptMeetingRequest(edition.id);
  const needsConnection = useNeedsConnection();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSlotError(undefined);
    setFormMessage(null);
    try {
      onDone(await accept({ requestId: request.id, slotId: slotId || undefined }));
    } catch (error) {
      const placed = placeApiError(error, ['slotId'] as const);
      setSlotError(placed.fields.slotId);
      setFormMessage(placed.form);
      // The grid moved under us (someone booked that slot): show what is free now.
      void refetch();
    }
  };

  if (loading) return <LoadingState />;
  if (isError || !options) {
    return <LoadErrorState onRetry={refetch} />;
  }

  return (
    <form className="answer-panel" onSubmit={onSubmit} noValidate aria-label={t('meetings.accept.title', { name: request.from.fullName })}>
      <ZoneNote timeZone={edition.timeZone} at={options[0]?.slot.startsAt} />
      {request.proposedSlotId && !proposedIsFree ? <p className="field__hint">{t('meetings.accept.proposedNotFree')}</p> : null}
      <FreeSlotPicker
        name={`accept-${request.id}`}
        options={options}
        timeZone={edition.timeZone}
        value={slotId}
        onChange={setChoice}
        error={slotError}
        leaveToScheduler={t('meetings.accept.leaveToScheduler')}
      />
      <p className="field__hint">{t('meetings.accept.otherSide', { name: request.from.fullName })}</p>
      <FormMessageAlert message={formMessage} />
      <NeedsConnectionNote />
      <div className="button-row">
        <button type="submit" className="button button--accent" disabled={isPending || needsConnection}>
          {isPending ? t('meetings.accept.accepting') : slotId ? t('meetings.accept.acceptInSlot') : t('meetings.accept.acceptLater')}
        </button>
        <button type="button" className="button button--ghost" onClick={onCancel}>
          {t('meetings.common.cancel')}
        </button>
      </div>
    </form>
  );
}
