import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { IsNull, type DataSource, type Repository } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/app-config.js';
import { RefreshTokenEntity } from './refresh-token.entity.js';

export type RotationResult =
  | { outcome: 'rotated'; userId: string; refreshToken: string }
  | { outcome: 'invalid' }
  | { outcome: 'reused'; userId: string };

const TOKEN_PATTERN = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{43})$/;

/**
 * Opaque refresh tokens `<id>.<secret>` stored as an HMAC of the secret. Each use rotates the
 * token; presenting an already-rotated token revokes every token of its family.
 */
@Injectable()
export class RefreshTokenService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Starts a new family, as at login or registration. */
  issueNewFamily(userId: string): Promise<string> {
    return this.issue(this.dataSource.getRepository(RefreshTokenEntity), userId, randomUUID());
  }

  async rotate(presented: string): Promise<RotationResult> {
    const parsed = TOKEN_PATTERN.exec(presented);
    if (!parsed) return { outcome: 'invalid' };
    const [, id, secret] = parsed;
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(RefreshTokenEntity);
      // Row lock: two refreshes racing with one token are decided one after the other.
      const token = await repository.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!token || !this.secretMatches(token.secretHash, secret) || token.revokedAt || token.expiresAt.getTime() <= Date.now()) {
        return { outcome: 'invalid' } as const;
      }
      if (token.usedAt) {
        await repository.update({ familyId: token.familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
        return { outcome: 'reused', userId: token.userId } as const;
      }
      await repository.update({ id: token.id }, { usedAt: new Date() });
      const refreshToken = await this.issue(repository, token.userId, token.familyId);
      return { outcome: 'rotated', userId: token.userId, refreshToken } as const;
    });
  }

  /** Ends the family of one token (logout on one device), if it belongs to this user. */
  async revokeFamilyOf(userId: string, presented: string): Promise<void> {
    const parsed = TOKEN_PATTERN.exec(presented);
    if (!parsed) return;
    const repository = this.dataSource.getRepository(RefreshTokenEntity);
    const token = await repository.findOneBy({ id: parsed[1], userId });
    if (!token || !this.secretMatches(token.secretHash, parsed[2])) return;
    await repository.update({ familyId: token.familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /** Ends every session of a user (logout everywhere). */
  async revokeAll(userId: string): Promise<void> {
    await this.dataSource.getRepository(RefreshTokenEntity).update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  private async issue(repository: Repository<RefreshTokenEntity>, userId: string, familyId: string): Promise<string> {
    const id = randomUUID();
    const secret = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.refreshTokenTtlDays * 86_400_000);
    await repository.insert({ id, userId, familyId, secretHash: this.hash(secret), expiresAt });
    return `${id}.${secret}`;
  }

  private hash(secret: string): string {
    return createHmac('sha256', this.config.jwtRefreshSecret).update(secret).digest('base64url');
  }

  private secretMatches(storedHash: string, secret: string): boolean {
    const expected = Buffer.from(storedHash);
    const actual = Buffer.from(this.hash(secret));
    return expected.length === actual.length && timingSafeEqual(expected, actual);
  }
}
