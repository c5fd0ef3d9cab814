import { resolve } from 'node:path';
import type { DataSource } from 'typeorm';
import { parseEnvironment } from '../config/app-config.js';
import { resolveSecrets } from '../config/resolve-config.js';
import { createDataSource } from '../database/data-source.js';
import { provisionDatabase } from '../database/provision-database.js';
import { runMigrations } from '../database/run-migrations.js';

/**
 * Runs a command-line task against the database the server would use: DATABASE_URL, or the
 * embedded one under DATA_DIR (sharing it when `npm start` is running).
 */
export async function withCliDatabase<T>(task: (url: string) => Promise<T>): Promise<T> {
  const environment = parseEnvironment(process.env);
  const secrets = resolveSecrets(environment);
  const database = await provisionDatabase({
    databaseUrl: environment.DATABASE_URL,
    dataDir: resolve(environment.DATA_DIR),
    password: secrets.databasePassword,
    reuseRunning: true,
  });
  try {
    return await task(database.url);
  } finally {
    await database.stop();
  }
}

/** The same, migrated first, with a connected data source for the task. */
export async function withMigratedCliDataSource<T>(task: (dataSource: DataSource) => Promise<T>): Promise<T> {
  return withCliDatabase(async (url) => {
    await runMigrations(url);
    const dataSource = createDataSource({ url, poolSize: 2 });
    await dataSource.initialize();
    try {
      return await task(dataSource);
    } finally {
      await dataSource.destroy();
    }
  });
}

/** Prints a failure for a person and exits non-zero. */
export function failCli(error: unknown): never {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
