import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import type { Role } from '@serumpun/shared';
import { AccessTokenService } from '../modules/auth/access-token.service.js';
import { DomainException } from './api-exceptions.js';
import { PUBLIC_ROUTE, REQUIRED_ROLES } from './auth.decorators.js';
import { COMMON_MESSAGES } from './api-messages.js';

/** Every route needs a valid access token unless marked `@Public()`. */
@Injectable()
export class AccessTokenGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly accessTokens: AccessTokenService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    const user = match ? await this.accessTokens.verify(match[1]) : null;
    if (!user) throw new DomainException(401, COMMON_MESSAGES['auth.unauthenticated']);
    request.authUser = user;
    return true;
  }
}

/** Routes marked `@Roles(...)` refuse any other role with a 403. */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, [context.getHandler(), context.getClass()]);
    if (!roles || roles.length === 0) return true;
    const user = context.switchToHttp().getRequest<FastifyRequest>().authUser;
    if (!user || !roles.includes(user.role)) throw new DomainException(403, COMMON_MESSAGES['auth.forbidden']);
    return true;
  }
}
