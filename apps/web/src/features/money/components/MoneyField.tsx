import { CURRENCIES, label } from '@serumpun/shared';
import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n/i18n';
import { previewAmount } from '../amount-input';

export interface MoneyFieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  amount: UseFormRegisterReturn;
  /** The currency select; left out, the currency is fixed elsewhere and shown as a code. */
  currency?: UseFormRegisterReturn;
  /** The typed amount and its currency, for the "reads as" preview under the field. */
  amountValue: string | undefined;
  currencyValue: string | undefined;
  amountError?: string;
  currencyError?: string;
}

/** An amount typed the way the person writes numbers, in a currency they choose, read back formatted. */
export function MoneyField({ id, label: fieldLabel, hint, amount, currency, amountValue, currencyValue, amountError, currencyError }: MoneyFieldProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const preview = previewAmount(amountValue, currencyValue, locale);
  const error = amountError ?? currencyError;
  const ids = { hint: `${id}-hint`, preview: `${id}-preview`, error: `${id}-error` };
  const describedBy = [hint ? ids.hint : null, preview ? ids.preview : null, error ? ids.error : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', 'money-field', error ? 'field--invalid' : null].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={id}>
        {fieldLabel}
      </label>
      <div className="field__control">
        {currency ? (
          <select
            id={`${id}-currency`}
            className="money-field__currency"
            aria-label={t('marketplace.money.currency')}
            aria-invalid={currencyError ? true : undefined}
            {...currency}
          >
            {CURRENCIES.map((entry) => (
              <option key={entry.code} value={entry.code} title={label(entry, locale)}>
                {entry.code}
              </option>
            ))}
          </select>
        ) : (
          <span className="money-field__fixed" aria-hidden="true">
            {currencyValue}
          </span>
        )}
        <input
          id={id}
          className="field__input"
          type="text"
          inputMode="decimal"
          autoComplete="off"
          aria-invalid={amountError ? true : undefined}
          aria-describedby={describedBy}
          {...amount}
        />
      </div>
      {hint ? (
        <p id={ids.hint} className="field__hint">
          {hint}
        </p>
      ) : null}
      {preview ? (
        <p id={ids.preview} className="field__hint money-field__preview">
          {t('marketplace.money.readsAs', { amount: preview })}
        </p>
      ) : null}
      {error ? (
        <p id={ids.error} className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
