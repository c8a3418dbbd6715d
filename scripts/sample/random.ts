/**
 * Seeded randomness for the sample generator: d3's linear congruential generator, with named
 * sub-streams so that one part of the simulation can change without reshuffling the others.
 */
import { randomLcg, randomNormal } from 'd3';

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  uniform(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Pick by weight: [[value, weight], ...]. */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
  normal(mean: number, sd: number): number;
  /** exp(normal(mu, sigma)). */
  logNormal(mu: number, sigma: number): number;
  poisson(lambda: number): number;
  /** An independent stream derived from this one's seed and a label. */
  fork(label: string): Random;
}

/** FNV-1a over the seed and label: a stable 32-bit seed for a sub-stream. */
function mix(seed: number, label: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export function createRandom(seed: number): Random {
  const lcg = randomLcg(seed);
  const standardNormal = randomNormal.source(lcg)(0, 1);
  const random: Random = {
    next: lcg,
    int: (min, max) => min + Math.floor(lcg() * (max - min + 1)),
    uniform: (min, max) => min + lcg() * (max - min),
    chance: (p) => lcg() < p,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error('pick: empty list');
      return items[Math.floor(lcg() * items.length)] as T;
    },
    weighted<T>(items: readonly (readonly [T, number])[]): T {
      let total = 0;
      for (const [, w] of items) total += w;
      let r = lcg() * total;
      for (const [value, w] of items) {
        r -= w;
        if (r < 0) return value;
      }
      const last = items[items.length - 1];
      if (!last) throw new Error('weighted: empty list');
      return last[0];
    },
    normal: (mean, sd) => mean + sd * standardNormal(),
    logNormal: (mu, sigma) => Math.exp(mu + sigma * standardNormal()),
    poisson(lambda) {
      // Knuth's method: fine for the small rates used here.
      const limit = Math.exp(-lambda);
      let k = 0;
      let p = lcg();
      while (p > limit) {
        k++;
        p *= lcg();
      }
      return k;
    },
    fork: (label) => createRandom(mix(seed, label)),
  };
  return random;
}
