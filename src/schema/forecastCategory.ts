/**
 * Forecast category text as CRMs write it -> ForecastCategory; null when not recognised.
 * Salesforce ('Commit', 'Best Case' / API 'BestCase', 'Pipeline', 'Omitted', 'Closed'; the
 * DTC sample org says 'Forecast' for commit), HubSpot ('Not forecasted', 'Best case',
 * 'Closed won'), Dynamics ('Committed', 'Won', 'Lost').
 */
import type { ForecastCategory } from './types.ts';
import { normalizeKey } from './values/normalizeKey.ts';

const CATEGORIES = new Map<string, ForecastCategory>([
  ['commit', 'commit'],
  ['committed', 'commit'],
  ['forecast', 'commit'],
  ['bestcase', 'bestCase'],
  ['best', 'bestCase'],
  ['upside', 'bestCase'],
  ['pipeline', 'pipeline'],
  ['omitted', 'omitted'],
  ['omit', 'omitted'],
  ['notforecasted', 'omitted'],
  ['lost', 'omitted'],
  ['closedlost', 'omitted'],
  ['closed', 'closed'],
  ['won', 'closed'],
  ['closedwon', 'closed'],
]);

/** Recent answers by exact text: exports repeat a handful of values on every row. */
const CACHE = new Map<string, ForecastCategory | null>();

export function forecastCategory(text: string): ForecastCategory | null {
  const cached = CACHE.get(text);
  if (cached !== undefined) return cached;
  const category = CATEGORIES.get(normalizeKey(text)) ?? null;
  if (CACHE.size >= 1000) CACHE.clear();
  CACHE.set(text, category);
  return category;
}
