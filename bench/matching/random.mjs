// A seeded generator (sfc32 seeded through splitmix32), so that a seed fixes the whole population and
// every figure in bench/results/matching.md can be reproduced.

export function createRandom(seed) {
  let state = Math.trunc(seed) >>> 0 || 0x9e3779b9;
  const splitmix = () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let [a, b, c, d] = [splitmix(), splitmix(), splitmix(), splitmix()];
  const word = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 12; i++) word();

  const random = {
    /** Uniform in [0, 1). */
    next: () => word() / 4294967296,
    below: (n) => Math.floor(random.next() * n),
    chance: (p) => random.next() < p,
    uniform: (min, max) => min + (max - min) * random.next(),
    pick: (items) => items[random.below(items.length)],
    /** An item drawn with probability proportional to its weight. */
    weighted: (items, weights) => {
      const total = weights.reduce((sum, w) => sum + w, 0);
      let r = random.next() * total;
      for (let i = 0; i < items.length; i++) if ((r -= weights[i]) < 0) return items[i];
      return items[items.length - 1];
    },
    /** `count` distinct items. */
    sample: (items, count) => random.shuffle([...items]).slice(0, count),
    normal: (mean = 0, sd = 1) => {
      const u = 1 - random.next();
      return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.next());
    },
    shuffle: (items) => {
      for (let i = items.length - 1; i > 0; i--) {
        const j = random.below(i + 1);
        [items[i], items[j]] = [items[j], items[i]];
      }
      return items;
    },
  };
  return random;
}

/** A stable hash of a string to [0, 1): pair-specific noise that does not depend on the order of draws. */
export function hashUnit(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  h = Math.imul(h ^ (h >>> 12), 0x297a2d39);
  return ((h ^ (h >>> 15)) >>> 0) / 4294967296;
}
