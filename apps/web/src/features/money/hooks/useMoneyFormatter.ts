import { formatMoney, type Locale, type Money } from '@serumpun/shared';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n/i18n';
import { convertMoney } from '../convert-money';
import { useFxRates } from './useFxRates';
import { usePreferredCurrency } from './usePreferredCurrency';

export interface MoneyDisplay {
  original: string;
  /** The amount in the viewer's currency, when it differs from the original and a rate is known. */
  converted: { text: string; asOf: string } | null;
}

function safeFormat(money: Money, locale: Locale): string {
  try {
    return formatMoney(money, locale);
  } catch {
    // An amount the contract does not allow: show it as sent rather than break the page.
    return `${money.currency} ${money.amount}`;
  }
}

/** Formats amounts in the interface language, each with its conversion into the viewer's currency. */
export function useMoneyFormatter(): (money: Money) => MoneyDisplay {
  useTranslation();
  const locale = currentLocale();
  const [preferred] = usePreferredCurrency();
  const { data: rates } = useFxRates();
  return (money) => {
    const converted = preferred !== money.currency && rates ? convertMoney(money, preferred, rates) : null;
    return {
      original: safeFormat(money, locale),
      converted: converted ? { text: safeFormat(converted.money, locale), asOf: converted.asOf } : null,
    };
  };
}
