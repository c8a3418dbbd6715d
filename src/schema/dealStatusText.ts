/**
 * A status column's text -> DealStatus, or null when not recognised. Pipedrive
 * `Deal - Status` (open, won, lost), Dynamics `Status` (Open, Won, Lost), and common variants.
 */
import type { DealStatus } from './types.ts';
import { normalizeKey } from './values/normalizeKey.ts';

const STATUSES = new Map<string, DealStatus>([
  ['open', 'open'],
  ['active', 'open'],
  ['inprogress', 'open'],
  ['pending', 'open'],
  ['suspended', 'open'],
  ['onhold', 'open'],
  ['abandoned', 'lost'],
  ['cancelled', 'lost'],
  ['canceled', 'lost'],
  ['won', 'won'],
  ['closedwon', 'won'],
  ['win', 'won'],
  ['lost', 'lost'],
  ['closedlost', 'lost'],
  ['loss', 'lost'],
]);

const CACHE = new Map<string, DealStatus | null>();

export function dealStatusText(text: string): DealStatus | null {
  const cached = CACHE.get(text);
  if (cached !== undefined) return cached;
  const status = STATUSES.get(normalizeKey(text)) ?? null;
  if (CACHE.size >= 1000) CACHE.clear();
  CACHE.set(text, status);
  return status;
}
