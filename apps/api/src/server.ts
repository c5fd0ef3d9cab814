import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { parseEnvironment } from './config/app-config.js';
import { buildAppConfig, resolveSecrets } from './config/resolve-config.js';
import { createApp } from './create-app.js';
import { createDataSource } from './database/data-source.js';
import { provisionDatabase } from './database/provision-database.js';
import { runMigrations } from './database/run-migrations.js';
import { isDatabaseEmpty, seedDemoData } from './database/seed/seed-demo-data.js';

export interface RunningServer {
  app: NestFastifyApplication;
  url: string;
  embeddedDatabase: boolean;
  demoDataLoaded: boolean;
  stop(): Promise<void>;
}

/**
 * Everything `npm start` does after building: validate the environment, provide the database
 * (embedded when DATABASE_URL is unset), migrate it (local default only; production runs
 * `npm run migrate` first), load demo data into an empty database, then serve.
 */
export async function startServer(source: Record<string, string | undefined> = process.env): Promise<RunningServer> {
  const environment = parseEnvironment(source);
  await assertPortFree(environment.PORT, environment.HOST);
  const secrets = resolveSecrets(environment);
  const database = await provisionDatabase({
    databaseUrl: environment.DATABASE_URL,
    dataDir: resolve(environment.DATA_DIR),
    password: secrets.databasePassword,
  });
  try {
    if (database.embedded) {
      const applied = await runMigrations(database.url);
      if (applied.length > 0 && environment.LOG_LEVEL !== 'silent') console.log(`Applied migrations: ${applied.join(', ')}`);
    } else {
      await assertNoPendingMigrations(database.url);
    }
    const demoDataLoaded = environment.DEMO_DATA ? await loadDemoDataIfEmpty(database.url) : false;

    const app = await createApp(buildAppConfig(environment, database.url, secrets));
    await app.listen({ port: environment.PORT, host: environment.HOST });
    const address = app.getHttpServer().address();
    const port = typeof address === 'object' && address ? address.port : environment.PORT;
    let stopping: Promise<void> | undefined;
    return {
      app,
      url: `http://localhost:${port}`,
      embeddedDatabase: database.embedded,
      demoDataLoaded,
      stop: () => (stopping ??= app.close().finally(() => database.stop())),
    };
  } catch (error) {
    await database.stop();
    throw error;
  }
}

async function loadDemoDataIfEmpty(url: string): Promise<boolean> {
  const dataSource = createDataSource({ url, poolSize: 2 });
  await dataSource.initialize();
  try {
    if (!(await isDatabaseEmpty(dataSource))) return false;
    await seedDemoData(dataSource);
    return true;
  } finally {
    await dataSource.destroy();
  }
}

async function assertNoPendingMigrations(url: string): Promise<void> {
  const dataSource = createDataSource({ url, poolSize: 1 });
  await dataSource.initialize();
  try {
    if (await dataSource.showMigrations()) {
      throw new Error('The database has pending migrations. Run `npm run migrate` before starting new instances.');
    }
  } finally {
    await dataSource.destroy();
  }
}

/** Fails fast, before touching the database, when another process already holds the port. */
function assertPortFree(port: number, host: string): Promise<void> {
  if (port === 0) return Promise.resolve();
  return new Promise((resolvePromise, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new Error(`Port ${port} is already in use: stop the other server or set PORT.`) : error),
    );
    probe.listen(port, host, () => probe.close(() => resolvePromise()));
  });
}
