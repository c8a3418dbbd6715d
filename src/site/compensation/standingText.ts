/**
 * Where a person stands against their plan, in one sentence: "$18,300 more bookings moves you
  * to the 1.5× band (above 100% of quota)." (or "moves Ana Ruiz to ..." with a subject). The amount is rounded up to a whole unit so that
 * booking it does reach the threshold.
 */
import type { NextTier } from '../../metrics/compensation/nextTier.ts';
import { formatMoney } from '../format/tablesFormat.ts';

export function standingText(next: NextTier | null, currency: string, topBand: string | null, subject: string | null = null): string | null {
  if (next === null) return topBand === null ? null : `${subject ?? 'You'} ${subject === null ? 'are' : 'is'} in the top band: every further booking earns ${topBand}.`;
  const more = formatMoney(Math.max(0, Math.ceil(next.more)), currency) ?? String(Math.ceil(next.more));
  const what = next.kind === 'override band' ? 'more team bookings' : 'more bookings';
  const verb = next.kind === 'gate' ? 'reaches' : `moves ${subject ?? 'you'} to`;
  return `${more} ${what} ${verb} ${next.label}.`;
}
