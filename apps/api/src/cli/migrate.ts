import { runMigrations } from '../database/run-migrations.js';
import { failCli, withCliDatabase } from './cli-database.js';

try {
  const applied = await withCliDatabase(runMigrations);
  console.log(applied.length > 0 ? `Applied migrations:\n  ${applied.join('\n  ')}` : 'The database is up to date.');
} catch (error) {
  failCli(error);
}
