/**
 * An amount for a sentence, written as the site writes money: the currency's symbol and the
 * exact amount (`$189,000`, `€1,250.50`, `-$1,200`), with at most two decimals.
 */
const formatters = new Map<string, Intl.NumberFormat>();

export function formatMoneyText(amount: number, currency: string): string {
  let format = formatters.get(currency);
  if (format === undefined) {
    format = new Intl.NumberFormat('en-US', { style: 'currency', currency, currencyDisplay: 'narrowSymbol', minimumFractionDigits: 0, maximumFractionDigits: 2 });
    formatters.set(currency, format);
  }
  return format.format(Object.is(amount, -0) ? 0 : amount);
}
