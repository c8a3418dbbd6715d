/**
 * The snapshot date written in a file's path, or null:
 *   'deals_2026-10-05.csv', '2026_10_05 pipeline.xlsx', 'pipeline-20261005.csv',
 *   'hubspot-crm-exports-all-deals-2026-10-05.csv', and Salesforce's 'report1642777476321.csv'
 *   (13 digits = milliseconds since 1970 -> the UTC date; only between 2000 and 2100).
 * The file's own name is searched first, then its folders from the innermost out, so
 * 'snapshots/2026-10-05/deals.csv' works too. The last date in a name wins.
 */
import type { IsoDate } from './types.ts';

const SEPARATED = /(?<!\d)(\d{4})([-_.])(\d{2})\2(\d{2})(?!\d)/g;
const COMPACT = /(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)/g;
const EPOCH_MS = /(?<!\d)(\d{13})(?!\d)/g;
const MS_2000 = Date.UTC(2000, 0, 1);
const MS_2100 = Date.UTC(2100, 0, 1);

export function fileNameDate(file: string): IsoDate | null {
  const parts = file.split('/').reverse();
  for (const part of parts) {
    const found = dateInName(part);
    if (found !== null) return found;
  }
  return null;
}

function dateInName(name: string): IsoDate | null {
  let found: IsoDate | null = null;
  for (const m of name.matchAll(SEPARATED)) found = isoOf(+m[1]!, +m[3]!, +m[4]!) ?? found;
  if (found !== null) return found;
  for (const m of name.matchAll(COMPACT)) found = isoOf(+m[1]!, +m[2]!, +m[3]!) ?? found;
  if (found !== null) return found;
  for (const m of name.matchAll(EPOCH_MS)) {
    const ms = Number(m[1]);
    if (ms >= MS_2000 && ms < MS_2100) found = new Date(ms).toISOString().slice(0, 10);
  }
  return found;
}

/** ISO date for a real calendar date between 2000 and 2100, else null. */
function isoOf(year: number, month: number, day: number): IsoDate | null {
  if (year < 2000 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const t = new Date(Date.UTC(year, month - 1, day));
  if (t.getUTCMonth() !== month - 1 || t.getUTCDate() !== day) return null;
  return t.toISOString().slice(0, 10);
}
