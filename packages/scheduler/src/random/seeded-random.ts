// A small seeded generator (sfc32) so that a seed fully determines every tie-break: Math.random
// would make results impossible to reproduce or to compare between runs.

export interface SeededRandom {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  below(n: number): number;
  /** Uniform integer in [min, max], both ends included. */
  between(min: number, max: number): number;
  /** In-place Fisher-Yates shuffle. */
  shuffle<T>(items: T[] | Int32Array): void;
}

export function createSeededRandom(seed: number): SeededRandom {
  // Spread the seed over the four words with splitmix32 so that nearby seeds diverge at once.
  let state = Math.trunc(seed) >>> 0 || 0x9e3779b9;
  const splitmix = (): number => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitmix();
  let b = splitmix();
  let c = splitmix();
  let d = splitmix();

  const nextWord = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 12; i++) nextWord();

  const next = (): number => nextWord() / 4294967296;
  const below = (n: number): number => Math.floor(next() * n);
  return {
    next,
    below,
    between: (min, max) => min + below(max - min + 1),
    shuffle(items) {
      for (let i = items.length - 1; i > 0; i--) {
        const j = below(i + 1);
        const tmp = items[i];
        items[i] = items[j];
        items[j] = tmp;
      }
    },
  };
}
