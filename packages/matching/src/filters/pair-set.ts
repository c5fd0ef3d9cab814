/** Two ids, in either order: an investor and an opportunity, or an investor and a business. */
export type IdPair = readonly [string, string];

/**
 * An unordered set of id pairs: dismissals, requested meetings. Symmetric, because a pair that either side
 * dismissed or already requested must not come back to either side.
 */
export class PairSet {
  private readonly partners = new Map<string, Set<string>>();

  static from(pairs?: Iterable<IdPair> | PairSet | null): PairSet {
    if (pairs instanceof PairSet) return pairs;
    const set = new PairSet();
    if (pairs) for (const [a, b] of pairs) set.add(a, b);
    return set;
  }

  add(a: string, b: string): this {
    this.link(a, b);
    this.link(b, a);
    return this;
  }

  has(a: string, b: string | null | undefined): boolean {
    return b !== null && b !== undefined && this.partners.get(a)?.has(b) === true;
  }

  /** Everyone paired with `id`, or undefined: lets a loop over one investor's items look the investor up once. */
  partnersOf(id: string): ReadonlySet<string> | undefined {
    return this.partners.get(id);
  }

  private link(from: string, to: string): void {
    let set = this.partners.get(from);
    if (!set) this.partners.set(from, (set = new Set()));
    set.add(to);
  }
}
