/** missing-amount: an open deal without an amount (or whose currency has no exchange rate). */
import type { Deal } from '../../model/types.ts';
import { formatAmount } from './formatAmount.ts';
import { raise, type FlagOutcome, type RiskContext } from './types.ts';

export function missingAmountFlag(deal: Deal, context: RiskContext): FlagOutcome {
  if (deal.amount !== null) return null;
  const reason = 'Without an amount the deal counts for nothing in the pipeline, coverage and forecast.';
  if (deal.amountOriginal !== null) {
    return raise(
      'missing-amount',
      'medium',
      reason,
      `Amount ${formatAmount(deal.amountOriginal, deal.currency)} could not be converted to ${context.currency}: no exchange rate for ${deal.currency} (add it to exchangeRates in quarterdeck.config.json)`,
      { amountOriginal: deal.amountOriginal, currency: deal.currency },
    );
  }
  return raise('missing-amount', 'medium', reason, 'The amount is empty in the export', { amountOriginal: null, currency: deal.currency });
}
