import { seedDemoData } from '../database/seed/seed-demo-data.js';
import { failCli, withMigratedCliDataSource } from './cli-database.js';

try {
  const report = await withMigratedCliDataSource(seedDemoData);
  console.log(`Demo data loaded: ${report.usersCreated} new accounts, ${report.editionsCreated} new editions (existing rows kept).`);
} catch (error) {
  failCli(error);
}
