import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, createWriteStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { STATE_FILE_ENV, type E2eState } from './e2e-state';

const HEALTH_TIMEOUT_MS = 60_000;

declare global {
  var __serumpunApi: ChildProcess | undefined;
}

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => ok(port));
    });
  });
}

/** Newest modification time under the given paths (files or folders, recursively). */
function newestChange(paths: string[]): number {
  let newest = 0;
  for (const path of paths) {
    if (!existsSync(path)) continue;
    const stats = statSync(path);
    if (stats.isDirectory()) {
      newest = Math.max(newest, newestChange(readdirSync(path).map((name) => join(path, name))));
    } else {
      newest = Math.max(newest, stats.mtimeMs);
    }
  }
  return newest;
}

function builtBefore(output: string, sources: string[]): boolean {
  return !existsSync(output) || statSync(output).mtimeMs < newestChange(sources);
}

function tail(file: string, lines = 40): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no server output)';
  }
}

async function waitForHealth(baseUrl: string, child: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`The API exited (${child.exitCode ?? child.signalCode}) before it was healthy:\n${tail(logFile)}`);
    }
    try {
      const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The API was not healthy within ${HEALTH_TIMEOUT_MS / 1000} s:\n${tail(logFile)}`);
}

/** Starts the real API, serving the built web app, on a free port with a fresh database. */
export default async function globalSetup(_globalConfig: unknown, projectConfig: { rootDir: string }): Promise<void> {
  const webDir = projectConfig.rootDir;
  const repoRoot = resolve(webDir, '../..');
  const stateDir = mkdtempSync(join(tmpdir(), 'serumpun-web-e2e-'));
  const stateFile = join(stateDir, 'state.json');
  process.env[STATE_FILE_ENV] = stateFile;
  const state: E2eState = {
    skipReason: null,
    baseUrl: '',
    chromiumPath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    dataDir: '',
    stateDir,
    serverLog: join(stateDir, 'api.log'),
    serverPid: null,
  };
  const save = () => writeFileSync(stateFile, JSON.stringify(state, null, 2));

  if (!existsSync(state.chromiumPath)) {
    state.skipReason = `no Chromium at ${state.chromiumPath} (install it, or set CHROMIUM_PATH)`;
    save();
    return;
  }

  const webDist = join(webDir, 'dist');
  const buildInputs = ['src', 'public', 'index.html', 'vite.config.ts', 'vite-service-worker-plugin.ts'].map((name) => join(webDir, name));
  if (builtBefore(join(webDist, 'index.html'), buildInputs)) {
    // The journey drives the built app the API serves: a missing or stale build would test
    // something other than the code in front of us. NODE_ENV: Jest sets it to `test`, which would
    // make Vite build React's development bundle and leave out what only production has (the
    // service worker).
    const vite = join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js');
    const build = spawnSync(process.execPath, [vite, 'build'], { cwd: webDir, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
    if (build.status !== 0) throw new Error('Building the web app for the journey failed');
  }

  const apiMain = join(repoRoot, 'apps', 'api', 'dist', 'main.js');
  if (!existsSync(apiMain)) {
    throw new Error(`The API is not built (${apiMain} is missing): run \`npm run build\` at the repository root first`);
  }

  state.dataDir = mkdtempSync(join(tmpdir(), 'serumpun-web-e2e-data-'));
  // The embedded PostgreSQL may run as an unprivileged user that must reach this directory.
  chmodSync(state.dataDir, 0o755);
  const port = await freePort();
  state.baseUrl = `http://127.0.0.1:${port}`;

  const log = createWriteStream(state.serverLog);
  const child = spawn(process.execPath, [apiMain], {
    cwd: join(repoRoot, 'apps', 'api'),
    env: { ...process.env, PORT: String(port), DATA_DIR: state.dataDir, DEMO_DATA: 'false', WEB_DIST: webDist },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  globalThis.__serumpunApi = child;
  state.serverPid = child.pid ?? null;
  save();

  try {
    await waitForHealth(state.baseUrl, child, state.serverLog);
  } catch (error) {
    // Jest skips global teardown when setup fails: clean up here so nothing is left running.
    const exited = new Promise((r) => child.once('exit', r));
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 20_000).unref())]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
    rmSync(state.dataDir, { recursive: true, force: true });
    rmSync(stateDir, { recursive: true, force: true });
    throw error;
  }
}
