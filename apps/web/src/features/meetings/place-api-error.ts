import { ApiRequestError } from '../../lib/api-client';
import { formMessageFor, type FormMessage } from '../../lib/form-message';

export interface PlacedError<F extends string> {
  /** Messages for the controls the API named (`details[].path`), in the person's language already. */
  fields: Partial<Record<F, string>>;
  /** What no control explains: shown once, beside the button that sent the form. */
  form: FormMessage | null;
}

/**
 * Puts each of the API's messages next to the control it is about. A refusal that names a field
 * (a 409 "already pending" on `toUserId`, a 409 on `proposedSlotId`) lands there; one that names
 * none (a 422 "request cap reached") stays with the submit button.
 */
export function placeApiError<F extends string>(error: unknown, fields: readonly F[]): PlacedError<F> {
  const placed: PlacedError<F> = { fields: {}, form: null };
  if (error instanceof ApiRequestError) {
    for (const detail of error.details) {
      const field = fields.find((name) => detail.path === name || detail.path.startsWith(`${name}.`));
      if (field && !placed.fields[field]) placed.fields[field] = detail.message;
    }
    const unplaced = error.details.some((detail) => !fields.some((name) => detail.path === name || detail.path.startsWith(`${name}.`)));
    if (Object.keys(placed.fields).length > 0 && !unplaced) return placed;
  }
  placed.form = formMessageFor(error);
  return placed;
}
