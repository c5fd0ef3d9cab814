import { apiErrorSchema, tokenPairSchema, type ApiError, type ApiErrorDetail } from '@serumpun/shared';
import type { z } from 'zod';
import { sessionStore } from '../features/auth/session/session-store';
import { currentLocale } from '../i18n/i18n';

/** An answer from the API that is not a success, with the body of ../shared/API.md "Errors". */
export class ApiRequestError extends Error {
  readonly status: number;
  readonly error: string;
  readonly details: ApiErrorDetail[];
  /** From `Retry-After` on a 429, when the API says how long to wait. */
  readonly retryAfterSeconds: number | null;

  constructor(body: ApiError, retryAfterSeconds: number | null = null) {
    super(body.message || body.error);
    this.name = 'ApiRequestError';
    this.status = body.statusCode;
    this.error = body.error;
    this.details = body.details ?? [];
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** The request never got an answer: offline, venue Wi-Fi dropped, or the API is down. */
export class ApiUnreachableError extends Error {
  constructor(cause?: unknown) {
    super('The Serumpun API could not be reached', { cause });
    this.name = 'ApiUnreachableError';
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface ApiRequestOptions<T> {
  method?: Method;
  body?: unknown;
  /** Send the access token and refresh it on a 401; false for sign-in and registration. */
  auth?: boolean;
  /** Checks the answer against the shared contract, so a mismatch fails here, loudly. */
  schema?: z.ZodType<T>;
  signal?: AbortSignal;
}

async function send(path: string, method: Method, body: unknown, token: string | null, signal?: AbortSignal, accept = 'application/json'): Promise<Response> {
  const headers: Record<string, string> = {
    Accept: accept,
    // The API words its error messages (field details included) in this language.
    'Accept-Language': currentLocale(),
  };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  try {
    return await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiUnreachableError(error);
  }
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

async function toError(response: Response): Promise<ApiRequestError> {
  const parsed = apiErrorSchema.safeParse(await readJson(response));
  const body: ApiError = parsed.success
    ? parsed.data
    : { statusCode: response.status, error: response.statusText || 'Error', message: '' };
  const retryAfter = Number(response.headers.get('retry-after'));
  return new ApiRequestError(body, Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null);
}

let refreshInFlight: Promise<string | null> | null = null;

async function exchangeRefreshToken(): Promise<string | null> {
  const refreshToken = sessionStore.getRefreshToken();
  if (!refreshToken) return null;
  const response = await send('/api/auth/refresh', 'POST', { refreshToken }, null);
  if (response.status === 400 || response.status === 401 || response.status === 403) return null;
  if (!response.ok) throw await toError(response);
  const tokens = tokenPairSchema.parse(await readJson(response));
  // Refresh tokens rotate: the old one is now spent, and reusing it would revoke the session.
  sessionStore.setTokens(tokens);
  return tokens.accessToken;
}

function withCrossTabLock<T>(task: () => Promise<T>): Promise<T> {
  // Two tabs refreshing with the same token would look like token theft to the API (a reused
  // refresh token revokes its family), so tabs take turns; each reads the latest stored token.
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  return locks ? locks.request('serumpun.refresh', task) : task();
}

/**
 * A fresh access token, or null when the session cannot be renewed. Concurrent callers share one
 * refresh; a caller whose 401 came from a token that has since been replaced gets the new one.
 */
export function refreshAccessToken(staleToken: string | null = null): Promise<string | null> {
  const current = sessionStore.getAccessToken();
  if (staleToken && current && current !== staleToken) return Promise.resolve(current);
  refreshInFlight ??= withCrossTabLock(exchangeRefreshToken).finally(() => {
    refreshInFlight = null;
  });
  return refreshInFlight;
}

/**
 * Sends a request with the access token (when `auth`), renews the token once on a 401 and sends again;
 * resolves with a successful response, rejects with one of the errors above.
 */
async function sendWithSession(path: string, method: Method, body: unknown, auth: boolean, signal: AbortSignal | undefined, accept: string): Promise<Response> {
  const token = auth ? sessionStore.getAccessToken() : null;
  let response = await send(path, method, body, token, signal, accept);

  if (response.status === 401 && auth && sessionStore.getRefreshToken()) {
    const fresh = await refreshAccessToken(token);
    if (fresh) response = await send(path, method, body, fresh, signal, accept);
    // Still refused after one renewal: the session is over. Whoever shows a protected page
    // sends the person to sign in, remembering where they were.
    if (!fresh || response.status === 401) sessionStore.end('expired');
  }

  if (!response.ok) throw await toError(response);
  return response;
}

/** Calls the Serumpun API; resolves with the parsed body, rejects with one of the errors above. */
export async function apiRequest<T = void>(path: string, options: ApiRequestOptions<T> = {}): Promise<T> {
  const { method = 'GET', body, auth = true, schema, signal } = options;
  const response = await sendWithSession(path, method, body, auth, signal, 'application/json');
  const data = response.status === 204 ? undefined : await readJson(response);
  return (schema ? schema.parse(data) : data) as T;
}

/**
 * A file from the API (a CSV, an .ics) as a Blob, with the same token, language and one refresh on a 401
 * as `apiRequest`; a link cannot carry the bearer token, so the page fetches the file and saves it.
 */
export async function apiDownload(path: string, accept: string): Promise<Blob> {
  const response = await sendWithSession(path, 'GET', undefined, true, undefined, accept);
  // Read as bytes, not text: a CSV's byte-order mark must reach the file for Excel to see UTF-8.
  return new Blob([await response.arrayBuffer()], { type: response.headers.get('content-type') ?? accept });
}
