import type { FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { localisedResolver } from '../../lib/localised-resolver';

/**
 * An untouched nested input (`ticketMin.amount`) holds '' where the schema expects a value; like the
 * top-level blanks the localised resolver already handles, it reads "Required", not "Invalid format".
 */
export function nestedBlanksAsMissing<T>(values: T): T {
  if (!values || typeof values !== 'object' || Array.isArray(values)) return values;
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      value === '' ? undefined : value && typeof value === 'object' && !Array.isArray(value) ? nestedBlanksAsMissing(value) : value,
    ]),
  ) as T;
}

/**
 * The localised resolver of a shared schema, after `prepare` has turned what people type into what
 * the contract expects (amounts written the local way, nested blanks). Submit handlers receive the
 * schema's output, ready to send.
 */
export function preparedResolver<Input extends FieldValues, Output>(
  schema: z.ZodType<Output, Input>,
  prepare: (values: Input) => Input = (values) => values,
): Resolver<Input, unknown, Output> {
  const resolve = localisedResolver(schema);
  return (values, context, options) => resolve(nestedBlanksAsMissing(prepare(values)), context, options);
}

/**
 * A list field's value as codes. The shared `codeList` schemas declare their element as
 * `z.ZodType<Code>`, whose input type is `unknown`, so react-hook-form sees `unknown[]`.
 */
export function asCodes(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
