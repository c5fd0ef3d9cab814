import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { createClient } from 'redis';

/** Set to 1 to skip the Redis specs on a machine without `redis-server` (CI installs it: .ci/run). */
export const SKIP_REDIS = process.env.SERUMPUN_SKIP_REDIS === '1';

const MISSING =
  'redis-server is not installed, so the Redis adapter cannot be tested. Install it (Debian/Ubuntu: `apt-get install -y redis-server`, ' +
  'macOS: `brew install redis`), or set SERUMPUN_SKIP_REDIS=1 to skip the Redis specs.';

/** Throws the install hint when the binary is missing (checked once per spec file). */
export function assertRedisInstalled(): void {
  const probe = spawnSync('redis-server', ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) throw new Error(MISSING);
}

export interface TestRedis {
  url: string;
  port: number;
  /** Kills the server at once (SIGKILL), as a crash or a lost network would: the clients see the connection drop. */
  crash(): Promise<void>;
  /** Starts it again on the same port (empty: it keeps nothing). */
  restart(): Promise<void>;
  /** Client connections the server has now (`CLIENT LIST`), not counting the one asking. */
  clientCount(): Promise<number>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address !== 'object') throw new Error('no free port');
  return address.port;
}

function launch(port: number): Promise<ChildProcess> {
  // No persistence: nothing is written, nothing is loaded; bound to loopback only.
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) {
        child.stdout!.off('data', onData);
        child.stdout!.resume();
        child.stderr!.resume();
        resolve(child);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', (error) => reject(new Error(`${MISSING} (${error.message})`)));
    child.once('exit', (code) => reject(new Error(`redis-server exited (${code}) before it was ready:\n${output}`)));
  });
}

function ended(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

/** A throwaway `redis-server` owned by the calling spec, on a free loopback port. */
export async function startRedis(): Promise<TestRedis> {
  assertRedisInstalled();
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  let child = await launch(port);
  return {
    url,
    port,
    crash: () => ended(child, 'SIGKILL'),
    restart: async () => {
      child = await launch(port);
    },
    clientCount: async () => {
      const client = createClient({ url });
      await client.connect();
      try {
        const list = await client.sendCommand(['CLIENT', 'LIST']);
        return String(list).trim().split('\n').length - 1;
      } finally {
        await client.close();
      }
    },
    stop: () => ended(child, 'SIGTERM'),
  };
}
