// Integration specs read arbitrary JSON bodies and assert on their shape, so bodies default
// to `any` here; production code never does this.
/* eslint-disable @typescript-eslint/no-explicit-any */
export interface HttpResponse<Body = any> {
  status: number;
  headers: Headers;
  body: Body;
  text: string;
}

export interface RequestOptions {
  token?: string;
  headers?: Record<string, string>;
  /** A raw body sent as is (malformed JSON, other content types). */
  raw?: string;
}

/** A tiny real-HTTP client for integration specs: JSON in, status + parsed body out. */
export class HttpClient {
  constructor(readonly baseUrl: string) {}

  get<Body = any>(path: string, options: RequestOptions = {}) {
    return this.request<Body>('GET', path, undefined, options);
  }

  post<Body = any>(path: string, body?: unknown, options: RequestOptions = {}) {
    return this.request<Body>('POST', path, body, options);
  }

  put<Body = any>(path: string, body?: unknown, options: RequestOptions = {}) {
    return this.request<Body>('PUT', path, body, options);
  }

  patch<Body = any>(path: string, body?: unknown, options: RequestOptions = {}) {
    return this.request<Body>('PATCH', path, body, options);
  }

  delete<Body = any>(path: string, options: RequestOptions = {}) {
    return this.request<Body>('DELETE', path, undefined, options);
  }

  async request<Body>(method: string, path: string, body: unknown, options: RequestOptions): Promise<HttpResponse<Body>> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    let payload: string | undefined = options.raw;
    if (payload === undefined && body !== undefined) payload = JSON.stringify(body);
    if (payload !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) headers['content-type'] = 'application/json';
    const response = await fetch(this.baseUrl + path, { method, headers, body: payload });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, headers: response.headers, body: parsed as Body, text };
  }
}
