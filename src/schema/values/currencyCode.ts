/**
 * ISO 4217 code for a currency token as written next to an amount: a symbol ('$', '€', 'US$')
 * or a three-letter code in any case ('eur'). Null when the token is not a known currency.
 */

/** Symbols and prefixed dollars. A bare '$' is taken as USD. */
const SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'],
  ['US$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['¥', 'JPY'],
  ['₹', 'INR'],
  ['₩', 'KRW'],
  ['C$', 'CAD'],
  ['CA$', 'CAD'],
  ['A$', 'AUD'],
  ['AU$', 'AUD'],
  ['NZ$', 'NZD'],
  ['HK$', 'HKD'],
  ['S$', 'SGD'],
  ['R$', 'BRL'],
  ['MX$', 'MXN'],
]);

/** Codes known to the runtime, plus a core set in case the runtime ships without full ICU data. */
const CODES: ReadonlySet<string> = new Set([
  ...(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : []),
  ...'USD EUR GBP JPY CHF CAD AUD NZD CNY HKD SGD INR KRW BRL MXN SEK NOK DKK PLN CZK HUF ZAR'.split(' '),
]);

export function currencyCode(token: string): string | null {
  const symbol = SYMBOLS.get(token);
  if (symbol !== undefined) return symbol;
  if (token.length !== 3) return null;
  const code = token.toUpperCase();
  return CODES.has(code) ? code : null;
}
