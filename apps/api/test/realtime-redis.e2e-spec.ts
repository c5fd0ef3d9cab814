import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NotificationDispatcher } from '../src/modules/realtime/notification-dispatcher.js';
import { RealtimeServer } from '../src/modules/realtime/realtime.server.js';
import { createEdition, createParticipants, organiserToken } from './factories/edition.factory.js';
import { sendRequest } from './factories/meeting.factory.js';
import { HttpClient } from './support/http-client.js';
import { connectClient, outboxDrained, startSecondInstance, type RealtimeClient, type SecondInstance } from './support/realtime-client.js';
import { SKIP_REDIS, startRedis, type TestRedis } from './support/redis-server.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// REDIS_URL set: socket.io events cross API instances through a real redis-server started here
// (no persistence, its own port). Without the binary this file fails with the install hint;
// SERUMPUN_SKIP_REDIS=1 skips it on purpose.
const describeRedis = SKIP_REDIS ? describe.skip : describe;

const open: RealtimeClient[] = [];
afterAll(() => {
  for (const client of open) client.close();
});

async function connect(baseUrl: string, token: string): Promise<RealtimeClient> {
  const client = await connectClient(baseUrl, { token });
  open.push(client);
  return client;
}

function adapterName(app: TestApp['app']): string | undefined {
  return app.get(RealtimeServer).server?.of('/').adapter.constructor.name;
}

describeRedis('two API instances with REDIS_URL on one database', () => {
  let redis: TestRedis;
  let a: TestApp;
  let b: SecondInstance;
  let organiser: string;

  beforeAll(async () => {
    redis = await startRedis();
    a = await createTestApp({ redisUrl: redis.url });
    b = await startSecondInstance(a);
    organiser = await organiserToken(a);
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
    await redis?.stop();
  });

  it('both instances use the Redis adapter, subscribed on the Redis server', async () => {
    expect(adapterName(a.app)).toBe('RedisAdapter');
    expect(adapterName(b.app)).toBe('RedisAdapter');
    // Two connections per instance: one publishes, one subscribes.
    expect(await redis.clientCount()).toBe(4);
  });

  it('a meeting request made through instance A reaches a client connected to instance B, once', async () => {
    const edition = await createEdition(a, organiser);
    const [sender, recipient] = await createParticipants(a, 2, { editionId: edition.id });
    const client = await connect(b.baseUrl, recipient.token);
    const request = await sendRequest(a, edition.id, sender, recipient);
    const [received] = await client.waitForNotifications(1);
    expect(received.payload.requestId).toBe(request.id);
    await outboxDrained(a);
    // The marker goes out from A too: everything A sent this socket through Redis has arrived by then.
    await client.settle(a.app, recipient.id);
    expect(client.notifications).toHaveLength(1);
  });

  it('a conversation message posted on A reaches both participants connected to B', async () => {
    const edition = await createEdition(a, organiser);
    const [sender, recipient] = await createParticipants(a, 2, { editionId: edition.id });
    const request = await sendRequest(a, edition.id, sender, recipient);
    const recipientSocket = await connect(b.baseUrl, recipient.token);
    const senderSocket = await connect(b.baseUrl, sender.token);
    const posted = await a.http.post(`/api/meeting-requests/${request.id}/messages`, { body: 'Jam 10 di meja 3?' }, { token: sender.token });
    expect(posted.status).toBe(201);
    expect((await recipientSocket.waitForMessages(1))[0]).toEqual(posted.body);
    expect((await senderSocket.waitForMessages(1))[0]).toEqual(posted.body);
    await recipientSocket.settle(a.app, recipient.id);
    expect(recipientSocket.messages).toHaveLength(1);
  });

  it('an instance that stops closes its Redis connections and leaves the others working', async () => {
    const before = await redis.clientCount();
    const c = await startSecondInstance(a);
    expect(await redis.clientCount()).toBe(before + 2);
    await c.close();
    expect(await redis.clientCount()).toBe(before);

    const edition = await createEdition(a, organiser);
    const [sender, recipient] = await createParticipants(a, 2, { editionId: edition.id });
    const client = await connect(b.baseUrl, recipient.token);
    const request = await sendRequest(a, edition.id, sender, recipient);
    expect((await client.waitForNotifications(1))[0].payload.requestId).toBe(request.id);
  });
});

// ---------------------------------------------------------------------------------------------
// A Redis outage. The instance under test runs as its own process (`node dist/main.js`, as in
// production), so an unhandled rejection or error would end it where this spec can see it.

const apiRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const children = new Set<ChildProcess>();
// A process left by a failed test must not outlive the run.
afterAll(() => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

interface ApiProcess {
  http: HttpClient;
  baseUrl: string;
  /** Resolves when the output so far (stdout and stderr) contains `text` `times` times. */
  printed(text: string, times?: number): Promise<void>;
  alive(): boolean;
  output(): string;
  /** SIGTERM, as an orchestrator stops a pod; resolves with the exit code. */
  stop(): Promise<number | null>;
}

function startApiProcess(t: TestApp, redisUrl: string): Promise<ApiProcess> {
  const child: ChildProcess = spawn(process.execPath, [join(apiRoot, 'dist/main.js')], {
    cwd: apiRoot,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      DATABASE_URL: t.databaseUrl,
      JWT_ACCESS_SECRET: t.config.jwtAccessSecret,
      JWT_REFRESH_SECRET: t.config.jwtRefreshSecret,
      REDIS_URL: redisUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      DEMO_DATA: 'false',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let output = '';
  const watchers: Array<() => void> = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    for (const watcher of watchers.splice(0)) watcher();
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const printed = (text: string, times = 1) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (output.split(text).length > times) resolve();
        else if (child.exitCode !== null || child.signalCode !== null) reject(new Error(`the API process ended (${child.exitCode ?? child.signalCode}):\n${output}`));
        else watchers.push(check);
      };
      check();
      void exited.then(check);
    });
  return printed('Serumpun is running at ').then(() => {
    const port = /running at http:\/\/localhost:(\d+)/.exec(output)![1];
    const baseUrl = `http://127.0.0.1:${port}`;
    return {
      http: new HttpClient(baseUrl),
      baseUrl,
      printed,
      alive: () => child.exitCode === null && child.signalCode === null,
      output: () => output,
      stop: () => {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
        return exited;
      },
    };
  });
}

describeRedis('a Redis outage', () => {
  let redis: TestRedis;
  let d: TestApp;
  let p: ApiProcess;
  let organiser: string;

  beforeAll(async () => {
    redis = await startRedis();
    // Its own database: no instance on another Redis shares this outbox.
    d = await createTestApp({ redisUrl: redis.url });
    p = await startApiProcess(d, redis.url);
    organiser = await organiserToken(d);
  });
  afterAll(async () => {
    await p?.stop();
    await d?.close();
    await redis?.stop();
  });

  it('does not crash the API: health answers, requests are stored and their notifications go out when Redis is back, once', async () => {
    const edition = await createEdition(d, organiser);
    const [sender, recipient, other] = await createParticipants(d, 3, { editionId: edition.id });
    // P is the only dispatcher here, so what it holds back during the outage is what this test sees.
    await d.app.get(NotificationDispatcher).onModuleDestroy();
    const onP = await connect(p.baseUrl, recipient.token);
    const onD = await connect(d.baseUrl, other.token);

    await redis.crash();
    await p.printed('connection lost', 1);
    expect((await p.http.get('/api/health')).body).toEqual({ status: 'ok', db: 'up' });
    const request = await sendRequest({ ...d, http: p.http }, edition.id, sender, recipient);
    // Live events keep working on each instance for its own sockets.
    const posted = await p.http.post(`/api/meeting-requests/${request.id}/messages`, { body: 'Masih di sana?' }, { token: sender.token });
    expect(posted.status).toBe(201);
    expect((await onP.waitForMessages(1))[0]).toEqual(posted.body);
    // The notification is stored but not pushed: a push now would reach P's sockets only and be
    // marked delivered for every instance. It waits in the outbox.
    const stored = await d.sql<{ delivered_at: Date | null }>('SELECT delivered_at FROM notifications WHERE user_id = $1', [recipient.id]);
    expect(stored).toEqual([{ delivered_at: null }]);
    expect(onP.notifications).toHaveLength(0);
    expect(p.alive()).toBe(true);

    await redis.restart();
    await p.printed('redis is back', 1);
    const [received] = await onP.waitForNotifications(1);
    expect(received.payload.requestId).toBe(request.id);
    await outboxDrained(d);

    // Crossing works again: wait until D has resubscribed too, then a request through P reaches D's client.
    while (!d.app.get(RealtimeServer).reachesOtherInstances) await new Promise((resolve) => setTimeout(resolve, 20));
    await onP.settle(d.app, recipient.id);
    expect(onP.notifications).toHaveLength(1);
    const second = await sendRequest({ ...d, http: p.http }, edition.id, sender, other);
    expect((await onD.waitForNotifications(1))[0].payload.requestId).toBe(second.id);
    expect(p.alive()).toBe(true);
    expect(p.output()).not.toMatch(/unhandled|uncaught/i);
  });

  it('stops cleanly while Redis is down: the process exits 0', async () => {
    await redis.crash();
    await p.printed('connection lost', 2);
    expect(await p.stop()).toBe(0);
  });

  it('an instance started while Redis is down still starts and serves, and crosses once Redis answers', async () => {
    const late = await startApiProcess(d, redis.url);
    try {
      await late.printed('does not answer');
      expect((await late.http.get('/api/health')).body).toEqual({ status: 'ok', db: 'up' });
      const edition = await createEdition(d, organiser);
      const [sender, recipient] = await createParticipants(d, 2, { editionId: edition.id });
      const onD = await connect(d.baseUrl, recipient.token);

      await redis.restart();
      await late.printed('redis is back');
      while (!d.app.get(RealtimeServer).reachesOtherInstances) await new Promise((resolve) => setTimeout(resolve, 20));
      const request = await sendRequest({ ...d, http: late.http }, edition.id, sender, recipient);
      expect((await onD.waitForNotifications(1))[0].payload.requestId).toBe(request.id);
      expect(late.output()).not.toMatch(/unhandled|uncaught/i);
    } finally {
      expect(await late.stop()).toBe(0);
    }
  });

  it('the in-process app closes while Redis is down (no hanging Redis connection)', async () => {
    await redis.crash();
    while (d.app.get(RealtimeServer).reachesOtherInstances) await new Promise((resolve) => setTimeout(resolve, 20));
    await d.close();
    d = undefined as unknown as TestApp;
  });
});
