import { z } from 'zod';
import { currencyCodeSchema, findCurrency, type CurrencyCode } from '../taxonomies/currencies.js';
import type { Locale } from './locale.js';

// Money travels as `{ amount: "1500000000.00", currency: "IDR" }`: a decimal string, never a float, so
// that rupiah amounts in the trillions stay exact from the form to the database (numeric(20,2)) and back.

export const MONEY_MAX_INTEGER_DIGITS = 18;
export const MONEY_MAX_FRACTION_DIGITS = 2;

/**
 * A non-negative decimal in plain notation: digits, then optionally a point and one or two digits. No sign,
 * exponent, whitespace, thousands separator or leading zero ("007"), and at most 18 integer digits.
 */
export const MONEY_AMOUNT_PATTERN = /^(?:0|[1-9]\d{0,17})(?:\.\d{1,2})?$/;

export const moneyAmountSchema = z.string().regex(MONEY_AMOUNT_PATTERN);

/** An amount greater than zero; with two decimals at most that means at least 0.01. */
export const positiveMoneyAmountSchema = moneyAmountSchema.superRefine((amount, ctx) => {
  if (!MONEY_AMOUNT_PATTERN.test(amount)) return; // already reported by the pattern
  if (compareDecimalStrings(amount, '0') <= 0) {
    // A `too_small` issue, rather than a custom one, so the interface's error map words it in each language.
    ctx.addIssue({ code: 'too_small', origin: 'number', minimum: 0.01, inclusive: true, input: amount });
  }
});

export const moneySchema = z.strictObject({
  amount: moneyAmountSchema,
  currency: currencyCodeSchema,
});
export type Money = z.infer<typeof moneySchema>;

export const positiveMoneySchema = z.strictObject({
  amount: positiveMoneyAmountSchema,
  currency: currencyCodeSchema,
});

const DECIMAL_PATTERN = /^(-?)(\d+)(?:\.(\d+))?$/;

/**
 * Compares two decimal strings exactly: -1 when a < b, 0 when equal, 1 when a > b. Accepts an optional
 * minus sign and any number of digits ("1500.5" equals "1500.50", "-0" equals "0"); throws on anything
 * else, such as an exponent or whitespace, since a guess would silently compare the wrong numbers.
 */
export function compareDecimalStrings(a: string, b: string): -1 | 0 | 1 {
  const x = parseDecimal(a);
  const y = parseDecimal(b);
  if (x.negative !== y.negative) return x.negative ? -1 : 1;
  const magnitude = compareMagnitudes(x, y);
  return (x.negative ? -magnitude : magnitude) as -1 | 0 | 1;
}

interface ParsedDecimal {
  negative: boolean;
  integer: string;
  fraction: string;
}

function parseDecimal(value: string): ParsedDecimal {
  const match = DECIMAL_PATTERN.exec(value);
  if (!match) throw new RangeError(`Not a decimal string: ${JSON.stringify(value)}`);
  const integer = match[2].replace(/^0+(?=\d)/, '');
  const fraction = (match[3] ?? '').replace(/0+$/, '');
  const isZero = integer === '0' && fraction === '';
  return { negative: match[1] === '-' && !isZero, integer, fraction };
}

function compareMagnitudes(x: ParsedDecimal, y: ParsedDecimal): -1 | 0 | 1 {
  if (x.integer.length !== y.integer.length) return x.integer.length < y.integer.length ? -1 : 1;
  if (x.integer !== y.integer) return x.integer < y.integer ? -1 : 1;
  const width = Math.max(x.fraction.length, y.fraction.length);
  const xf = x.fraction.padEnd(width, '0');
  const yf = y.fraction.padEnd(width, '0');
  if (xf === yf) return 0;
  return xf < yf ? -1 : 1;
}

/** The number-formatting locale of each interface language. */
export const MONEY_FORMAT_LOCALES: Record<Locale, string> = { id: 'id-ID', en: 'en-GB', ms: 'ms-MY' };

const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(locale: Locale, currency: CurrencyCode, fractionDigits: number): Intl.NumberFormat {
  const key = `${locale}|${currency}|${fractionDigits}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(MONEY_FORMAT_LOCALES[locale], {
      style: 'currency',
      currency,
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * Formats money for a person reading the given interface language: `Rp 1.500.000.000` (id),
 * `MYR 2,500.00` (en), `RM 2,500.00` (ms). The amount string is handed to Intl as is, so even 18-digit
 * amounts keep every digit. Whole rupiah amounts are shown without decimals; any cents are always shown.
 */
export function formatMoney(money: { readonly amount: string; readonly currency: CurrencyCode }, locale: Locale): string {
  if (!MONEY_AMOUNT_PATTERN.test(money.amount)) {
    throw new RangeError(`Not a money amount: ${JSON.stringify(money.amount)}`);
  }
  const currency = findCurrency(money.currency);
  if (!currency) throw new RangeError(`Unknown currency: ${JSON.stringify(money.currency)}`);
  const fraction = money.amount.split('.')[1] ?? '';
  const fractionDigits = /[1-9]/.test(fraction) ? currency.minorUnits : currency.displayDecimals;
  // Intl.NumberFormat reads a numeric string exactly (ES2023), unlike a Number past 2^53.
  return formatterFor(locale, currency.code, fractionDigits).format(money.amount as `${number}`);
}
