/** An amount for a sentence: thousands separators, at most two decimals, the currency code after. */
import { formatLocale } from 'd3';

const number = formatLocale({ decimal: '.', thousands: ',', grouping: [3], currency: ['', ''], minus: '-' }).format(',.2~f');

export function formatAmount(amount: number, currency: string): string {
  return `${number(amount)} ${currency}`;
}
