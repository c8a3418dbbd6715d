/**
 * Whether open pipeline covers what is left of a quota by the coverage target (1 ÷ trailing win
 * rate by value), and how much pipeline is missing to reach it. A target the scope's own history
 * cannot give falls back to the one given (the company's), and says so.
 */
export type CoverageState = 'below target' | 'at or above target' | 'quota met' | 'no quota' | 'target unknown';

export interface CoverageStatus {
  state: CoverageState;
  /** openPipeline ÷ quota remaining; null without quota or once it is met. */
  coverage: number | null;
  /** The target used. */
  target: number | null;
  targetSource: 'own' | 'fallback' | null;
  /** Pipeline still needed to reach the target: target × remaining − open, when above 0; else 0; null when unknown. */
  gap: number | null;
}

export function coverageStatus(
  figures: { quotaRemaining: number | null; openPipeline: number; coverageTarget: number | null },
  fallbackTarget: number | null = null,
): CoverageStatus {
  const { quotaRemaining, openPipeline } = figures;
  const target = figures.coverageTarget ?? fallbackTarget;
  const targetSource = figures.coverageTarget !== null ? 'own' : fallbackTarget !== null ? 'fallback' : null;
  if (quotaRemaining === null) return { state: 'no quota', coverage: null, target, targetSource, gap: null };
  if (quotaRemaining <= 0) return { state: 'quota met', coverage: null, target, targetSource, gap: 0 };
  const coverage = openPipeline / quotaRemaining;
  if (target === null) return { state: 'target unknown', coverage, target, targetSource, gap: null };
  return {
    state: coverage >= target ? 'at or above target' : 'below target',
    coverage,
    target,
    targetSource,
    gap: Math.max(0, target * quotaRemaining - openPipeline),
  };
}
