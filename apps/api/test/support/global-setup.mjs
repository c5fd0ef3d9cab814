// Jest global setup: one PostgreSQL for the whole run (TEST_DATABASE_URL's server, or a throwaway
// embedded cluster) with a template database migrated once; each spec file copies the template.
// Plain ESM on the built code, because Jest loads this file outside its TypeScript transform:
// `npm test` builds first (turbo), and `npm run build -w @serumpun/api` does it by hand.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const dist = join(dirname(fileURLToPath(import.meta.url)), '../../dist');
const TEMPLATE_DATABASE = 'serumpun_test_template';

export default async function globalSetup() {
  if (!existsSync(join(dist, 'database/run-migrations.js'))) {
    throw new Error('apps/api is not built: run `npm run build -w @serumpun/api` (npm test does it through turbo).');
  }
  const { startEmbeddedPostgres } = await import(join(dist, 'database/embedded-postgres.js'));
  const { createDatabaseIfMissing } = await import(join(dist, 'database/provision-database.js'));
  const { runMigrations } = await import(join(dist, 'database/run-migrations.js'));
  const { withDatabaseName } = await import(join(dist, 'database/database-url.js'));

  let adminUrl = process.env.TEST_DATABASE_URL;
  let stop = async () => undefined;
  if (!adminUrl) {
    const scratch = mkdtempSync(join(tmpdir(), 'serumpun-test-pg-'));
    const server = await startEmbeddedPostgres({ directory: join(scratch, 'pg'), password: 'test', persistent: false });
    adminUrl = server.adminUrl;
    stop = async () => {
      await server.stop();
      rmSync(scratch, { recursive: true, force: true });
    };
  }
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
  await client.end();
  await createDatabaseIfMissing(adminUrl, TEMPLATE_DATABASE);
  await runMigrations(withDatabaseName(adminUrl, TEMPLATE_DATABASE));

  globalThis.__SERUMPUN_TEST_CLUSTER_STOP__ = stop;
  // Workers are started after this runs, so they inherit both.
  process.env.SERUMPUN_TEST_ADMIN_URL = adminUrl;
  process.env.SERUMPUN_TEST_TEMPLATE_DB = TEMPLATE_DATABASE;
}
