import type { z } from 'zod';
import type { ApiMessage } from './api-messages.js';

/** Request input that failed its schema; the filter words each issue in the reader's language. */
export class ValidationFailedException extends Error {
  constructor(readonly issues: z.core.$ZodIssue[]) {
    super('Validation failed');
    this.name = 'ValidationFailedException';
  }
}

/**
 * A refusal the API explains to a person: its message is looked up in the catalogue in the
 * caller's language, and `field` names the offending input when there is one.
 */
export class DomainException extends Error {
  constructor(
    readonly statusCode: number,
    readonly apiMessage: ApiMessage,
    readonly options: { field?: string; params?: Record<string, string | number>; extra?: Record<string, unknown> } = {},
  ) {
    super(apiMessage.key);
    this.name = 'DomainException';
  }
}
