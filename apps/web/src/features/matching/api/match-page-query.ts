export const MATCH_PAGE_SIZE = 20;

/** `?limit=20&cursor=…`, the paging every match list takes. */
export function matchPageQuery(cursor: string | undefined, limit = MATCH_PAGE_SIZE): string {
  const params = new URLSearchParams({ limit: String(limit) });
  if (cursor) params.set('cursor', cursor);
  return params.toString();
}
