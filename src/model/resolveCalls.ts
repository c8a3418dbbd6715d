/**
 * Call rows -> the model's manager calls: the period each call is for resolved to a fiscal
 * quarter (the Period column when given, else the quarter holding the call's date), amounts
 * converted to the reporting currency. A call whose Period is not a single fiscal quarter, or
 * whose currency has no rate, is left out with a warning naming the row.
 */
import type { CallRow } from '../schema/CallRowSchema.ts';
import { formatPlace } from '../schema/formatPlace.ts';
import type { Issue } from '../schema/types.ts';
import type { CurrencyConverter } from './currencyConverter.ts';
import type { FiscalCalendar } from './fiscalCalendar.ts';
import type { ManagerCall } from './types.ts';

export function resolveCalls(rows: readonly CallRow[], options: { calendar: FiscalCalendar; converter: CurrencyConverter }): { calls: ManagerCall[]; issues: Issue[] } {
  const { calendar, converter } = options;
  const calls: ManagerCall[] = [];
  const issues: Issue[] = [];
  const warn = (row: CallRow, code: string, message: string) =>
    issues.push({ severity: 'warning', code, file: row.source.file, sheet: row.source.sheet, row: row.source.row, column: null, value: null, message } as Issue);
  for (const row of rows) {
    let quarter = calendar.periodOf(row.date, 'quarter');
    if (row.period !== null) {
      const resolved = calendar.resolve(row.period);
      const q = calendar.periodOf(resolved.start, 'quarter');
      if (q.start !== resolved.start || q.end !== resolved.end) {
        warn(row, 'call-period-not-quarter', `${formatPlace(row.source.file, row.source.sheet, row.source.row)}: the call is for ${row.periodLabel ?? resolved.label}, which is not a single fiscal quarter, so it was left out; write the quarter the call is for, such as ${q.label}.`);
        continue;
      }
      quarter = q;
    }
    const currency = row.currency ?? converter.currency;
    const amount = (v: number | null) => (v === null ? null : currency === converter.currency ? v : converter.convert(v, currency));
    const call = amount(row.call);
    if (call === null) {
      warn(row, 'call-missing-rate', `${formatPlace(row.source.file, row.source.sheet, row.source.row)}: the call is in ${currency}, which has no exchange rate to ${converter.currency}, so it was left out; add the rate under "exchangeRates" in quarterdeck.config.json.`);
      continue;
    }
    calls.push({
      date: row.date,
      scope: row.scope,
      name: row.name,
      call,
      commit: amount(row.commit),
      bestCase: amount(row.bestCase),
      period: quarter.key,
      periodStart: quarter.start,
      periodEnd: quarter.end,
      submittedBy: row.submittedBy,
      source: row.source,
    });
  }
  calls.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.source.file < b.source.file ? -1 : a.source.file > b.source.file ? 1 : a.source.row - b.source.row));
  return { calls, issues };
}
