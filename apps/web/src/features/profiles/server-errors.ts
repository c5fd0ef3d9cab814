import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { ApiRequestError } from '../../lib/api-client';
import { showServerFieldErrors } from '../../lib/form-errors';

/**
 * Like showServerFieldErrors, for forms with nested and list fields: a detail about `instruments.2`
 * or `amount` lands on the field that shows it (`instruments`, `amount.amount`).
 */
export function showNestedServerErrors<T extends FieldValues>(
  error: ApiRequestError,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
  aliases: Readonly<Record<string, Path<T>>> = {},
): boolean {
  const details = error.details.map((detail) => {
    if (aliases[detail.path]) return { ...detail, path: aliases[detail.path] };
    const owner = [...fields]
      .sort((a, b) => b.length - a.length)
      .find((field) => detail.path === field || detail.path.startsWith(`${field}.`));
    return owner ? { ...detail, path: owner } : detail;
  });
  return showServerFieldErrors({ ...error, details }, setError, fields);
}
