/**
 * Splits a trailing time of day off a date: '2/4/2026 3:54 AM' -> '2/4/2026',
 * '2024-01-22T16:14:25.000+0000' -> '2024-01-22', '2024-08-27 11:15' -> '2024-08-27'.
 * Returns the text unchanged when it has no time, and null when the time is impossible
 * ('25:00', '13:00 PM'). The time and its zone are dropped: a date is the calendar date
 * as written, whatever the writer's zone.
 */

/** Separator (T, spaces, or a comma), hh:mm[:ss[.fff]], AM/PM, zone. Groups: 1 hour, 2 minute, 3 am/pm. */
const TIME = /(?:T|\s+|,\s*)(\d{1,2}):(\d{2})(?::\d{2}(?:[.,]\d+)?)?\s*([AaPp]\.?[Mm]\.?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?|UTC|GMT)?$/;

export function splitDateTime(text: string): string | null {
  if (text.indexOf(':') < 0) return text;
  const m = TIME.exec(text);
  if (m === null) return null;
  const hour = Number(m[1]);
  const minute = Number(m[2]);
  if (minute > 59) return null;
  if (m[3] === undefined ? hour > 23 : hour < 1 || hour > 12) return null;
  return text.slice(0, m.index);
}
