/**
 * What the exports hold in a currency without an exchange rate, and the config line that would
 * bring it in: one sentence for the build summary, the Data page and the overview.
 */
const int = new Intl.NumberFormat('en-US');

/** "Left out: 3 deals worth EUR 140,000 (and 2 quotas) in EUR, which has no exchange rate; add ..." */
export function leftOutLine(left: { currency: string; deals: number; quotas: number; amount: number }, reporting: string): string {
  const parts: string[] = [];
  if (left.deals > 0) parts.push(`${int.format(left.deals)} deal${left.deals === 1 ? '' : 's'}${left.amount !== 0 ? ` worth ${left.currency} ${int.format(Math.round(left.amount))}` : ''}`);
  if (left.quotas > 0) parts.push(`${int.format(left.quotas)} quota row${left.quotas === 1 ? '' : 's'}`);
  return `Left out: ${parts.join(' and ')} in ${left.currency}, which has no exchange rate; add "exchangeRates": { "${left.currency}": <${reporting} per ${left.currency}> } to quarterdeck.config.json.`;
}
