import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { ApiRequestError } from './api-client';

/**
 * Puts the API's field messages (already in the person's language, from Accept-Language) next to
 * their fields and focuses the first. Returns whether any detail matched a field of this form.
 */
export function showServerFieldErrors<T extends FieldValues>(
  error: ApiRequestError,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
): boolean {
  let shown = 0;
  for (const detail of error.details) {
    const field = fields.find((name) => name === detail.path);
    if (!field) continue;
    setError(field, { type: 'server', message: detail.message }, { shouldFocus: shown === 0 });
    shown += 1;
  }
  return shown > 0;
}
