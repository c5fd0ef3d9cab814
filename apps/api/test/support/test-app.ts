import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { DEFAULT_LOGIN_RATE_LIMIT, type AppConfig } from '../../src/config/app-config.js';
import { createApp } from '../../src/create-app.js';
import { withDatabaseName } from '../../src/database/database-url.js';
import { createDatabaseIfMissing } from '../../src/database/provision-database.js';
import { dropDatabase, templateDatabase, testAdminUrl as adminUrl } from './test-database-cluster.js';
import { HttpClient } from './http-client.js';

export interface TestApp {
  app: NestFastifyApplication;
  baseUrl: string;
  http: HttpClient;
  config: AppConfig;
  databaseUrl: string;
  /** Runs SQL on this spec's database, for arranging and checking rows. */
  sql<Row = Record<string, unknown>>(text: string, values?: unknown[]): Promise<Row[]>;
  close(): Promise<void>;
}

/** A fresh database copied from the migrated template; nothing is shared with other spec files. */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `serumpun_test_${randomBytes(6).toString('hex')}`;
  await createDatabaseIfMissing(adminUrl(), name, templateDatabase());
  return { url: withDatabaseName(adminUrl(), name), drop: () => dropDatabase(adminUrl(), name) };
}

export function testConfig(databaseUrl: string, overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    databaseUrl,
    jwtAccessSecret: randomBytes(32).toString('hex'),
    jwtRefreshSecret: randomBytes(32).toString('hex'),
    accessTokenTtlSeconds: 900,
    refreshTokenTtlDays: 30,
    webDist: null,
    corsOrigins: [],
    trustProxy: false,
    logLevel: 'silent',
    databasePoolSize: 10,
    loginRateLimit: DEFAULT_LOGIN_RATE_LIMIT,
    ...overrides,
  };
}

/** Boots the real AppModule on a real PostgreSQL, listening on a free port. */
export async function createTestApp(overrides: Partial<AppConfig> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = testConfig(database.url, overrides);
  const app = await createApp(config);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const baseUrl = `http://127.0.0.1:${port}`;
  const pool = new pg.Pool({ connectionString: database.url, max: 2 });
  return {
    app,
    baseUrl,
    http: new HttpClient(baseUrl),
    config,
    databaseUrl: database.url,
    sql: async (text, values) => (await pool.query(text, values)).rows,
    close: async () => {
      await app.close();
      await pool.end();
      await database.drop();
    },
  };
}
