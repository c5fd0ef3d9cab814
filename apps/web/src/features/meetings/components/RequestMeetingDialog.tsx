import { MEETING_REQUEST_MESSAGE_MAX_LENGTH, type Edition, type Participant } from '@serumpun/shared';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormMessageAlert } from '../../../components/FormMessageAlert';
import type { FormMessage } from '../../../lib/form-message';
import { useAvailability } from '../../editions/hooks/useAvailability';
import { useSlotLabel } from '../../editions/hooks/useSlotLabel';
import { useSlots } from '../../editions/hooks/useSlots';
import { groupSlotsByDay, formatDay } from '../../editions/slot-time';
import { currentLocale } from '../../../i18n/i18n';
import { mutuallyFreeSlots } from '../free-slots';
import { useCreateMeetingRequest } from '../hooks/useCreateMeetingRequest';
import { useEditionMeetings } from '../hooks/useEditionMeetings';
import { placeApiError } from '../place-api-error';
import { Dialog } from './Dialog';
import { OpportunityOption } from './OpportunityOption';
import { SelectField } from '../../../components/SelectField';
import { TextAreaField } from '../../../components/TextAreaField';

const FIELDS = ['toUserId', 'message', 'opportunityId', 'proposedSlotId'] as const;
type Field = (typeof FIELDS)[number];

interface RequestMeetingDialogProps {
  edition: Edition;
  recipient: Participant;
  /** Opportunities the request may be about: the recipient's showcased ones, or the sender's own (title loaded when null). */
  opportunities: { id: string; title: string | null }[];
  onClose: () => void;
  onSent: (recipient: Participant) => void;
}

/** "Request a meeting": a message, optionally an opportunity and a proposed slot where the sender is free. */
export function RequestMeetingDialog({ edition, recipient, opportunities, onClose, onSent }: RequestMeetingDialogProps) {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  const [opportunityId, setOpportunityId] = useState(opportunities.length === 1 ? opportunities[0].id : '');
  const [proposedSlotId, setProposedSlotId] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formMessage, setFormMessage] = useState<FormMessage | null>(null);
  const { mutateAsync: send, isPending } = useCreateMeetingRequest(edition.id);
  const slots = useSlots(edition.id);
  const availability = useAvailability(edition.id);
  const meetings = useEditionMeetings(edition.id);
  const slotLabel = useSlotLabel(edition.timeZone, false);

  // Only slots the sender can make: the recipient's calendar is theirs to decide when they answer.
  const days = useMemo(() => {
    const busy = (meetings.data ?? []).filter((m) => m.status !== 'cancelled' && m.slotId).map((m) => m.slotId!);
    const free = mutuallyFreeSlots(slots.data ?? [], { busySlotIds: busy, unavailableSlotIds: availability.data?.unavailableSlotIds ?? [] }, null);
    return groupSlotsByDay(free, edition.timeZone);
  }, [slots.data, meetings.data, availability.data, edition.timeZone]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    setFormMessage(null);
    try {
      await send({
        toUserId: recipient.userId,
        message: message.trim() || undefined,
        opportunityId: opportunityId || undefined,
        proposedSlotId: proposedSlotId || undefined,
      });
      onSent(recipient);
    } catch (error) {
      const placed = placeApiError(error, FIELDS);
      setErrors(placed.fields);
      setFormMessage(placed.form);
    }
  };

  return (
    <Dialog title={t('meetings.request.title', { name: recipient.fullName })} onClose={onClose}>
      <form className="form form--dialog" onSubmit={onSubmit} noValidate>
        <div className="dialog__recipient">
          <p className="muted">
            {[recipient.organisation, t(`roles.${recipient.role}`)].filter(Boolean).join(' · ')}
          </p>
          {errors.toUserId ? (
            <p id="request-recipient-error" className="field__error" role="alert">
              {errors.toUserId}
            </p>
          ) : null}
        </div>
        <TextAreaField
          id="request-message"
          label={t('meetings.request.message')}
          hint={t('meetings.request.messageHint', { count: MEETING_REQUEST_MESSAGE_MAX_LENGTH - message.length })}
          value={message}
          rows={4}
          maxLength={MEETING_REQUEST_MESSAGE_MAX_LENGTH}
          error={errors.message}
          onChange={(event) => setMessage(event.target.value)}
        />
        {opportunities.length > 0 ? (
          <SelectField
            id="request-opportunity"
            label={t('meetings.request.opportunity')}
            value={opportunityId}
            error={errors.opportunityId}
            onChange={(event) => setOpportunityId(event.target.value)}
          >
            <option value="">{t('meetings.request.noOpportunity')}</option>
            {opportunities.map((opportunity) =>
              opportunity.title ? (
                <option key={opportunity.id} value={opportunity.id}>
                  {opportunity.title}
                </option>
              ) : (
                <OpportunityOption key={opportunity.id} id={opportunity.id} fallback={t('meetings.common.opportunity')} />
              ),
            )}
          </SelectField>
        ) : null}
        <SelectField
          id="request-slot"
          label={t('meetings.request.slot')}
          hint={t('meetings.request.slotHint')}
          value={proposedSlotId}
          error={errors.proposedSlotId}
          onChange={(event) => setProposedSlotId(event.target.value)}
        >
          <option value="">{t('meetings.request.noSlot')}</option>
          {days.map((day) => (
            <optgroup key={day.date} label={formatDay(day.date, currentLocale())}>
              {day.slots.map((slot) => (
                <option key={slot.id} value={slot.id}>
                  {slotLabel(slot)}
                </option>
              ))}
            </optgroup>
          ))}
        </SelectField>
        <div className="dialog__actions">
          <FormMessageAlert message={formMessage} />
          <div className="button-row">
            <button type="submit" className="button button--accent" disabled={isPending}>
              {isPending ? t('meetings.request.sending') : t('meetings.request.send')}
            </button>
            <button type="button" className="button button--ghost" onClick={onClose}>
              {t('meetings.common.cancel')}
            </button>
          </div>
        </div>
      </form>
    </Dialog>
  );
}
