import { jest } from '@jest/globals';

export interface FakeRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: unknown;
}

export interface FakeReply {
  status: number;
  body?: unknown;
  /** A body sent as is rather than as JSON (a CSV, an .ics). */
  raw?: string;
  headers?: Record<string, string>;
}

type Handler = (request: FakeRequest) => FakeReply | Promise<FakeReply>;

/** The smallest Response the API client reads: jsdom has no fetch, Response or Headers. */
function toResponse(reply: FakeReply): Response {
  const text = reply.raw ?? (reply.body === undefined ? '' : JSON.stringify(reply.body));
  const headers = Object.fromEntries(Object.entries(reply.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  return {
    status: reply.status,
    ok: reply.status >= 200 && reply.status < 300,
    statusText: '',
    headers: { get: (name: string) => headers[name.toLowerCase()] ?? null },
    text: async () => text,
    arrayBuffer: async () => new TextEncoder().encode(text).buffer,
  } as unknown as Response;
}

/**
 * A stand-in for the Serumpun API behind `fetch`: routes by "METHOD /path" (query string
 * ignored) and records every request, so tests can assert on what the app sent.
 */
export function installFakeApi() {
  const routes = new Map<string, Handler>();
  const requests: FakeRequest[] = [];
  const fetchMock = jest.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const path = url.replace(/^https?:\/\/[^/]+/, '').split('?')[0];
    const method = (init?.method ?? 'GET').toUpperCase();
    const request: FakeRequest = {
      method,
      path,
      headers: { ...(init?.headers as Record<string, string> | undefined) },
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    requests.push(request);
    const handler = routes.get(`${method} ${path}`);
    if (!handler) return toResponse({ status: 404, body: { statusCode: 404, error: 'Not Found', message: `No fake for ${method} ${path}` } });
    return toResponse(await handler(request));
  });
  globalThis.fetch = fetchMock as unknown as typeof fetch;

  return {
    requests,
    on(route: string, handler: Handler | FakeReply) {
      routes.set(route, typeof handler === 'function' ? handler : () => handler);
      return this;
    },
    /** Requests sent to one route, e.g. `to('POST /api/auth/refresh')`. */
    to(route: string): FakeRequest[] {
      return requests.filter((r) => `${r.method} ${r.path}` === route);
    },
  };
}

export type FakeApi = ReturnType<typeof installFakeApi>;

/** A deferred answer, for holding requests in flight while a test acts. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}
