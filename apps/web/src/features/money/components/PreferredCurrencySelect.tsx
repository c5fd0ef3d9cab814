import { CURRENCIES, isCurrencyCode, label } from '@serumpun/shared';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n/i18n';
import { usePreferredCurrency } from '../hooks/usePreferredCurrency';

/** "Show amounts in …": the viewer's currency, remembered on this device. */
export function PreferredCurrencySelect({ id }: { id: string }) {
  const { t } = useTranslation();
  const [currency, setCurrency] = usePreferredCurrency();
  const locale = currentLocale();
  return (
    <div className="currency-select">
      <label htmlFor={id} className="currency-select__label">
        {t('marketplace.money.showIn')}
      </label>
      <select
        id={id}
        className="select select--small"
        value={currency}
        onChange={(event) => {
          if (isCurrencyCode(event.target.value)) setCurrency(event.target.value);
        }}
      >
        {CURRENCIES.map((entry) => (
          <option key={entry.code} value={entry.code}>
            {entry.code} · {label(entry, locale)}
          </option>
        ))}
      </select>
    </div>
  );
}
