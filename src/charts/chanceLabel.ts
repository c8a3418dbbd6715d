/**
 * A chance written for a headline: whole percents, except at the ends, which a simulation can
 * never prove: a share of trials of 99.5% or more reads "over 99%", of 0.5% or less "under 1%"
 * (also 100% and 0%: the trials not drawn could still go the other way). Only a chance given as
 * certain (`certain`, e.g. quota already reached by closed deals) reads 100%.
 */
export function chanceLabel(p: number, options: { certain?: boolean } = {}): string {
  if (!Number.isFinite(p)) return 'unknown';
  if (options.certain === true) return '100%';
  if (p < 0.005) return 'under 1%';
  if (p >= 0.995) return 'over 99%';
  return `${Math.round(p * 100)}%`;
}
