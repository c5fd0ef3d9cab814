import { isCurrencyCode, type CurrencyCode, type Locale } from '@serumpun/shared';
import { readStorage, writeStorage } from '../../lib/safe-storage';

export const CURRENCY_STORAGE_KEY = 'serumpun.currency';

/** Until a person chooses, amounts are shown beside the currency their language suggests. */
export const DEFAULT_CURRENCY_BY_LOCALE: Record<Locale, CurrencyCode> = { id: 'IDR', ms: 'MYR', en: 'USD' };

const listeners = new Set<() => void>();

/** The currency this device chose explicitly, if any. */
export function storedCurrency(): CurrencyCode | null {
  const value = readStorage(CURRENCY_STORAGE_KEY);
  return value && isCurrencyCode(value) ? value : null;
}

/** Remembers the choice on this device and tells every mounted amount (other tabs hear `storage`). */
export function chooseCurrency(currency: CurrencyCode | null): void {
  writeStorage(CURRENCY_STORAGE_KEY, currency);
  for (const listener of listeners) listener();
}

export function subscribeToCurrency(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === CURRENCY_STORAGE_KEY || event.key === null) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}
