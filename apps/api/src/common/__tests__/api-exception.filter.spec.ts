import { describe, expect, it } from '@jest/globals';
import { NotFoundException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { ApiExceptionFilter } from '../api-exception.filter.js';
import { DomainException } from '../api-exceptions.js';
import { AUTH_MESSAGES } from '../../modules/auth/auth.messages.js';

const filter = new ApiExceptionFilter();

describe('ApiExceptionFilter', () => {
  it('turns an unexpected error into a 500 with a correlation id and no internals', () => {
    const error = new Error('connection to 10.0.0.5 refused at SELECT * FROM users');
    const body = filter.toApiError(error, 'en', 'req-123');
    expect(body).toEqual({
      statusCode: 500,
      error: 'Internal Server Error',
      message: 'Something unexpected went wrong. Quote req-123 when contacting the organisers.',
      correlationId: 'req-123',
    });
  });

  it('turns a unique violation into a 409 and an exclusion violation too', () => {
    for (const code of ['23505', '23P01']) {
      const error = new QueryFailedError('INSERT …', [], Object.assign(new Error('duplicate'), { code }));
      expect(filter.toApiError(error, 'id', 'r').statusCode).toBe(409);
    }
  });

  it('hides the SQL of an unknown database error behind a 500', () => {
    const error = new QueryFailedError('SELECT secret FROM t', [], Object.assign(new Error('boom'), { code: 'XX000' }));
    const body = filter.toApiError(error, 'id', 'r');
    expect(body.statusCode).toBe(500);
    expect(JSON.stringify(body)).not.toContain('SELECT');
  });

  it('words a domain refusal in the reader’s language and names its field', () => {
    const body = filter.toApiError(new DomainException(409, AUTH_MESSAGES['auth.email_taken'], { field: 'email' }), 'ms', 'r');
    expect(body).toEqual({
      statusCode: 409,
      error: 'Conflict',
      message: 'E-mel ini sudah didaftarkan. Sila log masuk.',
      details: [{ path: 'email', message: 'E-mel ini sudah didaftarkan. Sila log masuk.', code: 'auth.email_taken' }],
    });
  });

  it('keeps Nest’s own 404 in the same shape', () => {
    expect(filter.toApiError(new NotFoundException(), 'id', 'r')).toEqual({ statusCode: 404, error: 'Not Found', message: 'Tidak ditemukan.' });
  });
});
