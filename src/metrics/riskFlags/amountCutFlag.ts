/** amount-cut: the current amount is thresholds.amountCut or more below the highest amount seen. */
import type { Deal } from '../../model/types.ts';
import { formatMoneyText } from './formatMoneyText.ts';
import { formatShare } from './formatShare.ts';
import { raise, type FlagOutcome, type RiskContext } from './types.ts';

/** Tolerance for a cut that equals the threshold but lands a hair below it in floating point. */
const EPSILON = 1e-9;

export function amountCutFlag(deal: Deal, context: RiskContext): FlagOutcome {
  const amount = deal.amount;
  if (amount === null) return null;
  if (!deal.history.known) return { unknown: 'Earlier amounts are unknown: the deal was seen in one snapshot only.' };
  let highest = amount;
  let highestOn: string | null = null;
  for (const state of deal.history.states) {
    if (state.amount !== null && state.amount > highest) {
      highest = state.amount;
      highestOn = state.date;
    }
  }
  if (highestOn === null || highest <= 0) return null;
  const cut = (highest - amount) / highest;
  const limit = context.thresholds.amountCut;
  if (cut + EPSILON < limit) return null;
  const money = (n: number) => formatMoneyText(n, context.currency);
  return raise(
    'amount-cut',
    'medium',
    `The amount is ${formatShare(limit)} or more below the highest amount seen on the deal.`,
    `Amount cut ${formatShare(cut)} from ${money(highest)} (highest, seen ${highestOn}) to ${money(amount)}`,
    { highest, highestOn, amount, cut },
  );
}
