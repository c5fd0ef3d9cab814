import { CLOSE_REASONS, type CloseReason, type Opportunity } from '@serumpun/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormMessageAlert } from '../../../components/FormMessageAlert';
import { ApiRequestError } from '../../../lib/api-client';
import { formMessageFor, type FormMessage } from '../../../lib/form-message';
import { useUpdateOpportunity } from '../hooks/useUpdateOpportunity';

/**
 * What the owner (or an organiser) can do with an opportunity: edit it, publish a draft, close a
 * published one, saying why. A closed opportunity stays closed, so it offers nothing.
 */
export function OpportunityOwnerActions({ opportunity }: { opportunity: Opportunity }) {
  const { t } = useTranslation();
  const uid = useId();
  const update = useUpdateOpportunity();
  const [closing, setClosing] = useState(false);
  const [reason, setReason] = useState<CloseReason | null>(null);
  // 'missing' is worded at render time (it follows a language switch); the API's refusal comes worded already.
  const [reasonError, setReasonError] = useState<'missing' | { text: string } | null>(null);
  const [message, setMessage] = useState<FormMessage | null>(null);
  const closeFormId = `${uid}-close`;

  if (opportunity.status === 'closed') return null;

  const run = async (patch: Parameters<typeof update.mutateAsync>[0]['patch']) => {
    setMessage(null);
    try {
      await update.mutateAsync({ id: opportunity.id, patch });
      return true;
    } catch (error) {
      const reasonRefused = error instanceof ApiRequestError ? error.details.find((detail) => detail.path === 'closeReason') : undefined;
      if (reasonRefused) setReasonError({ text: reasonRefused.message });
      else setMessage(formMessageFor(error));
      return false;
    }
  };

  const onClose = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason) {
      setReasonError('missing');
      return;
    }
    if (await run({ status: 'closed', closeReason: reason })) setClosing(false);
  };

  return (
    <div className="owner-actions">
      <div className="owner-actions__buttons" role="group" aria-label={t('marketplace.actions.label', { title: opportunity.title })}>
        <Link to={`/opportunities/${opportunity.id}/edit`} className="button button--ghost button--small">
          {t('marketplace.actions.edit')}
        </Link>
        {opportunity.status === 'draft' ? (
          <button type="button" className="button button--primary button--small" disabled={update.isPending} onClick={() => void run({ status: 'published' })}>
            {t('marketplace.actions.publish')}
          </button>
        ) : (
          <button
            type="button"
            className="button button--ghost button--small"
            aria-expanded={closing}
            aria-controls={closing ? closeFormId : undefined}
            onClick={() => setClosing((open) => !open)}
          >
            {t('marketplace.actions.close')}
          </button>
        )}
      </div>
      {closing ? (
        <form id={closeFormId} className="close-form" onSubmit={(event) => void onClose(event)} noValidate>
          <fieldset className="close-form__reasons" aria-describedby={reasonError ? `${closeFormId}-error` : undefined}>
            <legend className="field__label">{t('marketplace.actions.closeWhy')}</legend>
            {CLOSE_REASONS.map((code) => (
              <label key={code} className="choice">
                <input
                  type="radio"
                  className="choice__input"
                  name={`${closeFormId}-reason`}
                  value={code}
                  checked={reason === code}
                  onChange={() => {
                    setReason(code);
                    setReasonError(null);
                  }}
                />
                <span className="choice__text">
                  {t(`marketplace.closeReasons.${code}`)}
                  <span className="choice__hint">{t(`marketplace.closeReasonHints.${code}`)}</span>
                </span>
              </label>
            ))}
            {reasonError ? (
              <p id={`${closeFormId}-error`} className="field__error" role="alert">
                {reasonError === 'missing' ? t('marketplace.actions.closeWhyRequired') : reasonError.text}
              </p>
            ) : null}
          </fieldset>
          <p className="field__hint">{t('marketplace.actions.closeFinal')}</p>
          <div className="form-actions">
            <button type="submit" className="button button--primary button--small" disabled={update.isPending}>
              {t('marketplace.actions.confirmClose')}
            </button>
            <button type="button" className="button button--ghost button--small" onClick={() => setClosing(false)}>
              {t('marketplace.actions.cancel')}
            </button>
          </div>
        </form>
      ) : null}
      <FormMessageAlert message={message} />
    </div>
  );
}
