import { Injectable, Logger } from '@nestjs/common';
import type { AuthSession, CreateOrganiserRequest, LoginRequest, RegisterRequest, TokenPair, User } from '@serumpun/shared';
import { DomainException } from '../../common/api-exceptions.js';
import { toUserView, UsersService } from '../users/users.service.js';
import type { UserEntity } from '../users/user.entity.js';
import { AccessTokenService } from './access-token.service.js';
import { LoginRateLimiter } from './login-rate-limiter.js';
import { hashPassword, verifyPassword } from './password-hasher.js';
import { RefreshTokenService } from './refresh-token.service.js';
import { AUTH_MESSAGES } from './auth.messages.js';

@Injectable()
export class AuthService {
  private readonly logger = new Logger('AuthService');

  constructor(
    private readonly users: UsersService,
    private readonly accessTokens: AccessTokenService,
    private readonly refreshTokens: RefreshTokenService,
    private readonly rateLimiter: LoginRateLimiter,
  ) {}

  async register(request: RegisterRequest & { email: string }): Promise<AuthSession> {
    const user = await this.users.create({
      email: request.email,
      passwordHash: await hashPassword(request.password),
      fullName: request.fullName,
      role: request.role,
      locale: request.locale ?? 'id',
    });
    return this.startSession(user);
  }

  async login(request: LoginRequest, ip: string): Promise<AuthSession> {
    const retryAfterSeconds = this.rateLimiter.checkAttempt(ip, request.email);
    if (retryAfterSeconds > 0) {
      throw new DomainException(429, AUTH_MESSAGES['auth.too_many_attempts'], {
        params: { minutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)) },
        extra: { retryAfterSeconds },
      });
    }
    const user = await this.users.findByEmail(request.email);
    // Unknown email and wrong password take the same path and give the same answer.
    const valid = await verifyPassword(user?.passwordHash ?? null, request.password);
    if (!user || !valid) {
      this.rateLimiter.recordFailure(request.email);
      throw new DomainException(401, AUTH_MESSAGES['auth.invalid_credentials']);
    }
    this.rateLimiter.recordSuccess(request.email);
    return this.startSession(user);
  }

  async refresh(refreshToken: string): Promise<TokenPair> {
    const result = await this.refreshTokens.rotate(refreshToken);
    if (result.outcome === 'reused') {
      this.logger.warn(`A rotated refresh token of user ${result.userId} was presented again; its family is revoked`);
    }
    if (result.outcome !== 'rotated') throw new DomainException(401, AUTH_MESSAGES['auth.invalid_refresh_token'], { field: 'refreshToken' });
    const user = await this.users.findById(result.userId);
    if (!user) throw new DomainException(401, AUTH_MESSAGES['auth.invalid_refresh_token'], { field: 'refreshToken' });
    return { accessToken: await this.accessTokens.issue(user), refreshToken: result.refreshToken };
  }

  async logout(userId: string, refreshToken: string | undefined): Promise<void> {
    if (refreshToken) await this.refreshTokens.revokeFamilyOf(userId, refreshToken);
    else await this.refreshTokens.revokeAll(userId);
  }

  async createOrganiser(request: CreateOrganiserRequest & { email: string }): Promise<User> {
    const user = await this.users.create({
      email: request.email,
      passwordHash: await hashPassword(request.password),
      fullName: request.fullName,
      role: 'organiser',
      locale: 'id',
    });
    return toUserView(user);
  }

  private async startSession(user: UserEntity): Promise<AuthSession> {
    const [accessToken, refreshToken] = await Promise.all([this.accessTokens.issue(user), this.refreshTokens.issueNewFamily(user.id)]);
    return { user: toUserView(user), accessToken, refreshToken };
  }
}
