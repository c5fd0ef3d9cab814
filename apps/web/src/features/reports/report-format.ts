import { formatMoney, type CurrencyCode, type EditionsOverview, type Locale } from '@serumpun/shared';
import { useTranslation } from 'react-i18next';
import { currentLocale, INTL_LOCALE } from '../../i18n/i18n';
import { todayIn } from '../editions/edition-dates';

type OverviewEdition = EditionsOverview['items'][number]['edition'];

/**
 * The edition a report opens on: the most recent one that has started at its venue (its figures are the
 * ones partners ask about), else the soonest upcoming one.
 */
export function defaultReportEdition<T extends Pick<OverviewEdition, 'startDate' | 'timeZone'>>(editions: readonly T[], now: Date = new Date()): T | undefined {
  const started = editions.filter((edition) => edition.startDate <= todayIn(edition.timeZone, now)).sort((a, b) => b.startDate.localeCompare(a.startDate));
  return started[0] ?? [...editions].sort((a, b) => a.startDate.localeCompare(b.startDate))[0];
}

export interface ReportFormat {
  locale: Locale;
  count: (value: number) => string;
  /** 0.6667 → "67%" (one decimal under 10%, where rounding would hide a difference). */
  percent: (ratio: number | null) => string;
  money: (amount: string, currency: string) => string;
  usd: (amount: string) => string;
  /** An exchange rate as organisers typed it: "IDR 16.630", "MYR 4,215". */
  rate: (unitsPerUsd: string, currency: string) => string;
}

function safeMoney(amount: string, currency: string, locale: Locale): string {
  try {
    return formatMoney({ amount, currency: currency as CurrencyCode }, locale);
  } catch {
    return `${currency} ${amount}`;
  }
}

/** Numbers, shares and amounts in the interface language. */
export function useReportFormat(): ReportFormat {
  useTranslation();
  const locale = currentLocale();
  const numbers = new Intl.NumberFormat(INTL_LOCALE[locale]);
  return {
    locale,
    count: (value) => numbers.format(value),
    percent: (ratio) =>
      ratio === null ? '—' : new Intl.NumberFormat(INTL_LOCALE[locale], { style: 'percent', maximumFractionDigits: ratio < 0.1 && ratio > 0 ? 1 : 0 }).format(ratio),
    money: (amount, currency) => safeMoney(amount, currency, locale),
    usd: (amount) => safeMoney(amount, 'USD', locale),
    rate: (unitsPerUsd, currency) => `${currency} ${new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 6 }).format(unitsPerUsd as `${number}`)}`,
  };
}
