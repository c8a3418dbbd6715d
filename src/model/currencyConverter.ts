/**
 * Amounts into the reporting currency with the config's exchange rates (units of the reporting
 * currency per unit of the other currency). Converted amounts are rounded to cents.
 */
import type { Config } from '../schema/configSchema.ts';

export interface CurrencyConverter {
  readonly currency: string;
  hasRate(currency: string): boolean;
  /** The amount in the reporting currency; null when the amount is null or the currency has no rate. */
  convert(amount: number | null, currency: string): number | null;
}

export function currencyConverter(config: Pick<Config, 'currency' | 'exchangeRates'>): CurrencyConverter {
  const reporting = config.currency.toUpperCase();
  const rates = new Map<string, number>();
  for (const [code, rate] of Object.entries(config.exchangeRates)) rates.set(code.toUpperCase(), rate);
  rates.set(reporting, 1);
  return {
    currency: reporting,
    // Codes are mostly upper case already: looked up as written first.
    hasRate: (currency) => rates.has(currency) || rates.has(currency.toUpperCase()),
    convert(amount, currency) {
      if (amount === null) return null;
      const rate = rates.get(currency) ?? rates.get(currency.toUpperCase());
      if (rate === undefined) return null;
      return rate === 1 ? amount : Math.round(amount * rate * 100) / 100;
    },
  };
}
