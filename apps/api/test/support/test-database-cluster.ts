import pg from 'pg';

/** The migrated template database the global setup prepared (see global-setup.mjs). */
export function templateDatabase(): string {
  return process.env.SERUMPUN_TEST_TEMPLATE_DB ?? 'serumpun_test_template';
}

export function testAdminUrl(): string {
  const url = process.env.SERUMPUN_TEST_ADMIN_URL;
  if (!url) throw new Error('SERUMPUN_TEST_ADMIN_URL is unset: run the specs through jest (global setup).');
  return url;
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
