/**
 * The band an attainment falls in: the first tier whose upTo is at or above it, else the last
 * (open-ended) tier. A band holds the attainments above the previous upTo up to and including its own.
 */
export function bandOf(attainment: number, tiers: ReadonlyArray<{ upTo?: number | undefined }>): number {
  const i = tiers.findIndex((t) => t.upTo !== undefined && attainment <= t.upTo);
  return i < 0 ? tiers.length - 1 : i;
}
