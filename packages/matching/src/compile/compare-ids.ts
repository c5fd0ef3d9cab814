/** Ids compare by UTF-16 code units: the same order in every locale and on every machine. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
