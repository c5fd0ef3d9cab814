import { failCli, withMigratedCliDataSource } from './cli-database.js';
import { createOrganiserCommand } from './create-organiser-command.js';

try {
  const result = await withMigratedCliDataSource((dataSource) => createOrganiserCommand(process.argv.slice(2), dataSource));
  console.log(`Organiser ${result.email} created.`);
  if (result.generatedPassword) console.log(`Password (shown once, change it after signing in): ${result.generatedPassword}`);
} catch (error) {
  failCli(error);
}
