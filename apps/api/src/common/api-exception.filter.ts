import { Catch, HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { QueryFailedError } from 'typeorm';
import { validationErrorMap, type ApiError, type ApiErrorDetail, type Locale } from '@serumpun/shared';
import type { z } from 'zod';
import { DomainException, ValidationFailedException } from './api-exceptions.js';
import { COMMON_MESSAGES, renderMessage, type ApiMessage } from './api-messages.js';
import { requestLocale } from './request-locale.js';

const STATUS_NAMES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

// Errors Fastify raises before a handler runs (body parsing), each with a message for a person.
const FASTIFY_ERRORS: Record<string, { status: number; message: ApiMessage }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, message: COMMON_MESSAGES['request.malformed_json'] },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, message: COMMON_MESSAGES['request.malformed_json'] },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, message: COMMON_MESSAGES['request.too_large'] },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, message: COMMON_MESSAGES['request.unsupported_media_type'] },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, message: COMMON_MESSAGES['request.invalid'] },
};

// PostgreSQL error codes that mean the request, not the server, was wrong.
const PG_ERRORS: Record<string, { status: number; message: ApiMessage }> = {
  '23505': { status: 409, message: COMMON_MESSAGES['request.conflict'] }, // unique_violation
  '23P01': { status: 409, message: COMMON_MESSAGES['request.conflict'] }, // exclusion_violation
  '23503': { status: 409, message: COMMON_MESSAGES['request.conflict'] }, // foreign_key_violation
  '22P02': { status: 400, message: COMMON_MESSAGES['request.invalid'] }, // invalid_text_representation
  '22001': { status: 400, message: COMMON_MESSAGES['request.invalid'] }, // string_data_right_truncation
  '22003': { status: 400, message: COMMON_MESSAGES['request.invalid'] }, // numeric_value_out_of_range
};

/**
 * Turns every error into the one error body of API.md. Anything unexpected becomes a 500 that
 * carries a correlation id and nothing else: no stack, no SQL.
 */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') return;
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const body = this.toApiError(exception, requestLocale(request), String(request.id));
    if (body.statusCode >= 500) {
      this.logger.error(`${request.method} ${request.url} failed [${request.id}]`, exception instanceof Error ? exception.stack : String(exception));
    }
    if (body.statusCode === 429 && exception instanceof DomainException && typeof exception.options.extra?.retryAfterSeconds === 'number') {
      void reply.header('Retry-After', String(exception.options.extra.retryAfterSeconds));
    }
    void reply.status(body.statusCode).type('application/json; charset=utf-8').send(body);
  }

  toApiError(exception: unknown, locale: Locale, correlationId: string): ApiError {
    if (exception instanceof ValidationFailedException) {
      const details = localiseIssues(exception.issues, locale);
      return { statusCode: 400, error: STATUS_NAMES[400], message: summarise(details, locale), details };
    }
    if (exception instanceof DomainException) {
      const message = renderMessage(exception.apiMessage, locale, exception.options.params);
      const details = exception.options.field ? [{ path: exception.options.field, message, code: exception.apiMessage.key }] : undefined;
      return { statusCode: exception.statusCode, error: statusName(exception.statusCode), message, ...(details ? { details } : {}) };
    }
    const fastifyError = FASTIFY_ERRORS[fastifyCodeOf(exception instanceof HttpException ? exception.cause : exception)];
    if (fastifyError) {
      return { statusCode: fastifyError.status, error: statusName(fastifyError.status), message: renderMessage(fastifyError.message, locale) };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      if (status >= 500) return unexpected(locale, correlationId);
      const fallback = status === 404 ? COMMON_MESSAGES['request.not_found'] : status === 401 ? COMMON_MESSAGES['auth.unauthenticated'] : status === 403 ? COMMON_MESSAGES['auth.forbidden'] : COMMON_MESSAGES['request.invalid'];
      return { statusCode: status, error: statusName(status), message: renderMessage(fallback, locale) };
    }
    if (exception instanceof QueryFailedError) {
      const code = (exception.driverError as { code?: string } | undefined)?.code;
      const known = code ? PG_ERRORS[code] : undefined;
      if (known) return { statusCode: known.status, error: statusName(known.status), message: renderMessage(known.message, locale) };
      return unexpected(locale, correlationId);
    }
    const status = (exception as { statusCode?: unknown } | null)?.statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return { statusCode: status, error: statusName(status), message: renderMessage(COMMON_MESSAGES['request.invalid'], locale) };
    }
    return unexpected(locale, correlationId);
  }
}

function fastifyCodeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null | undefined)?.code;
  return typeof code === 'string' ? code : '';
}

function statusName(status: number): string {
  return STATUS_NAMES[status] ?? (status >= 500 ? 'Server Error' : 'Client Error');
}

function unexpected(locale: Locale, correlationId: string): ApiError {
  return { statusCode: 500, error: STATUS_NAMES[500], message: renderMessage(COMMON_MESSAGES['server.unexpected'], locale, { correlationId }), correlationId };
}

/** One detail per wrong field, worded for the reader; unknown keys each get their own. */
export function localiseIssues(issues: z.core.$ZodIssue[], locale: Locale): ApiErrorDetail[] {
  const wordIssue = validationErrorMap(locale);
  const details: ApiErrorDetail[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const single = { ...issue, keys: [key] } as Parameters<typeof wordIssue>[0];
        details.push({ path: [...issue.path, key].join('.'), message: String(wordIssue(single)), code: issue.code });
      }
      continue;
    }
    const worded = wordIssue(issue as unknown as Parameters<typeof wordIssue>[0]);
    const message = typeof worded === 'string' ? worded : (worded?.message ?? issue.message);
    details.push({ path: issue.path.map(String).join('.'), message, code: issue.code });
  }
  // One message per field is what a person can act on: keep the first issue of each path.
  const seen = new Set<string>();
  return details.filter((detail) => !seen.has(detail.path) && seen.add(detail.path));
}

function summarise(details: ApiErrorDetail[], locale: Locale): string {
  const fields = [...new Set(details.map((d) => d.path || '(body)'))].join(', ');
  return `${renderMessage(COMMON_MESSAGES['request.invalid'], locale)} (${fields})`;
}

