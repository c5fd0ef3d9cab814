import {
  CURRENCIES,
  MEETING_OUTCOME_RESULTS,
  isCurrencyCode,
  recordMeetingOutcomeSchema,
  validationErrorMap,
  type MeetingOutcome,
  type MeetingOutcomeResult,
} from '@serumpun/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormMessageAlert } from '../../../components/FormMessageAlert';
import { TextField } from '../../../components/TextField';
import { currentLocale } from '../../../i18n/i18n';
import type { FormMessage } from '../../../lib/form-message';
import { useRecordMeetingOutcome } from '../hooks/useRecordMeetingOutcome';
import { placeApiError } from '../place-api-error';
import { SelectField } from '../../../components/SelectField';
import { TextAreaField } from '../../../components/TextAreaField';
import { NeedsConnectionNote } from '../../offline/components/NeedsConnectionNote';
import { useNeedsConnection } from '../../offline/hooks/useNeedsConnection';

const FIELDS = ['followUp', 'amount', 'notes'] as const;
type Field = (typeof FIELDS)[number];

interface OutcomeFormProps {
  editionId: string;
  meetingId: string;
  /** What this participant recorded before, to edit it. */
  previous?: MeetingOutcome;
  onDone: () => void;
  onCancel: () => void;
}

/** After a meeting: what came of it for this side (no interest, follow-up, term sheet, deal with an amount). */
export function OutcomeForm({ editionId, meetingId, previous, onDone, onCancel }: OutcomeFormProps) {
  const { t } = useTranslation();
  const [result, setResult] = useState<MeetingOutcomeResult>(previous?.result ?? 'follow_up');
  const [amount, setAmount] = useState(previous?.amount?.amount ?? '');
  const [currency, setCurrency] = useState<string>(previous?.amount?.currency ?? 'IDR');
  const [notes, setNotes] = useState(previous?.notes ?? '');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formMessage, setFormMessage] = useState<FormMessage | null>(null);
  const { mutateAsync: record, isPending } = useRecordMeetingOutcome(editionId);
  const needsConnection = useNeedsConnection();
  const withAmount = result === 'term_sheet' || result === 'deal';
  const id = (name: string) => `outcome-${meetingId}-${name}`;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    setFormMessage(null);
    const body = {
      status: 'held' as const,
      followUp: result,
      amount: withAmount && amount.trim() && isCurrencyCode(currency) ? { amount: amount.trim().replace(',', '.'), currency } : undefined,
      notes: notes.trim() || undefined,
    };
    const parsed = recordMeetingOutcomeSchema.safeParse(body, { error: validationErrorMap(currentLocale()) });
    if (!parsed.success) {
      const fieldErrors: Partial<Record<Field, string>> = {};
      for (const issue of parsed.error.issues) {
        const field = FIELDS.find((name) => issue.path[0] === name);
        if (field && !fieldErrors[field]) fieldErrors[field] = issue.message;
      }
      setErrors(fieldErrors);
      return;
    }
    try {
      await record({ meetingId, body });
      onDone();
    } catch (error) {
      const placed = placeApiError(error, FIELDS);
      setErrors(placed.fields);
      setFormMessage(placed.form);
    }
  };

  return (
    <form className="answer-panel outcome-form no-print" onSubmit={onSubmit} noValidate>
      <SelectField id={id('result')} label={t('meetings.outcome.result')} value={result} error={errors.followUp} onChange={(event) => setResult(event.target.value as MeetingOutcomeResult)}>
        {MEETING_OUTCOME_RESULTS.map((code) => (
          <option key={code} value={code}>
            {t(`meetings.outcome.results.${code}`)}
          </option>
        ))}
      </SelectField>
      {withAmount ? (
        <div className="form__row form__row--money">
          <TextField
            id={id('amount')}
            label={t('meetings.outcome.amount')}
            hint={t('meetings.outcome.amountHint')}
            inputMode="decimal"
            value={amount}
            error={errors.amount}
            onChange={(event) => setAmount(event.target.value)}
          />
          <SelectField id={id('currency')} label={t('meetings.outcome.currency')} value={currency} onChange={(event) => setCurrency(event.target.value)}>
            {CURRENCIES.map((entry) => (
              <option key={entry.code} value={entry.code}>
                {entry.code}
              </option>
            ))}
          </SelectField>
        </div>
      ) : null}
      <TextAreaField id={id('notes')} label={t('meetings.outcome.notes')} rows={3} maxLength={2000} value={notes} error={errors.notes} onChange={(event) => setNotes(event.target.value)} />
      <FormMessageAlert message={formMessage} />
      <NeedsConnectionNote />
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={isPending || needsConnection}>
          {isPending ? t('meetings.common.saving') : t('meetings.outcome.save')}
        </button>
        <button type="button" className="button button--ghost" onClick={onCancel}>
          {t('meetings.common.cancel')}
        </button>
      </div>
    </form>
  );
}
