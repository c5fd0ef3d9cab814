/**
 * Generates a migration from the difference between the entities and the migrated schema, on a
 * throwaway embedded PostgreSQL, so nobody needs a database running to change the schema:
 *   npm run migration:generate -w @serumpun/api -- AddMeetings
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDataSource } from '../database/data-source.js';
import { startEmbeddedPostgres } from '../database/embedded-postgres.js';

const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error('usage: migration:generate -- PascalCaseName');
  process.exit(2);
}

const sourceDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../src/database/migrations');
const scratch = mkdtempSync(join(tmpdir(), 'serumpun-migration-'));
const server = await startEmbeddedPostgres({ directory: join(scratch, 'pg'), password: 'generate', persistent: false });
try {
  const dataSource = createDataSource({ url: server.adminUrl, poolSize: 2 });
  await dataSource.initialize();
  await dataSource.runMigrations();
  const sql = await dataSource.driver.createSchemaBuilder().log();
  await dataSource.destroy();
  if (sql.upQueries.length === 0) {
    console.log('The entities match the migrations: nothing to generate.');
  } else {
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const fileBase = `${timestamp}-${name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()}`;
    const quote = (query: string) => '`' + query.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
    // Some statements carry bound parameters (TypeORM's metadata rows for generated columns).
    const statements = (queries: Array<{ query: string; parameters?: unknown[] }>) =>
      queries
        .map((q) => `    await queryRunner.query(${quote(q.query)}${q.parameters && q.parameters.length > 0 ? `, ${JSON.stringify(q.parameters)}` : ''});`)
        .join('\n');
    const file = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${statements(sql.upQueries)}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${statements([...sql.downQueries].reverse())}
  }
}
`;
    writeFileSync(join(sourceDir, `${fileBase}.ts`), file);
    const indexFile = join(sourceDir, 'index.ts');
    const index = readFileSync(indexFile, 'utf8')
      .replace(/(import type \{ MigrationInterface \} from 'typeorm';\n)/, `$1import { ${className} } from './${fileBase}.js';\n`)
      .replace(/= \[([^\]]*)\];/, (_match, list: string) => `= [${[...list.split(',').map((s) => s.trim()).filter(Boolean), className].join(', ')}];`);
    writeFileSync(indexFile, index);
    console.log(`Wrote src/database/migrations/${fileBase}.ts`);
  }
} finally {
  await server.stop();
  rmSync(scratch, { recursive: true, force: true });
}
