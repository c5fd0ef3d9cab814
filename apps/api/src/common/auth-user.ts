import type { Role } from '@serumpun/shared';

/** Who is calling, as proven by their access token. */
export interface AuthUser {
  id: string;
  role: Role;
}

declare module 'fastify' {
  interface FastifyRequest {
    authUser?: AuthUser;
  }
}
