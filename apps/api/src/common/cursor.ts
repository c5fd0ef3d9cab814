import { ruleParams } from '@serumpun/shared';
import { z } from 'zod';
import { ValidationFailedException } from './api-exceptions.js';

/** Opaque cursors for keyset pagination: the sort key of the last item seen, base64url JSON. */
export function encodeCursor(values: Record<string, string | number>): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor<Schema extends z.ZodType>(cursor: string | undefined, schema: Schema): z.output<Schema> | null {
  if (!cursor) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    raw = undefined;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new ValidationFailedException([{ code: 'custom', path: ['cursor'], params: ruleParams('cursor_invalid'), message: 'invalid cursor', input: cursor }]);
  }
  return parsed.data;
}
