import { formatMoney, isCurrencyCode, MONEY_AMOUNT_PATTERN, type Locale } from '@serumpun/shared';

const GROUPED_WITH_DOTS = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const GROUPED_WITH_COMMAS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/**
 * What a person typed into an amount field, as the API's plain decimal string. People write amounts
 * the way their language does: "1.500.000.000" or "2,5" in Indonesian, "1,500,000.50" in English and
 * Malay; spaces and a leading currency sign are ignored. Anything else is returned for the schema to refuse.
 */
export function normaliseAmountInput(text: string, locale: Locale): string {
  const compact = text.replace(/[\s\u00a0\u202f_']/g, '').replace(/^(?:rp|rm|us\$|s\$|b\$|\$)/i, '');
  if (GROUPED_WITH_DOTS.test(compact) || (locale === 'id' && /^\d+,\d+$/.test(compact))) {
    return compact.replace(/\./g, '').replace(',', '.');
  }
  if (GROUPED_WITH_COMMAS.test(compact)) return compact.replace(/,/g, '');
  return compact;
}

/** A stored amount as it reads in an input for this language: "1500000000" or "2500,50" (id). */
export function amountForInput(amount: string, locale: Locale): string {
  const trimmed = amount.replace(/\.0+$/, '');
  return locale === 'id' ? trimmed.replace('.', ',') : trimmed;
}

/** "Rp 1.500.000.000" for a typed amount the API will accept, or null while it is not one yet. */
export function previewAmount(text: string | undefined, currency: string | undefined, locale: Locale): string | null {
  if (!text || !currency || !isCurrencyCode(currency)) return null;
  const amount = normaliseAmountInput(text, locale);
  if (!MONEY_AMOUNT_PATTERN.test(amount)) return null;
  return formatMoney({ amount, currency }, locale);
}
