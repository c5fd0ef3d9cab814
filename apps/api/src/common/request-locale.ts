import { pickLocale, type Locale } from '@serumpun/shared';

interface HasHeaders {
  headers: Record<string, string | string[] | undefined>;
}

/** The language to answer a person in: the one their client asks for, else Indonesian. */
export function requestLocale(request: HasHeaders): Locale {
  const header = request.headers['accept-language'];
  return pickLocale(Array.isArray(header) ? header[0] : header);
}
