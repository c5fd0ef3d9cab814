import { zodResolver } from '@hookform/resolvers/zod';
import { validationErrorMap, type Locale } from '@serumpun/shared';
import type { FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { currentLocale, i18n } from '../i18n/i18n';

type Issue = Parameters<z.core.$ZodErrorMap>[0];

// An untouched text input holds '' where the schema expects a value: treated as missing, it
// reads "Required" rather than "At least 2 characters" for a field the person has not filled in.
function blanksAsMissing<T extends FieldValues>(values: T): T {
  return Object.fromEntries(Object.entries(values).map(([name, value]) => [name, value === '' ? undefined : value])) as T;
}

/**
 * The shared messages, except for a choice nobody has made yet: zod reports it as an unknown
 * value ("use one of: investor, business"), which reads like the person typed something wrong.
 */
function errorMapFor(locale: Locale): z.core.$ZodErrorMap {
  const shared = validationErrorMap(locale);
  return (issue: Issue) =>
    issue.code === 'invalid_value' && (issue.input === undefined || issue.input === null)
      ? i18n.t('form.chooseOne', { lng: locale })
      : shared(issue);
}

/**
 * zodResolver for a shared schema, with messages in the interface language at the moment of
 * validation (not the language the form was created in).
 */
export function localisedResolver<Input extends FieldValues, Output>(
  schema: z.ZodType<Output, Input>,
): Resolver<Input, unknown, Output> {
  return (values, context, options) =>
    zodResolver(schema, { error: errorMapFor(currentLocale()) })(blanksAsMissing(values), context, options);
}
