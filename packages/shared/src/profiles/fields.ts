import { z } from 'zod';

/**
 * Free text a person typed: trimmed, between `min` and `max` characters. Markup is kept as typed (it is
 * stored and returned as a JSON string and rendered as text), so `<b>` is just four characters.
 */
export function textField(min: number, max: number) {
  return z.string().trim().min(min).max(max);
}

/** Optional free text: an empty string counts as absent and is stored as null. */
export function optionalTextField(max: number) {
  return z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((value) => (value ? value : null));
}

/** A list of taxonomy codes, each at most once (repeats are dropped, order kept). */
export function codeList<Code extends string>(code: z.ZodType<Code>, min: number, max: number) {
  return z
    .array(code)
    .min(min)
    .max(max)
    .transform((codes) => [...new Set(codes)]);
}

/** A public web address; only http(s), so no `javascript:` link ever reaches a page. */
export const websiteSchema = z
  .url({ protocol: /^https?$/, hostname: z.regexes.domain })
  .max(300)
  .nullish()
  .transform((value) => value ?? null);
