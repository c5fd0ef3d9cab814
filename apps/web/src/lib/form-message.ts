import { ApiRequestError, ApiUnreachableError } from './api-client';

/** Keys of the form-level messages the app words itself (so they follow a language switch). */
export type FormMessageKey =
  | 'errors.tooManyAttempts'
  | 'errors.tooManyAttemptsMinutes'
  | 'errors.unreachable'
  | 'errors.generic'
  | 'auth.login.invalidCredentials';

/** Either one of our own messages, or a message the API already worded in the person's language. */
export type FormMessage = { key: FormMessageKey; minutes?: number } | { text: string };

/** The form-level message for a failure no field can explain. */
export function formMessageFor(error: unknown): FormMessage {
  if (error instanceof ApiUnreachableError) return { key: 'errors.unreachable' };
  if (error instanceof ApiRequestError) {
    if (error.status === 429) {
      return error.retryAfterSeconds
        ? { key: 'errors.tooManyAttemptsMinutes', minutes: Math.max(1, Math.ceil(error.retryAfterSeconds / 60)) }
        : { key: 'errors.tooManyAttempts' };
    }
    // A rule about the whole request ("nothing to change", "at least one weight above zero") comes
    // as a detail without a path, worded for the reader; the summary beside it only says "(body)".
    const aboutWholeRequest = error.details.filter((detail) => detail.path === '').map((detail) => detail.message);
    if (error.status < 500 && aboutWholeRequest.length > 0) return { text: aboutWholeRequest.join(' ') };
    if (error.status < 500 && error.message) return { text: error.message };
  }
  return { key: 'errors.generic' };
}
