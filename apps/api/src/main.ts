import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './database/seed/demo-accounts.js';
import { InvalidEnvironmentError } from './config/app-config.js';
import { startServer } from './server.js';

try {
  const server = await startServer();
  const shutdown = (signal: string) => {
    console.log(`\n${signal} received: stopping the server${server.embeddedDatabase ? ' and its PostgreSQL' : ''}…`);
    server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));

  console.log(`\nSerumpun is running at ${server.url}`);
  console.log(`  API ${server.url}/api  ·  OpenAPI ${server.url}/api/docs`);
  if (server.embeddedDatabase) console.log('  Database: embedded PostgreSQL (set DATABASE_URL to use your own)');
  if (server.demoDataLoaded || process.env.DEMO_DATA !== 'false') {
    console.log(`  Demo accounts (password ${DEMO_PASSWORD}):`);
    for (const account of DEMO_ACCOUNTS) console.log(`    ${account.role.padEnd(10)} ${account.email}`);
  }
  console.log('  Press Ctrl-C to stop.\n');
} catch (error) {
  if (error instanceof InvalidEnvironmentError) {
    console.error(error.message);
  } else {
    console.error('Serumpun failed to start:', error instanceof Error ? error.message : error);
    if (process.env.LOG_LEVEL === 'debug') console.error(error);
  }
  process.exit(1);
}
