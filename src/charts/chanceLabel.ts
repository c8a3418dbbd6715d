/**
 * A chance written for a headline: whole percents, except that a chance that is neither nil nor
 * certain never rounds to 0% or 100% ("less than 1%", "more than 99%").
 */
export function chanceLabel(p: number): string {
  if (!Number.isFinite(p)) return 'unknown';
  if (p <= 0) return '0%';
  if (p >= 1) return '100%';
  if (p < 0.01) return 'less than 1%';
  if (p > 0.99) return 'more than 99%';
  return `${Math.round(p * 100)}%`;
}
