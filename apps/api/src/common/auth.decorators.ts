import { createParamDecorator, SetMetadata, UnauthorizedException, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Role } from '@serumpun/shared';
import type { AuthUser } from './auth-user.js';

export const PUBLIC_ROUTE = 'serumpun:public';
export const REQUIRED_ROLES = 'serumpun:roles';

/** Routes are private by default; this one answers without an access token. */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** Only callers with one of these roles get past the role guard (others: 403). */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);

/** The authenticated caller of a private route. */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthUser => {
  const user = context.switchToHttp().getRequest<FastifyRequest>().authUser;
  if (!user) throw new UnauthorizedException();
  return user;
});
