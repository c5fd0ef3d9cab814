import { CLOSE_REASONS, type CloseReason, type Opportunity } from '@serumpun/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormMessageAlert } from '../../../components/FormMessageAlert';
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
  const [reasonError, setReasonError] = useState(false);
  const [message, setMessage] = useState<FormMessage | null>(null);
  const closeFormId = `${uid}-close`;

  if (opportunity.status === 'closed') return null;

  const run = async (patch: Parameters<typeof update.mutateAsync>[0]['patch']) => {
    setMessage(null);
    try {
      await update.mutateAsync({ id: opportunity.id, patch });
      return true;
    } catch (error) {
      setMessage(formMessageFor(error));
      return false;
    }
  };

  const onClose = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason) {
      setReasonError(true);
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
                    setReasonError(false);
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
                {t('marketplace.actions.closeWhyRequired')}
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
