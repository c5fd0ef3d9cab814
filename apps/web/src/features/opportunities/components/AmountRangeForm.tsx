import { compareDecimalStrings, MONEY_AMOUNT_PATTERN } from '@serumpun/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/TextField';
import { currentLocale } from '../../../i18n/i18n';
import { amountForInput, normaliseAmountInput } from '../../money/amount-input';

/**
 * The amount range, in US dollars (what the API compares in, whatever the posted currency). Applied
 * on submit, not per keystroke: every change is a history entry and a search.
 */
export function AmountRangeForm({
  min,
  max,
  rateDate,
  onApply,
}: {
  min: string | undefined;
  max: string | undefined;
  rateDate: string | null;
  onApply: (range: { minAmountUsd: string | undefined; maxAmountUsd: string | undefined }) => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [low, setLow] = useState(min ? amountForInput(min, locale) : '');
  const [high, setHigh] = useState(max ? amountForInput(max, locale) : '');
  const [error, setError] = useState<string | null>(null);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const minAmountUsd = low.trim() ? normaliseAmountInput(low, locale) : undefined;
    const maxAmountUsd = high.trim() ? normaliseAmountInput(high, locale) : undefined;
    if ((minAmountUsd && !MONEY_AMOUNT_PATTERN.test(minAmountUsd)) || (maxAmountUsd && !MONEY_AMOUNT_PATTERN.test(maxAmountUsd))) {
      setError(t('marketplace.filters.amountInvalid'));
      return;
    }
    if (minAmountUsd && maxAmountUsd && compareDecimalStrings(minAmountUsd, maxAmountUsd) > 0) {
      setError(t('marketplace.filters.amountOrder'));
      return;
    }
    setError(null);
    onApply({ minAmountUsd, maxAmountUsd });
  };

  return (
    <form className="facet amount-range" onSubmit={onSubmit} noValidate aria-labelledby="amount-range-legend">
      <p id="amount-range-legend" className="facet__legend">
        {t('marketplace.filters.amount')}
      </p>
      <div className="amount-range__fields">
        <TextField
          id="filter-min-amount"
          label={t('marketplace.filters.amountMin')}
          inputMode="decimal"
          autoComplete="off"
          value={low}
          onChange={(event) => setLow(event.target.value)}
          aria-invalid={error ? true : undefined}
        />
        <TextField
          id="filter-max-amount"
          label={t('marketplace.filters.amountMax')}
          inputMode="decimal"
          autoComplete="off"
          value={high}
          onChange={(event) => setHigh(event.target.value)}
          aria-invalid={error ? true : undefined}
        />
      </div>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      {rateDate ? <p className="field__hint">{t('marketplace.filters.amountHint', { date: rateDate })}</p> : null}
      <button type="submit" className="button button--ghost button--small">
        {t('marketplace.filters.apply')}
      </button>
    </form>
  );
}
