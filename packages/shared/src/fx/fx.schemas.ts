import { z } from 'zod';
import { compareDecimalStrings } from '../common/money.js';
import { currencyCodeSchema } from '../taxonomies/currencies.js';
import { ruleParams } from '../i18n/validation-rules.js';

/** Every amount is normalised to this currency for filters and sorting. */
export const FX_BASE_CURRENCY = 'USD' as const;

/**
 * How many units of a currency one US dollar buys, as organisers read it off a bank's board:
 * "16650" for the rupiah, "4.2150" for the ringgit. Up to 12 integer and 6 fraction digits.
 */
export const FX_RATE_PATTERN = /^(?:0|[1-9]\d{0,11})(?:\.\d{1,6})?$/;

export const fxRateValueSchema = z
  .string()
  .regex(FX_RATE_PATTERN)
  .superRefine((value, ctx) => {
    if (FX_RATE_PATTERN.test(value) && compareDecimalStrings(value, '0') <= 0) {
      ctx.addIssue({ code: 'too_small', origin: 'number', minimum: 0.000001, inclusive: true, input: value });
    }
  });

/** One current rate with the date it was set for, shown to users beside converted amounts. */
export const fxRateSchema = z.object({
  currency: currencyCodeSchema,
  unitsPerUsd: z.string(),
  asOf: z.iso.date(),
});
export type FxRate = z.infer<typeof fxRateSchema>;

/** `GET /api/fx-rates`: the rate in force for each currency; `asOf` is the most recent of their dates. */
export const fxRatesSchema = z.object({
  base: z.literal(FX_BASE_CURRENCY),
  asOf: z.iso.date().nullable(),
  rates: z.array(fxRateSchema),
});
export type FxRates = z.infer<typeof fxRatesSchema>;

/** `PUT /api/fx-rates` (organisers): the rates of one date; currencies left out keep their rate. */
export const setFxRatesSchema = z
  .strictObject({
    asOf: z.iso.date(),
    rates: z
      .array(z.strictObject({ currency: currencyCodeSchema, unitsPerUsd: fxRateValueSchema }))
      .min(1)
      .max(10),
  })
  .superRefine((body, ctx) => {
    const seen = new Set<string>();
    body.rates.forEach((rate, index) => {
      if (seen.has(rate.currency)) {
        ctx.addIssue({ code: 'custom', path: ['rates', index, 'currency'], params: ruleParams('fx_duplicate_currency', { currency: rate.currency }), input: rate.currency });
      }
      seen.add(rate.currency);
      // The base is the unit of measure: one dollar is one dollar, whatever the date.
      if (rate.currency === FX_BASE_CURRENCY && FX_RATE_PATTERN.test(rate.unitsPerUsd) && compareDecimalStrings(rate.unitsPerUsd, '1') !== 0) {
        ctx.addIssue({ code: 'custom', path: ['rates', index, 'unitsPerUsd'], params: ruleParams('fx_base_not_one'), input: rate.unitsPerUsd });
      }
    });
  });
export type SetFxRatesRequest = z.input<typeof setFxRatesSchema>;

/**
 * An amount in US dollars shown in another currency, for display only (the web shows the original amount
 * first, and this beside it with the rate's date). Rounded to the currency's two decimals.
 */
export function convertFromUsd(amountUsd: string, unitsPerUsd: string): string {
  return (Number(amountUsd) * Number(unitsPerUsd)).toFixed(2);
}
