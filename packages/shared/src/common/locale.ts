/** The interface languages, Bahasa Indonesia first: it is the default everywhere. */
export const LOCALES = ['id', 'en', 'ms'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'id';

/** A label in each interface language. */
export type LocalisedLabel = Record<Locale, string>;

/** Picks the best supported locale from an Accept-Language header or a stored preference. */
export function pickLocale(preference: string | null | undefined): Locale {
  if (!preference) return DEFAULT_LOCALE;
  const ranked = preference
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter((entry) => entry.tag && !Number.isNaN(entry.q))
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    const base = tag.split('-')[0];
    // Malaysian and Bruneian Malay share one interface language.
    if (base === 'ms' || base === 'zsm') return 'ms';
    if (base === 'id' || base === 'in') return 'id';
    if (base === 'en') return 'en';
  }
  return DEFAULT_LOCALE;
}
