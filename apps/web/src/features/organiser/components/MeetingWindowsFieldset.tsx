import { isValidTimeZone, MAX_MEETING_WINDOWS, type MeetingWindow } from '@serumpun/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/TextField';
import { ZoneNote } from '../../editions/components/ZoneNote';
import { NEW_WINDOW_TIMES } from '../edition-draft';

export interface MeetingWindowsFieldsetProps {
  windows: readonly MeetingWindow[];
  onChange: (windows: MeetingWindow[]) => void;
  /** The venue's zone, named above the rows; nothing is said while it is not chosen yet. */
  timeZone: string;
  /** The edition's first and last day, when known: they bound the date pickers. */
  minDate?: string;
  maxDate?: string;
  /** The message for a field of one row, by its API path (`meetingWindows.1.end`). */
  errorOf: (path: string) => string | undefined;
  /** A message about the list as a whole ("choose at least 1"). */
  listError?: string;
  hint?: ReactNode;
  idPrefix?: string;
}

/**
 * The blocks of one-to-one meetings, one row per session (date, start, end in venue time), with
 * rows to add and remove. Used where an edition is created and where its settings change.
 */
export function MeetingWindowsFieldset({ windows, onChange, timeZone, minDate, maxDate, errorOf, listError, hint, idPrefix = 'window' }: MeetingWindowsFieldsetProps) {
  const { t } = useTranslation();
  const setWindow = (index: number, patch: Partial<MeetingWindow>) => onChange(windows.map((w, i) => (i === index ? { ...w, ...patch } : w)));
  return (
    <fieldset className="settings-form__group">
      <legend className="section__title">{t('meetings.console.settings.windows')}</legend>
      {timeZone && isValidTimeZone(timeZone) ? <ZoneNote timeZone={timeZone} /> : null}
      {hint ? <p className="muted">{hint}</p> : null}
      {listError ? (
        <p className="field__error" role="alert">
          {listError}
        </p>
      ) : null}
      <ol className="window-rows">
        {windows.map((w, index) => (
          <li key={index} className="window-row">
            <TextField
              id={`${idPrefix}-${index}-date`}
              type="date"
              label={t('meetings.console.settings.windowDate', { number: index + 1 })}
              min={minDate || undefined}
              max={maxDate || undefined}
              value={w.date}
              error={errorOf(`meetingWindows.${index}.date`)}
              onChange={(event) => setWindow(index, { date: event.target.value })}
            />
            <TextField
              id={`${idPrefix}-${index}-start`}
              type="time"
              label={t('meetings.console.settings.windowStart')}
              value={w.start}
              error={errorOf(`meetingWindows.${index}.start`)}
              onChange={(event) => setWindow(index, { start: event.target.value })}
            />
            <TextField
              id={`${idPrefix}-${index}-end`}
              type="time"
              label={t('meetings.console.settings.windowEnd')}
              value={w.end}
              error={errorOf(`meetingWindows.${index}.end`)}
              onChange={(event) => setWindow(index, { end: event.target.value })}
            />
            <button
              type="button"
              className="button button--ghost button--small window-row__remove"
              disabled={windows.length <= 1}
              aria-label={t('meetings.console.settings.removeWindowLabel', { number: index + 1 })}
              onClick={() => onChange(windows.filter((_, i) => i !== index))}
            >
              {t('meetings.console.settings.removeWindow')}
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button button--ghost button--small"
        disabled={windows.length >= MAX_MEETING_WINDOWS}
        onClick={() => onChange([...windows, { date: windows.at(-1)?.date ?? minDate ?? '', ...NEW_WINDOW_TIMES }])}
      >
        {t('meetings.console.settings.addWindow')}
      </button>
    </fieldset>
  );
}
