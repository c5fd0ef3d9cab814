import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

/** The raw Accept-Language header, or null when the client sent none (then the user's saved locale applies). */
export const AcceptLanguage = createParamDecorator((_data: unknown, context: ExecutionContext): string | null => {
  const header = context.switchToHttp().getRequest<FastifyRequest>().headers['accept-language'];
  return (Array.isArray(header) ? header[0] : header) || null;
});
