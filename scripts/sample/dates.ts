/**
 * Calendar dates as whole days since 1970-01-01 (UTC). The sample generator works on these
 * integers so that no time zone or clock can change its output.
 */

export type Day = number;

const MS_PER_DAY = 86_400_000;

/** `2026-09-16` -> day number. */
export function dayFromIso(iso: string): Day {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`invalid ISO date: ${iso}`);
  return dayFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Year, month 1..12 and day of month -> day number (out-of-range months and days roll over). */
export function dayFromParts(year: number, month: number, day: number): Day {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

const partsCache = new Map<Day, DateParts>();

/** Day number -> { year, month 1..12, day }. */
export function partsFromDay(day: Day): DateParts {
  const known = partsCache.get(day);
  if (known) return known;
  const d = new Date(day * MS_PER_DAY);
  const parts = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
  partsCache.set(day, parts);
  return parts;
}

/** Day number -> `YYYY-MM-DD`. */
export function isoFromDay(day: Day): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Day number -> `M/D/YYYY`, as a US Salesforce user's report export writes dates. */
export function mdyFromDay(day: Day): string {
  const p = partsFromDay(day);
  return `${p.month}/${p.day}/${p.year}`;
}

/** 0 = Sunday .. 6 = Saturday. */
export function weekday(day: Day): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** Last day of the month that contains `day`. */
export function endOfMonth(day: Day): Day {
  const p = partsFromDay(day);
  return dayFromParts(p.year, p.month + 1, 0);
}

/** Friday before a Saturday or Sunday; other days unchanged. */
export function toWeekday(day: Day): Day {
  const w = weekday(day);
  return w === 6 ? day - 1 : w === 0 ? day - 2 : day;
}

/** Monday after a Saturday or Sunday; other days unchanged. */
export function nextWeekday(day: Day): Day {
  const w = weekday(day);
  return w === 6 ? day + 2 : w === 0 ? day + 1 : day;
}
