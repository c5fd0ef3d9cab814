import pg from 'pg';
import { join } from 'node:path';
import { EMBEDDED_SUPERUSER, findRunningServerPort, startEmbeddedPostgres } from './embedded-postgres.js';
import { withDatabaseName } from './database-url.js';

export interface ProvisionedDatabase {
  url: string;
  /** True when this process started the server and must stop it. */
  embedded: boolean;
  stop(): Promise<void>;
}

const LOCAL_DATABASE = 'serumpun';

/**
 * The database of this run: the one DATABASE_URL names, or, when it is unset, a real PostgreSQL
 * started here under DATA_DIR/postgres that keeps its data across restarts.
 */
export async function provisionDatabase(options: {
  databaseUrl?: string;
  dataDir: string;
  password: string;
  log?: (line: string) => void;
  /** Command-line tools share the server of a running `npm start` rather than fight over it. */
  reuseRunning?: boolean;
}): Promise<ProvisionedDatabase> {
  if (options.databaseUrl) return { url: options.databaseUrl, embedded: false, stop: async () => undefined };
  const directory = join(options.dataDir, 'postgres');
  const runningPort = options.reuseRunning ? findRunningServerPort(directory) : null;
  if (runningPort) {
    const url = `postgresql://${EMBEDDED_SUPERUSER}:${encodeURIComponent(options.password)}@127.0.0.1:${runningPort}/${LOCAL_DATABASE}`;
    return { url, embedded: false, stop: async () => undefined };
  }

  const server = await startEmbeddedPostgres({
    directory,
    password: options.password,
    onLog: options.log,
  });
  try {
    await createDatabaseIfMissing(server.adminUrl, LOCAL_DATABASE);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { url: withDatabaseName(server.adminUrl, LOCAL_DATABASE), embedded: true, stop: () => server.stop() };
}

export async function createDatabaseIfMissing(adminUrl: string, name: string, template?: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) {
      // Identifiers cannot be bound parameters; the names come from code, never from requests.
      const quoted = client.escapeIdentifier(name);
      await client.query(template ? `CREATE DATABASE ${quoted} TEMPLATE ${client.escapeIdentifier(template)}` : `CREATE DATABASE ${quoted}`);
    }
  } finally {
    await client.end();
  }
}
