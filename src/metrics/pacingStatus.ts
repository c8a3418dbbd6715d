/**
 * A scope's bookings to date against the usual pace (see pacing.ts): expected by now = expected
 * share × quota; ahead when bookings are at or above it; projected = bookings / expected share.
 */
import type { Pacing } from './forecastTypes.ts';
import { ratio } from './ratio.ts';

export function pacingStatus(
  bookingsToDate: number,
  share: number | null,
  source: 'scope' | 'company' | null,
  quota: number | null,
): Pacing {
  const expectedByNow = share === null || quota === null ? null : share * quota;
  const difference = expectedByNow === null ? null : bookingsToDate - expectedByNow;
  return {
    bookingsToDate,
    expectedShare: share,
    shareSource: source,
    expectedByNow,
    difference,
    status: difference === null ? null : difference >= 0 ? 'ahead' : 'behind',
    projected: share === null ? null : ratio(bookingsToDate, share),
  };
}
