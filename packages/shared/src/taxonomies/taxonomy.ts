import type { Locale, LocalisedLabel } from '../common/locale.js';

/** One entry of a taxonomy: a stable code (stored, sent over the API) and its label in each interface language. */
export interface TaxonomyEntry<Code extends string = string> {
  readonly code: Code;
  readonly label: LocalisedLabel;
}

/** A non-empty tuple of codes, the shape `z.enum` needs. */
export type CodeTuple<Code extends string> = readonly [Code, ...Code[]];

/** The label of a taxonomy entry in the given interface language. */
export function label(entry: { readonly label: LocalisedLabel }, locale: Locale): string {
  return entry.label[locale];
}

/** A read-only lookup by code, built once per taxonomy. */
export function indexByCode<Entry extends TaxonomyEntry>(entries: readonly Entry[]): ReadonlyMap<string, Entry> {
  const index = new Map<string, Entry>();
  for (const entry of entries) {
    // A duplicate code would make lookups depend on order; fail loudly when the module loads.
    if (index.has(entry.code)) throw new Error(`Duplicate taxonomy code: ${entry.code}`);
    index.set(entry.code, entry);
  }
  return index;
}

/** Freezes an entry and its label, so that no caller can relabel a taxonomy for everyone else. */
export function freezeEntry<Entry extends TaxonomyEntry>(entry: Entry): Entry {
  Object.freeze(entry.label);
  return Object.freeze(entry);
}

/**
 * Builds the entries of a small taxonomy from its code tuple and a label per code. Keeping the labels in
 * a `Record<Code, …>` makes the compiler refuse a missing or an unknown code, and the tuple fixes the order.
 */
export function entriesFromLabels<Code extends string>(
  codes: CodeTuple<Code>,
  labels: Record<Code, LocalisedLabel>,
): readonly TaxonomyEntry<Code>[] {
  return Object.freeze(codes.map((code) => freezeEntry({ code, label: labels[code] })));
}
