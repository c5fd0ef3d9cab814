/**
 * @jest-environment node
 */
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import type { ResolvedConfig } from 'vite';
import { serviceWorkerPlugin } from '../../../vite-service-worker-plugin';

const ORIGIN = 'https://serumpun.example';

/** What a worker sees of a request (Node's own refuses relative URLs and the `navigate` mode). */
class WorkerRequest {
  readonly url: string;
  readonly method: string;
  readonly mode: string;
  constructor(url: string, init: { method?: string; mode?: string; cache?: string } = {}) {
    this.url = new URL(url, ORIGIN).href;
    this.method = init.method ?? 'GET';
    this.mode = init.mode ?? 'cors';
  }
}
const dirs: string[] = [];

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  jest.useRealTimers();
});

/** Runs the plugin as `vite build` would, over a dist with these emitted files; returns dist/sw.js. */
function buildWorker(files: string[], index = '<!doctype html><div id="root"></div>'): string {
  const root = mkdtempSync(join(tmpdir(), 'serumpun-sw-'));
  dirs.push(root);
  const outDir = join(root, 'dist');
  const publicDir = join(root, 'public');
  mkdirSync(outDir);
  mkdirSync(publicDir);
  writeFileSync(join(publicDir, 'favicon.svg'), '<svg/>');
  writeFileSync(join(outDir, 'index.html'), index);
  // Its two hooks, called as Vite would (they use no plugin context).
  const plugin = serviceWorkerPlugin() as unknown as {
    configResolved: (config: ResolvedConfig) => void;
    writeBundle: (options: { dir: string }, bundle: Record<string, unknown>) => void;
  };
  plugin.configResolved({ publicDir, build: { outDir } } as unknown as ResolvedConfig);
  plugin.writeBundle({ dir: outDir }, Object.fromEntries(['index.html', ...files].map((file) => [file, {}])));
  return readFileSync(join(outDir, 'sw.js'), 'utf8');
}

/** A minimal CacheStorage: named caches of URL → Response. */
function fakeCaches(initial: Record<string, Record<string, string>> = {}) {
  const store = new Map<string, Map<string, Response>>();
  for (const [name, entries] of Object.entries(initial)) store.set(name, new Map(Object.entries(entries).map(([url, body]) => [url, new Response(body)])));
  const key = (request: WorkerRequest | string) => new URL(typeof request === 'string' ? request : request.url, ORIGIN).href;
  const open = async (name: string) => {
    if (!store.has(name)) store.set(name, new Map());
    const cache = store.get(name)!;
    return {
      match: async (request: WorkerRequest | string) => cache.get(key(request))?.clone(),
      put: async (request: WorkerRequest | string, response: Response) => void cache.set(key(request), response),
      addAll: async (requests: WorkerRequest[]) => {
        for (const request of requests) cache.set(key(request), new Response(`precached ${new URL(request.url).pathname}`));
      },
    };
  };
  return {
    store,
    api: {
      open,
      keys: async () => [...store.keys()],
      delete: async (name: string) => store.delete(name),
      match: async (request: WorkerRequest | string, options?: { cacheName?: string }) => (await open(options?.cacheName ?? [...store.keys()][0])).match(request),
    },
  };
}

interface WorkerEvent {
  waitUntil: (promise: Promise<unknown>) => void;
  respondWith: (response: Promise<Response>) => void;
}

/** Loads the built worker in its own global scope and lets the test dispatch its events. */
function startWorker(source: string, caches = fakeCaches(), fetch = jest.fn(async (_request: WorkerRequest) => new Response('from network', { headers: { 'content-type': 'text/html' } }))) {
  const listeners = new Map<string, (event: WorkerEvent & { request?: WorkerRequest }) => void>();
  const self = {
    location: new URL(`${ORIGIN}/sw.js`),
    addEventListener: (type: string, listener: (event: WorkerEvent) => void) => listeners.set(type, listener),
    skipWaiting: jest.fn(async () => undefined),
    clients: { claim: jest.fn(async () => undefined) },
  };
  runInNewContext(source, { self, caches: caches.api, fetch, Request: WorkerRequest, Response, URL, setTimeout, clearTimeout, Promise });
  const dispatch = async (type: string, request?: WorkerRequest) => {
    const waits: Promise<unknown>[] = [];
    let response: Promise<Response> | undefined;
    listeners.get(type)!({ request, waitUntil: (promise) => waits.push(promise), respondWith: (answer) => (response = answer) });
    return { done: Promise.all(waits), response };
  };
  const navigate = (path: string) => new WorkerRequest(path, { mode: 'navigate' });
  return { self, caches, fetch, dispatch, navigate };
}

const ASSETS = ['assets/index-abc123.js', 'assets/vendor-def456.js', 'assets/index-789abc.css'];

describe('the service worker the build writes', () => {
  it('precaches the shell, the build’s files and the public ones, in a cache named after the build', async () => {
    const worker = startWorker(buildWorker(ASSETS));
    const { done } = await worker.dispatch('install');
    await done;

    const [name] = [...worker.caches.store.keys()];
    expect(name).toMatch(/^serumpun-shell-[0-9a-f]{12}$/);
    expect([...worker.caches.store.get(name)!.keys()].map((url) => new URL(url).pathname).sort()).toEqual(['/', '/assets/index-789abc.css', '/assets/index-abc123.js', '/assets/vendor-def456.js', '/favicon.svg']);
    expect(worker.self.skipWaiting).toHaveBeenCalled();
  });

  it('names a new cache when any file of the build changes, and the new worker deletes the old caches', async () => {
    const before = buildWorker(ASSETS);
    const after = buildWorker(['assets/index-fff000.js', ...ASSETS.slice(1)]);
    const cacheName = (source: string) => /serumpun-shell-\$\{"([0-9a-f]+)"\}/.exec(source)?.[1];
    expect(cacheName(before)).toBe(cacheName(buildWorker(ASSETS)));
    expect(cacheName(after)).not.toBe(cacheName(before));

    const caches = fakeCaches({ [`serumpun-shell-${cacheName(before)}`]: { [`${ORIGIN}/`]: 'old shell' }, 'someone-elses-cache': {} });
    const worker = startWorker(after, caches);
    await (await worker.dispatch('install')).done;
    await (await worker.dispatch('activate')).done;

    expect([...caches.store.keys()].sort()).toEqual([`serumpun-shell-${cacheName(after)}`, 'someone-elses-cache']);
    expect(worker.self.clients.claim).toHaveBeenCalled();
  });

  it('leaves the API and the realtime socket alone', async () => {
    const worker = startWorker(buildWorker(ASSETS));
    for (const path of ['/api/me/agenda?edition=1', '/api/docs', '/socket.io/?EIO=4&transport=polling']) {
      const { response } = await worker.dispatch('fetch', path === '/api/docs' ? worker.navigate(path) : new WorkerRequest(path));
      expect(response).toBeUndefined();
    }
  });

  it('answers navigations from the network, and from the cached shell when the network fails', async () => {
    const worker = startWorker(buildWorker(ASSETS));
    await (await worker.dispatch('install')).done;

    const online = await worker.dispatch('fetch', worker.navigate('/editions/1/agenda'));
    expect(await (await online.response!).text()).toBe('from network');

    worker.fetch.mockRejectedValue(new TypeError('Failed to fetch'));
    const offline = await worker.dispatch('fetch', worker.navigate('/editions/1/agenda'));
    // The network's copy replaced the precached one a moment ago: the newest shell is the one kept.
    expect(await (await offline.response!).text()).toBe('from network');
  });

  it('opens the cached shell when the network is too slow to answer', async () => {
    jest.useFakeTimers();
    const worker = startWorker(buildWorker(ASSETS));
    await (await worker.dispatch('install')).done;
    worker.fetch.mockImplementation(() => new Promise<Response>(() => undefined));

    const { response } = await worker.dispatch('fetch', worker.navigate('/'));
    await jest.advanceTimersByTimeAsync(4_000);

    expect(await (await response!).text()).toBe('precached /');
  });

  it('serves hashed assets from the cache first', async () => {
    const worker = startWorker(buildWorker(ASSETS));
    await (await worker.dispatch('install')).done;

    const { response } = await worker.dispatch('fetch', new WorkerRequest('/assets/vendor-def456.js'));

    expect(await (await response!).text()).toBe('precached /assets/vendor-def456.js');
    expect(worker.fetch).not.toHaveBeenCalled();
  });
});
