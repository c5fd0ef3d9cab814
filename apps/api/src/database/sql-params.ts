/** Bound parameters in order: `add(value)` returns its placeholder. Values never enter the SQL text. */
export class SqlParams {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}
