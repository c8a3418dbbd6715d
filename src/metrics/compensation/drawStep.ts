/**
 * One period of a draw: when the period's earnings are below the draw, the difference is
 * advanced so the payout is the draw. A recoverable draw keeps advances as a balance that later
 * periods pay back from their earnings above the draw; a non-recoverable draw forgives them.
 * Without a draw the payout is the earnings. Periods are taken in order within a fiscal year
 * (the balance starts at 0 each year).
 */
import type { CompensationPlan } from '../../schema/CompensationConfigSchema.ts';

export interface DrawLine {
  earned: number;
  /** Paid above the earnings to reach the draw (>= 0). */
  advanced: number;
  /** Taken from the earnings to pay back earlier advances (>= 0). */
  recovered: number;
  /** Advances outstanding before this period. */
  balanceBefore: number;
  /** Advances still to be recovered after this period (always 0 for a non-recoverable draw). */
  balance: number;
  /** earned + advanced - recovered. */
  payout: number;
}

export function drawStep(earned: number, balanceBefore: number, draw: CompensationPlan['draw']): DrawLine {
  if (draw === undefined) return { earned, advanced: 0, recovered: 0, balanceBefore: 0, balance: 0, payout: earned };
  const advanced = Math.max(0, draw.amount - earned);
  const recovered = draw.recoverable ? Math.min(balanceBefore, Math.max(0, earned - draw.amount)) : 0;
  const balance = draw.recoverable ? balanceBefore - recovered + advanced : 0;
  return { earned, advanced, recovered, balanceBefore, balance, payout: earned + advanced - recovered };
}
