import type { CurrencyCode } from '@serumpun/shared';
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n/i18n';
import { chooseCurrency, DEFAULT_CURRENCY_BY_LOCALE, storedCurrency, subscribeToCurrency } from '../preferred-currency';

/** The currency the viewer reads amounts in, and a way to change it for this device. */
export function usePreferredCurrency(): [CurrencyCode, (currency: CurrencyCode) => void] {
  // Subscribes to language changes too: without a stored choice the default follows the language.
  useTranslation();
  const stored = useSyncExternalStore(subscribeToCurrency, storedCurrency, storedCurrency);
  return [stored ?? DEFAULT_CURRENCY_BY_LOCALE[currentLocale()], chooseCurrency];
}
