import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/database/seed/demo-accounts.js';
import { DEMO_EDITIONS } from '../src/database/seed/demo-editions.js';
import { startServer, type RunningServer } from '../src/server.js';
import { TEST_PASSWORD } from './factories/user.factory.js';
import { HttpClient } from './support/http-client.js';

// `npm start` without DATABASE_URL: a real embedded PostgreSQL under DATA_DIR, owned by this run.
const dataDir = mkdtempSync(join(tmpdir(), 'serumpun-start-'));
const environment = { PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
const running: RunningServer[] = [];

async function start(extra: Record<string, string> = {}): Promise<{ server: RunningServer; http: HttpClient }> {
  const server = await startServer({ ...environment, ...extra });
  running.push(server);
  return { server, http: new HttpClient(server.url) };
}

function postgresProcessesFor(directory: string): string[] {
  const lines = execFileSync('ps', ['-eo', 'user:20,args'], { encoding: 'utf8' }).split('\n');
  return lines.filter((line) => line.includes('postgres') && line.includes(directory));
}

afterAll(async () => {
  for (const server of running) await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('npm start on the embedded PostgreSQL', () => {
  let firstSession: { email: string; accessToken: string };

  it('starts a real PostgreSQL, migrates it, loads the demo accounts and serves', async () => {
    const { server, http } = await start();
    expect(server.embeddedDatabase).toBe(true);
    expect(server.demoDataLoaded).toBe(true);
    expect((await http.get('/api/health')).body).toEqual({ status: 'ok', db: 'up' });
    for (const account of DEMO_ACCOUNTS) {
      const login = await http.post('/api/auth/login', { email: account.email, password: DEMO_PASSWORD });
      expect(login.status).toBe(200);
      expect(login.body.user.role).toBe(account.role);
    }
    const editions = await http.get('/api/editions');
    expect(editions.body.items).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'Borneo Intra-Regional Dialogue 2025 — Pontianak', startDate: '2025-10-30', timeZone: 'Asia/Pontianak' })]),
    );
    expect(editions.body.items).toHaveLength(DEMO_EDITIONS.length);

    const email = `before-restart-${Date.now()}@example.id`;
    const registered = await http.post('/api/auth/register', { email, password: TEST_PASSWORD, fullName: 'Dewi Lestari', role: 'business' });
    expect(registered.status).toBe(201);
    firstSession = { email, accessToken: registered.body.accessToken };
  });

  it('runs PostgreSQL as the postgres user, on a data folder that user owns, when started as root', () => {
    const processes = postgresProcessesFor(join(dataDir, 'postgres'));
    expect(processes.length).toBeGreaterThan(0);
    if (userInfo().uid !== 0) return;
    const postgresUid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    expect(statSync(join(dataDir, 'postgres')).uid).toBe(postgresUid);
    for (const line of processes) expect(line.trim().split(/\s+/)[0]).toBe('postgres');
  });

  it('keeps generated secrets under DATA_DIR, readable only by their owner', () => {
    const file = join(dataDir, 'secrets.json');
    expect(statSync(file).mode & 0o077).toBe(0);
    expect(Object.keys(JSON.parse(readFileSync(file, 'utf8'))).sort()).toEqual(['databasePassword', 'jwtAccessSecret', 'jwtRefreshSecret']);
  });

  it('stops cleanly: no postgres process is left behind', async () => {
    await running.pop()!.stop();
    expect(postgresProcessesFor(join(dataDir, 'postgres'))).toEqual([]);
  });

  it('reuses the data on the next start: earlier users sign in, tokens stay valid, demo data is not loaded twice', async () => {
    const { server, http } = await start();
    expect(server.demoDataLoaded).toBe(false);
    const login = await http.post('/api/auth/login', { email: firstSession.email, password: TEST_PASSWORD });
    expect(login.status).toBe(200);
    expect((await http.get('/api/me', { token: firstSession.accessToken })).status).toBe(200);
    const editions = await http.get('/api/editions');
    expect(editions.body.items).toHaveLength(DEMO_EDITIONS.length);
  });

  it('answers 503 from the health check when the database goes away', async () => {
    const { http } = running.at(-1) ? { http: new HttpClient(running.at(-1)!.url) } : await start();
    const pid = Number(readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
    process.kill(pid, 'SIGINT');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const response = await http.get('/api/health');
    expect(response.status).toBe(503);
    expect(response.body).toEqual({ status: 'degraded', db: 'down' });
    await running.pop()!.stop();
  });

  it('refuses to start a second server on a port already in use', async () => {
    const { server } = await start();
    const port = new URL(server.url).port;
    await expect(startServer({ ...environment, PORT: port })).rejects.toThrow(`Port ${port} is already in use`);
  });
});
