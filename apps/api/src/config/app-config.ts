import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const secret = z.string().min(32, 'must be at least 32 characters');

/**
 * The environment the API accepts, validated once at boot. A bad value stops the boot with a
 * message that names the variable, rather than failing later in some request.
 */
export const environmentSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().min(1).default('0.0.0.0'),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
      .optional(),
    DATA_DIR: z.string().min(1).default('.data'),
    JWT_ACCESS_SECRET: secret.optional(),
    JWT_REFRESH_SECRET: secret.optional(),
    DEMO_DATA: booleanFlag.default(true),
    WEB_DIST: z.string().min(1).optional(),
    CORS_ORIGINS: z.string().optional(),
    TRUST_PROXY: booleanFlag.default(false),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('warn'),
    ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(86_400).default(900),
    REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
    PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL')
      .optional(),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
      .optional(),
    MAIL_FROM: z.string().min(3).optional(),
  })
  .superRefine((env, ctx) => {
    // With an external database there is no local folder we can trust to hold generated secrets.
    if (env.DATABASE_URL) {
      for (const key of ['JWT_ACCESS_SECRET', 'JWT_REFRESH_SECRET'] as const) {
        if (!env[key]) ctx.addIssue({ code: 'custom', path: [key], message: 'is required when DATABASE_URL is set' });
      }
    }
  });

export type Environment = z.infer<typeof environmentSchema>;

export class InvalidEnvironmentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'InvalidEnvironmentError';
  }
}

/** Parses `process.env` (or a test's stand-in), naming each variable that is wrong. */
export function parseEnvironment(source: Record<string, string | undefined>): Environment {
  // Empty strings count as unset, as they do in most shells' `VAR= cmd`.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ''));
  const result = environmentSchema.safeParse(cleaned);
  if (!result.success) {
    throw new InvalidEnvironmentError(result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`));
  }
  return result.data;
}

/** What the running application needs, resolved from the environment (database, secrets, paths). */
export interface AppConfig {
  databaseUrl: string;
  jwtAccessSecret: string;
  jwtRefreshSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  webDist: string | null;
  corsOrigins: string[];
  trustProxy: boolean;
  logLevel: Environment["LOG_LEVEL"];
  databasePoolSize: number;
  loginRateLimit: LoginRateLimitConfig;
  /** Where people reach the app (links in emails; an allowed socket.io Origin). */
  publicUrl?: string | null;
  /** Realtime events cross instances through Redis when set, else through PostgreSQL. */
  redisUrl?: string | null;
  /** Notifications also go out by email when set. */
  smtpUrl?: string | null;
  mailFrom?: string | null;
}

export interface LoginRateLimitConfig {
  /** Failed logins allowed for one email within the window. */
  perEmail: number;
  /** Login attempts allowed from one IP address within the window. */
  perIp: number;
  windowSeconds: number;
}

export const DEFAULT_LOGIN_RATE_LIMIT: LoginRateLimitConfig = { perEmail: 10, perIp: 50, windowSeconds: 900 };
