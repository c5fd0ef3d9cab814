import type { Edition, PublishedSchedule, ScheduleRunMode, Slot } from '@serumpun/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { formMessageFor, type FormMessage } from '../../../lib/form-message';
import { useLatestScheduleRun } from '../hooks/useLatestScheduleRun';
import { usePublishScheduleRun } from '../hooks/usePublishScheduleRun';
import { useLiveScheduleRun } from '../hooks/useLiveScheduleRun';
import { useStartScheduleRun } from '../hooks/useStartScheduleRun';
import { SchedulePreview } from './SchedulePreview';

const MODES: ScheduleRunMode[] = ['fill', 'replan'];

function MessageAlert({ message }: { message: FormMessage }) {
  const { t } = useTranslation();
  return <FormAlert>{'text' in message ? message.text : t(message.key, { minutes: message.minutes })}</FormAlert>;
}

/**
 * "Schedule meetings": start a fill or re-plan run, follow its progress, read the preview, publish.
 * The edition's latest run is picked up on arrival, so a reload neither loses a run in progress
 * nor a preview waiting to be published.
 */
export function SchedulePanel({ edition, slots }: { edition: Edition; slots: readonly Slot[] }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<ScheduleRunMode>('fill');
  const [startedId, setStartedId] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [published, setPublished] = useState<PublishedSchedule | null>(null);
  const [message, setMessage] = useState<FormMessage | null>(null);
  const latest = useLatestScheduleRun(edition.id);
  const runId = startedId ?? latest.data?.id ?? null;
  const run = useLiveScheduleRun(edition.id, runId);
  const start = useStartScheduleRun(edition.id);
  const publish = usePublishScheduleRun(edition.id);

  const current = run.data;
  const active = current?.status === 'queued' || current?.status === 'running';

  const onStart = async () => {
    setMessage(null);
    setPublished(null);
    setConfirming(false);
    try {
      const { id } = await start.mutateAsync(mode);
      setStartedId(id);
    } catch (error) {
      setMessage(formMessageFor(error));
    }
  };

  const onPublish = async () => {
    if (!current) return;
    setMessage(null);
    try {
      setPublished(await publish.mutateAsync(current.id));
      setConfirming(false);
    } catch (error) {
      setConfirming(false);
      setMessage(formMessageFor(error));
    }
  };

  return (
    <section className="card schedule-run" aria-labelledby="schedule-run-title">
      <h2 id="schedule-run-title" className="section__title">
        {t('scheduling.title')}
      </h2>
      <p className="muted">{t('scheduling.lead')}</p>

      {!active ? (
        <form
          className="schedule-run__form"
          onSubmit={(event) => {
            event.preventDefault();
            void onStart();
          }}
        >
          <fieldset className="choices">
            <legend className="field__label">{t('scheduling.modeLegend')}</legend>
            {MODES.map((value) => (
              <label key={value} className="choice">
                <input type="radio" className="choice__input" name="schedule-mode" value={value} checked={mode === value} onChange={() => setMode(value)} />
                <span className="choice__text">
                  {t(`scheduling.${value}`)}
                  <span className="choice__hint">{t(`scheduling.${value}Hint`)}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={start.isPending}>
              {t('scheduling.start')}
            </button>
          </div>
        </form>
      ) : null}

      {message ? <MessageAlert message={message} /> : null}

      {current && active ? (
        <div className="schedule-run__progress">
          <progress max={1} value={current.progress} aria-label={t('scheduling.progressLabel')} />
          <p aria-live="polite">{current.status === 'queued' ? t('scheduling.queued') : t('scheduling.running', { percent: Math.round(current.progress * 100) })}</p>
        </div>
      ) : null}

      {current?.status === 'failed' ? <FormAlert>{t('scheduling.failed', { error: current.error ?? '' })}</FormAlert> : null}

      {current?.status === 'done' && current.result ? (
        <>
          <SchedulePreview preview={current.result} slots={slots} timeZone={edition.timeZone} />
          {published ? (
            <FormAlert tone="info">{t('scheduling.published', { placed: published.placed, moved: published.moved })}</FormAlert>
          ) : current.publishedAt ? (
            <p className="muted">{t('scheduling.alreadyPublished')}</p>
          ) : confirming ? (
            <div className="notice" role="alertdialog" aria-labelledby="schedule-run-confirm">
              <p id="schedule-run-confirm">{t('scheduling.confirm')}</p>
              <div className="button-row">
                <button type="button" className="button button--primary" disabled={publish.isPending} onClick={() => void onPublish()}>
                  {t('scheduling.confirmYes')}
                </button>
                <button type="button" className="button button--ghost" onClick={() => setConfirming(false)}>
                  {t('scheduling.confirmNo')}
                </button>
              </div>
            </div>
          ) : (
            <div className="form-actions">
              <button type="button" className="button button--accent" onClick={() => setConfirming(true)}>
                {t('scheduling.publish')}
              </button>
            </div>
          )}
        </>
      ) : null}
    </section>
  );
}
