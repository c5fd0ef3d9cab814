#!/usr/bin/env node
// One API instance for the realtime benchmark, in its own process (as in production, and so the
// 2,000 benchmark clients do not share its event loop). The first instance provides the embedded
// PostgreSQL; later ones get DATABASE_URL and the secrets through the environment. It reports its
// URL (and the first one its database and secrets) to the parent over IPC, and stops on 'stop'.
import { startServer } from '../../apps/api/dist/server.js';
import { APP_CONFIG } from '../../apps/api/dist/config/config.module.js';

const server = await startServer({ ...process.env, PORT: '0', HOST: '127.0.0.1', DEMO_DATA: 'false', LOG_LEVEL: 'silent' });
const config = server.app.get(APP_CONFIG);
process.send({ url: server.url, databaseUrl: config.databaseUrl, jwtAccessSecret: config.jwtAccessSecret, jwtRefreshSecret: config.jwtRefreshSecret });
process.on('message', async (message) => {
  if (message === 'stop') {
    await server.stop();
    process.exit(0);
  }
});
