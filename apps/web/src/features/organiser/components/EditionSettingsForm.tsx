import { formatInstantInZone, zonedTimeToInstant, type Edition, type EditionLayoutPreview, type MeetingWindow, type UpdateEditionRequest } from '@serumpun/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { FormMessageAlert } from '../../../components/FormMessageAlert';
import { TextField } from '../../../components/TextField';
import { ApiRequestError } from '../../../lib/api-client';
import { formMessageFor, type FormMessage } from '../../../lib/form-message';
import { ZoneNote } from '../../editions/components/ZoneNote';
import { useEditionMeetings } from '../../meetings/hooks/useEditionMeetings';
import { usePreviewEditionLayout } from '../hooks/usePreviewEditionLayout';
import { useUpdateEdition } from '../hooks/useUpdateEdition';
import { AffectedMeetings } from './AffectedMeetings';

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
  const setWindow = (index: number, patch: Partial<MeetingWindow>) =>
    set(
      'meetingWindows',
      draft.meetingWindows.map((w, i) => (i === index ? { ...w, ...patch } : w)),
    );

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

  const numberField = (key: 'slotMinutes' | 'breakMinutes' | 'tableCount' | 'pendingRequestCap', min: number, max: number) => (
    <TextField
      id={`settings-${key}`}
      type="number"
      inputMode="numeric"
      min={min}
      max={max}
      required
      label={t(`meetings.console.settings.${key}`)}
      value={draft[key]}
      error={fieldErrors[key]}
      onChange={(event) => set(key, event.target.value)}
    />
  );

  return (
    <form className="form settings-form" onSubmit={onSubmit} noValidate>
      <fieldset className="settings-form__group">
        <legend className="section__title">{t('meetings.console.settings.windows')}</legend>
        <ZoneNote timeZone={edition.timeZone} />
        {fieldErrors.meetingWindows ? (
          <p className="field__error" role="alert">
            {fieldErrors.meetingWindows}
          </p>
        ) : null}
        <ol className="window-rows">
          {draft.meetingWindows.map((w, index) => (
            <li key={index} className="window-row">
              <TextField
                id={`window-${index}-date`}
                type="date"
                label={t('meetings.console.settings.windowDate', { number: index + 1 })}
                min={edition.startDate}
                max={edition.endDate}
                value={w.date}
                error={fieldErrors[`meetingWindows.${index}.date`]}
                onChange={(event) => setWindow(index, { date: event.target.value })}
              />
              <TextField
                id={`window-${index}-start`}
                type="time"
                label={t('meetings.console.settings.windowStart')}
                value={w.start}
                error={fieldErrors[`meetingWindows.${index}.start`]}
                onChange={(event) => setWindow(index, { start: event.target.value })}
              />
              <TextField
                id={`window-${index}-end`}
                type="time"
                label={t('meetings.console.settings.windowEnd')}
                value={w.end}
                error={fieldErrors[`meetingWindows.${index}.end`]}
                onChange={(event) => setWindow(index, { end: event.target.value })}
              />
              <button
                type="button"
                className="button button--ghost button--small window-row__remove"
                disabled={draft.meetingWindows.length <= 1}
                aria-label={t('meetings.console.settings.removeWindowLabel', { number: index + 1 })}
                onClick={() => set('meetingWindows', draft.meetingWindows.filter((_, i) => i !== index))}
              >
                {t('meetings.console.settings.removeWindow')}
              </button>
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="button button--ghost button--small"
          onClick={() => {
            const last = draft.meetingWindows.at(-1);
            set('meetingWindows', [...draft.meetingWindows, { date: last?.date ?? edition.startDate, start: '13:00', end: '17:00' }]);
          }}
        >
          {t('meetings.console.settings.addWindow')}
        </button>
      </fieldset>

      <fieldset className="settings-form__group">
        <legend className="section__title">{t('meetings.console.settings.slotsAndTables')}</legend>
        <div className="form__row form__row--quad">
          {numberField('slotMinutes', 5, 240)}
          {numberField('breakMinutes', 0, 120)}
          {numberField('tableCount', 1, 500)}
          {numberField('pendingRequestCap', 1, 500)}
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
