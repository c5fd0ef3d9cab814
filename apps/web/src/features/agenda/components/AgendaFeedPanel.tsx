import type { AgendaFeed } from '@serumpun/shared';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormMessageAlert } from '../../../components/FormMessageAlert';
import { currentLocale } from '../../../i18n/i18n';
import { formMessageFor, type FormMessage } from '../../../lib/form-message';
import { formatInstant, viewerTimeZone } from '../../editions/slot-time';
import { useAgendaFeedStatus } from '../hooks/useAgendaFeedStatus';
import { useCreateAgendaFeed } from '../hooks/useCreateAgendaFeed';
import { useRevokeAgendaFeed } from '../hooks/useRevokeAgendaFeed';

async function copyText(text: string, input: HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard permission (or an old browser): select the address so a long-press copies it.
    input?.select();
    return false;
  }
}

/**
 * The subscribable calendar address: phones and calendar apps follow it, so a moved meeting moves
 * there too. Its secret is shown once when created; regenerating or revoking stops the old one.
 */
export function AgendaFeedPanel() {
  const { t } = useTranslation();
  const status = useAgendaFeedStatus();
  const create = useCreateAgendaFeed();
  const revoke = useRevokeAgendaFeed();
  const [feed, setFeed] = useState<AgendaFeed | null>(null);
  const urlInput = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);
  const [message, setMessage] = useState<FormMessage | null>(null);
  const active = status.data?.active ?? false;

  const onCreate = async () => {
    setMessage(null);
    setCopied(false);
    try {
      setFeed(await create.mutateAsync());
    } catch (error) {
      setMessage(formMessageFor(error));
    }
  };

  const onRevoke = async () => {
    setMessage(null);
    try {
      await revoke.mutateAsync();
      setFeed(null);
    } catch (error) {
      setMessage(formMessageFor(error));
    }
  };

  return (
    <section className="feed-panel no-print" aria-labelledby="feed-title">
      <h2 id="feed-title" className="feed-panel__title">
        {t('meetings.feed.title')}
      </h2>
      <p className="muted">{t('meetings.feed.lead')}</p>
      {feed ? (
        <div className="feed-panel__url">
          <label className="field__label" htmlFor="feed-url">
            {t('meetings.feed.address')}
          </label>
          <div className="copy-field">
            <input ref={urlInput} id="feed-url" className="copy-field__input" readOnly value={feed.url} onFocus={(event) => event.target.select()} />
            <button
              type="button"
              className="button button--primary button--small"
              onClick={async () => setCopied(await copyText(feed.url, urlInput.current))}
            >
              {copied ? t('meetings.feed.copied') : t('meetings.feed.copy')}
            </button>
          </div>
          <p className="field__hint">
            {t('meetings.feed.onceHint')} <a href={feed.url.replace(/^https?:/, 'webcal:')}>{t('meetings.feed.openInCalendar')}</a>
          </p>
        </div>
      ) : active && status.data?.createdAt ? (
        <p>{t('meetings.feed.activeSince', { when: formatInstant(status.data.createdAt, viewerTimeZone(), currentLocale()) })}</p>
      ) : status.isSuccess ? (
        <p>{t('meetings.feed.none')}</p>
      ) : null}
      <FormMessageAlert message={message} />
      <div className="button-row">
        {active || feed ? (
          <>
            <button type="button" className="button button--ghost button--small" disabled={create.isPending} onClick={() => void onCreate()}>
              {t('meetings.feed.regenerate')}
            </button>
            <button type="button" className="button button--ghost button--small" disabled={revoke.isPending} onClick={() => void onRevoke()}>
              {t('meetings.feed.revoke')}
            </button>
          </>
        ) : (
          <button type="button" className="button button--primary button--small" disabled={create.isPending || status.isPending} onClick={() => void onCreate()}>
            {t('meetings.feed.create')}
          </button>
        )}
      </div>
      {active || feed ? <p className="field__hint">{t('meetings.feed.regenerateHint')}</p> : null}
    </section>
  );
}
