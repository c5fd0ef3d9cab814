import { userSchema, type User } from '@serumpun/shared';
import { hashKey, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { readStorage, writeStorage } from '../../lib/safe-storage';
import { sessionStore } from '../auth/session/session-store';
import { isSavedQueryKey, isValidSavedData, savedQueryRank } from './saved-queries';

export const SAVED_COPY_STORAGE_KEY = 'serumpun.savedCopy';
/**
 * At most this many characters of JSON (about 2 MB as the browser stores them): a fair share of
 * the 5 MB most browsers give a site, leaving room for everything else the app remembers. A week
 * of meetings at one edition takes a few tens of kB.
 */
export const SAVED_COPY_MAX_CHARS = 1_000_000;
// Bumped when the layout below changes: an older copy is then ignored rather than misread.
const FORMAT = 1;

export interface SavedQuery {
  queryKey: QueryKey;
  data: unknown;
  /** When this data came from the server (the time shown as "updated 09:41"). */
  dataUpdatedAt: number;
}

/**
 * One person's offline copy: who they are (`/api/me`) and the whitelisted queries. Never a token:
 * the access token lives in memory only, and the refresh token is stored as before, apart.
 */
export interface SavedCopy {
  format: typeof FORMAT;
  user: User;
  savedAt: number;
  queries: SavedQuery[];
}

/** The saved copy, or null when there is none or it cannot be trusted (another format, a bad shape). */
export function readSavedCopy(): SavedCopy | null {
  const raw = readStorage(SAVED_COPY_STORAGE_KEY);
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as Partial<SavedCopy>;
    const user = userSchema.safeParse(parsed.user);
    if (parsed.format !== FORMAT || !user.success || typeof parsed.savedAt !== 'number' || !Array.isArray(parsed.queries)) return null;
    const queries = parsed.queries.filter(
      (query): query is SavedQuery =>
        Array.isArray(query?.queryKey) && typeof query.dataUpdatedAt === 'number' && isSavedQueryKey(query.queryKey) && isValidSavedData(query.queryKey, query.data),
    );
    return { format: FORMAT, user: user.data, savedAt: parsed.savedAt, queries };
  } catch {
    return null;
  }
}

/** The saved copy if it belongs to the person whose refresh token this device holds; anyone else's is never shown. */
export function readOwnSavedCopy(): SavedCopy | null {
  const copy = readSavedCopy();
  return copy && copy.user.id === sessionStore.getRefreshTokenOwner() ? copy : null;
}

export function clearSavedCopy(): void {
  writeStorage(SAVED_COPY_STORAGE_KEY, null);
}

export interface BuildSavedCopyOptions {
  now?: number;
  maxChars?: number;
  /** Entries of the previous copy to keep when the cache no longer holds their query. */
  previous?: readonly SavedQuery[];
}

/**
 * The whitelisted, loaded queries of `queryClient` (and `previous` entries it no longer holds),
 * most important first, then the newest, as many as fit under `maxChars` with the person's record.
 */
export function buildSavedCopy(queryClient: QueryClient, user: User, { now = Date.now(), maxChars = SAVED_COPY_MAX_CHARS, previous = [] }: BuildSavedCopyOptions = {}): SavedCopy {
  const cached: SavedQuery[] = queryClient
    .getQueryCache()
    .findAll({ predicate: (query) => query.state.data !== undefined && query.state.dataUpdatedAt > 0 && isSavedQueryKey(query.queryKey) })
    .map((query) => ({ queryKey: query.queryKey, data: query.state.data, dataUpdatedAt: query.state.dataUpdatedAt }));
  const inCache = new Set(cached.map((query) => hashKey(query.queryKey)));
  const candidates = [...cached, ...previous.filter((query) => !inCache.has(hashKey(query.queryKey)))].sort(
    (a, b) => savedQueryRank(a.queryKey) - savedQueryRank(b.queryKey) || b.dataUpdatedAt - a.dataUpdatedAt,
  );

  const copy: SavedCopy = { format: FORMAT, user, savedAt: now, queries: [] };
  let size = JSON.stringify(copy).length;
  for (const query of candidates) {
    // +1 for the comma between entries.
    const length = JSON.stringify(query).length + 1;
    if (size + length > maxChars) continue;
    copy.queries.push(query);
    size += length;
  }
  return copy;
}

/** Stores the copy; false when the browser refused (storage full or blocked), which only means no offline copy. */
export function writeSavedCopy(copy: SavedCopy): boolean {
  const json = JSON.stringify(copy);
  writeStorage(SAVED_COPY_STORAGE_KEY, json);
  if (readStorage(SAVED_COPY_STORAGE_KEY) === json) return true;
  // Refused: an older copy left in place would be shown as if it were this one.
  clearSavedCopy();
  return false;
}
