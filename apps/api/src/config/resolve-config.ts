import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_LOGIN_RATE_LIMIT, type AppConfig, type Environment } from './app-config.js';
import { loadOrCreateLocalSecrets } from './local-secrets.js';

/** apps/web/dist, found from this file whether it runs from src (tests) or dist. */
function defaultWebDist(): string | null {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const candidate of [join(here, '../../../web/dist'), join(here, '../../web/dist')]) {
    if (existsSync(join(candidate, 'index.html'))) return resolve(candidate);
  }
  return null;
}

/** Secrets for the run: from the environment, or generated and kept under DATA_DIR locally. */
export function resolveSecrets(environment: Environment): { jwtAccessSecret: string; jwtRefreshSecret: string; databasePassword: string } {
  const local = environment.DATABASE_URL ? null : loadOrCreateLocalSecrets(resolve(environment.DATA_DIR));
  return {
    jwtAccessSecret: environment.JWT_ACCESS_SECRET ?? local!.jwtAccessSecret,
    jwtRefreshSecret: environment.JWT_REFRESH_SECRET ?? local!.jwtRefreshSecret,
    databasePassword: local?.databasePassword ?? '',
  };
}

export function buildAppConfig(environment: Environment, databaseUrl: string, secrets: { jwtAccessSecret: string; jwtRefreshSecret: string }): AppConfig {
  return {
    databaseUrl,
    jwtAccessSecret: secrets.jwtAccessSecret,
    jwtRefreshSecret: secrets.jwtRefreshSecret,
    accessTokenTtlSeconds: environment.ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlDays: environment.REFRESH_TOKEN_TTL_DAYS,
    webDist: environment.WEB_DIST ? resolve(environment.WEB_DIST) : defaultWebDist(),
    corsOrigins: (environment.CORS_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean),
    trustProxy: environment.TRUST_PROXY,
    logLevel: environment.LOG_LEVEL,
    databasePoolSize: 20,
    loginRateLimit: DEFAULT_LOGIN_RATE_LIMIT,
    publicUrl: environment.PUBLIC_URL ?? null,
    redisUrl: environment.REDIS_URL ?? null,
    smtpUrl: environment.SMTP_URL ?? null,
    mailFrom: environment.MAIL_FROM ?? null,
  };
}
