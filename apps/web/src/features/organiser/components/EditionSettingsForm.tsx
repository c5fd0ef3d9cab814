import { formatInstantInZone, zonedTimeToInstant, type Edition, type EditionLayoutPreview, type MeetingWindow, type UpdateEditionRequest } from '@serumpun/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { FormMessageAlert } from '../../../components/FormMessageAlert';
import { TextField } from '../../../components/TextField';
import { ApiRequestError } from '../../../lib/api-client';
import { formMessageFor, type FormMessage } from '../../../lib/form-message';
import { useEditionMeetings } from '../../meetings/hooks/useEditionMeetings';
import { usePreviewEditionLayout } from '../hooks/usePreviewEditionLayout';
import { useUpdateEdition } from '../hooks/useUpdateEdition';
import { AffectedMeetings } from './AffectedMeetings';
import { EditionNumberField, type EditionNumberKey } from './EditionNumberField';
import { MeetingWindowsFieldset } from './MeetingWindowsFieldset';

interface SettingsDraft {
  meetingWindows: MeetingWindow[];
  slotMinutes: string;
  breakMinutes: string;
  tableCount: string;
  pendingRequestCap: string;
  /** `YYYY-MM-DDTHH:MM` in venue time, or '' for "end of the last day". */
  requestDeadline: string;
  registrationApproval: boolean;
}

function draftOf(edition: Edition): SettingsDraft {
  return {
    meetingWindows: (edition.meetingWindows ?? []).map((w) => ({ ...w })),
    slotMinutes: String(edition.slotMinutes),
    breakMinutes: String(edition.breakMinutes),
    tableCount: String(edition.tableCount),
    pendingRequestCap: String(edition.pendingRequestCap),
    requestDeadline: edition.requestDeadline ? formatInstantInZone(new Date(edition.requestDeadline), edition.timeZone).slice(0, 16) : '',
    registrationApproval: edition.registrationApproval,
  };
}

function bodyOf(draft: SettingsDraft, timeZone: string): UpdateEditionRequest {
  const deadline = draft.requestDeadline
    ? formatInstantInZone(zonedTimeToInstant(draft.requestDeadline.slice(0, 10), draft.requestDeadline.slice(11, 16), timeZone), timeZone)
    : null;
  return {
    meetingWindows: draft.meetingWindows,
    slotMinutes: Number(draft.slotMinutes),
    breakMinutes: Number(draft.breakMinutes),
    tableCount: Number(draft.tableCount),
    pendingRequestCap: Number(draft.pendingRequestCap),
    requestDeadline: deadline,
    registrationApproval: draft.registrationApproval,
  };
}

/**
 * The edition's meeting settings. A change that would take booked meetings' slots or tables comes
 * back as a 409: the form then lists those meetings and offers to save anyway ("force"), with a warning.
 */
export function EditionSettingsForm({ edition }: { edition: Edition }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(() => draftOf(edition));
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<FormMessage | null>(null);
  const [conflict, setConflict] = useState<{ message: string; preview: EditionLayoutPreview | null } | null>(null);
  const [understood, setUnderstood] = useState(false);
  const [saved, setSaved] = useState(false);
  const update = useUpdateEdition(edition.id);
  const preview = usePreviewEditionLayout(edition.id);
  const meetings = useEditionMeetings(edition.id);

  const set = <K extends keyof SettingsDraft>(key: K, value: SettingsDraft[K]) => {
    setDraft((current) => ({ ...current, [key]: value }));
    setSaved(false);
    setConflict(null);
    setUnderstood(false);
  };
  const save = async (force: boolean) => {
    setFieldErrors({});
    setMessage(null);
    setSaved(false);
    const body = bodyOf(draft, edition.timeZone);
    try {
      const updated = await update.mutateAsync({ ...body, force });
      setDraft(draftOf(updated));
      setConflict(null);
      setUnderstood(false);
      setSaved(true);
    } catch (error) {
      if (error instanceof ApiRequestError && error.status === 409 && !force) {
        let affected: EditionLayoutPreview | null = null;
        try {
          affected = await preview.mutateAsync(body);
        } catch {
          // The 409's own message still names the meetings; the list is a convenience.
        }
        setConflict({ message: error.message, preview: affected });
        return;
      }
      if (error instanceof ApiRequestError && error.status === 400 && error.details.length > 0) {
        setFieldErrors(Object.fromEntries(error.details.map((detail) => [detail.path, detail.message])));
      }
      setMessage(formMessageFor(error));
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void save(false);
  };

  const numberField = (key: EditionNumberKey) => (
    <EditionNumberField field={key} value={draft[key]} error={fieldErrors[key]} onChange={(event) => set(key, event.target.value)} />
  );

  return (
    <form className="form settings-form" onSubmit={onSubmit} noValidate>
      <MeetingWindowsFieldset
        windows={draft.meetingWindows}
        onChange={(windows) => set('meetingWindows', windows)}
        timeZone={edition.timeZone}
        minDate={edition.startDate}
        maxDate={edition.endDate}
        errorOf={(path) => fieldErrors[path]}
        listError={fieldErrors.meetingWindows}
      />

      <fieldset className="settings-form__group">
        <legend className="section__title">{t('meetings.console.settings.slotsAndTables')}</legend>
        <div className="form__row form__row--quad">
          {numberField('slotMinutes')}
          {numberField('breakMinutes')}
          {numberField('tableCount')}
          {numberField('pendingRequestCap')}
        </div>
      </fieldset>

      <fieldset className="settings-form__group">
        <legend className="section__title">{t('meetings.console.settings.requests')}</legend>
        <TextField
          id="settings-requestDeadline"
          type="datetime-local"
          label={t('meetings.console.settings.requestDeadline')}
          hint={t('meetings.console.settings.requestDeadlineHint')}
          value={draft.requestDeadline}
          error={fieldErrors.requestDeadline}
          onChange={(event) => set('requestDeadline', event.target.value)}
        />
        <label className="check-choice">
          <input type="checkbox" checked={draft.registrationApproval} onChange={(event) => set('registrationApproval', event.target.checked)} />
          <span>{t('meetings.console.settings.registrationApproval')}</span>
        </label>
      </fieldset>

      {conflict ? (
        <div className="force-panel" role="alert">
          <h3 className="force-panel__title">{t('meetings.console.settings.conflictTitle')}</h3>
          <p>{conflict.message}</p>
          {conflict.preview ? <AffectedMeetings preview={conflict.preview} timeZone={edition.timeZone} meetings={meetings.data ?? []} /> : null}
          <label className="check-choice">
            <input type="checkbox" checked={understood} onChange={(event) => setUnderstood(event.target.checked)} />
            <span>{t('meetings.console.settings.forceConfirm')}</span>
          </label>
          <div className="button-row">
            <button type="button" className="button button--danger" disabled={!understood || update.isPending} onClick={() => void save(true)}>
              {t('meetings.console.settings.force')}
            </button>
            <button
              type="button"
              className="button button--ghost"
              onClick={() => {
                setDraft(draftOf(edition));
                setConflict(null);
                setUnderstood(false);
              }}
            >
              {t('meetings.console.settings.undo')}
            </button>
          </div>
        </div>
      ) : null}

      <FormMessageAlert message={message} />
      {saved ? <FormAlert tone="info">{t('meetings.console.settings.saved')}</FormAlert> : null}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={update.isPending}>
          {update.isPending ? t('meetings.common.saving') : t('meetings.console.settings.save')}
        </button>
      </div>
    </form>
  );
}
