import { DataSource, type DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';

export interface DataSourceSettings {
  url: string;
  poolSize?: number;
  logging?: boolean;
}

/**
 * The one description of the database, used by the app, the migration CLI and the tests.
 * Schema changes happen only through committed migrations: `synchronize` is never on.
 */
export function dataSourceOptions(settings: DataSourceSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url: settings.url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    uuidExtension: 'pgcrypto',
    synchronize: false,
    migrationsRun: false,
    // Failed queries are not logged here: expected ones become 4xx, unexpected ones are logged as 500s.
    logging: settings.logging ? ['query', 'error'] : ['warn'],
    extra: {
      max: settings.poolSize ?? 20,
      // A statement that hangs should fail the request, not hold a connection forever.
      statement_timeout: 30_000,
      connectionTimeoutMillis: 10_000,
      application_name: 'serumpun-api',
    },
  };
}

export function createDataSource(settings: DataSourceSettings): DataSource {
  return new DataSource(dataSourceOptions(settings));
}
