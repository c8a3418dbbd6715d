/**
 * Rows of a calls file -> CallRow, each through CallRowSchema, or an issue with a pinned message
 * naming file › sheet › row › column, what was expected and how to fix it. Date, Scope and Call
 * are required columns; Name is required for region, team and rep rows; Commit, Best Case,
 * Period and Submitted By are optional.
 */
import { acceptRow, col, header, missingColumn, type MapperContext, type MapperResult } from './mapperContext.ts';
import { CallRowSchema, type CallRow, type CallScope } from './CallRowSchema.ts';
import { dateOrders } from './dateOrders.ts';
import { formatPlace } from './formatPlace.ts';
import { parsePeriodLabel } from './parsePeriodLabel.ts';

const SCOPES: Record<string, CallScope> = {
  company: 'company', total: 'company', all: 'company', vp: 'company',
  region: 'region', regional: 'region',
  team: 'team',
  rep: 'rep', owner: 'rep', ae: 'rep', 'sales rep': 'rep', individual: 'rep',
};

/** The pinned messages of the calls file (tests hold them word for word). */
export const CALL_MESSAGES = {
  missingDate: (place: string) => `${place}: the cell is empty, but every call needs the date it was submitted, so the row was left out; fill in the date.`,
  badScope: (place: string, value: string) => `${place}: "${value}" is not a scope; write company, region, team or rep, so the row was left out.`,
  missingScope: (place: string) => `${place}: the cell is empty, but every call needs its scope (company, region, team or rep), so the row was left out; fill it in.`,
  missingName: (place: string, scope: string) => `${place}: the cell is empty, but a ${scope} call needs the ${scope}'s name, so the row was left out; fill in the name.`,
  missingCall: (place: string) => `${place}: the cell is empty, but every row needs the call amount, so the row was left out; fill in the amount.`,
  negative: (place: string, what: string) => `${place}: the ${what} is below 0, so the row was left out; write the amount as a positive number.`,
  badPeriod: (place: string, value: string) => `${place}: "${value}" is not a period; write a fiscal quarter such as Q3 FY2027 or 2026-Q3, or leave the cell empty for the quarter holding the date. The row was left out.`,
} as const;

export function mapCalls(ctx: MapperContext): MapperResult<CallRow> {
  const { table, readers, issues, config } = ctx;
  const { file, sheet } = table;
  const result: MapperResult<CallRow> = { rows: [], accepted: 0, rejected: 0 };
  for (const [field, what, examples] of [
    ['date', 'date', ['Date', 'Submitted On', 'Call Date']],
    ['scope', 'scope', ['Scope', 'Level']],
    ['call', 'call amount', ['Call', 'Forecast Call', 'Manager Call']],
  ] as const) {
    if (col(ctx, field) < 0) {
      missingColumn(ctx, what, field, examples);
      result.rejected = table.rows.length;
      return result;
    }
  }
  const orders = dateOrders(table, [col(ctx, 'date')], config.dateOrder, issues);
  const text = (f: string) => readers.text(col(ctx, f));
  const read = {
    date: readers.date(col(ctx, 'date'), orders.get(col(ctx, 'date')) ?? null),
    scope: text('scope'),
    name: text('name'),
    call: readers.amount(col(ctx, 'call')),
    commit: readers.amount(col(ctx, 'commit')),
    bestCase: readers.amount(col(ctx, 'bestCase')),
    period: text('period'),
    submittedBy: text('submittedBy'),
    currency: text('currency'),
  };
  const columnOf = (field: string) => header(ctx, field);
  const place = (row: { rowNumber: number }, field: string) => formatPlace(file, sheet, row.rowNumber, columnOf(field));
  const reject = (row: { rowNumber: number }, field: string, code: string, message: string, value: string | null = null) => {
    issues.add('error', code, { row: row.rowNumber, column: columnOf(field), value }, () => message);
    result.rejected++;
  };

  for (const row of table.rows) {
    const date = read.date(row);
    if (date === null) {
      reject(row, 'date', 'missing-call-date', CALL_MESSAGES.missingDate(place(row, 'date')));
      continue;
    }
    const scopeText = read.scope(row);
    if (scopeText === null) {
      reject(row, 'scope', 'missing-call-scope', CALL_MESSAGES.missingScope(place(row, 'scope')));
      continue;
    }
    const scope = Object.hasOwn(SCOPES, scopeText.trim().toLowerCase()) ? SCOPES[scopeText.trim().toLowerCase()]! : null;
    if (scope === null) {
      reject(row, 'scope', 'bad-call-scope', CALL_MESSAGES.badScope(place(row, 'scope'), scopeText), scopeText);
      continue;
    }
    const name = read.name(row);
    if (scope !== 'company' && name === null) {
      reject(row, 'name', 'missing-call-name', CALL_MESSAGES.missingName(place(row, 'name'), scope));
      continue;
    }
    const call = read.call(row);
    if (call === null) {
      reject(row, 'call', 'missing-call', CALL_MESSAGES.missingCall(place(row, 'call')));
      continue;
    }
    const commit = read.commit(row);
    const bestCase = read.bestCase(row);
    const negative = [['call', call], ['commit', commit], ['bestCase', bestCase]].find(([, v]) => v !== null && (v as { value: number }).value < 0);
    if (negative !== undefined) {
      const field = negative[0] as string;
      reject(row, field, 'negative-call', CALL_MESSAGES.negative(place(row, field), field === 'bestCase' ? 'best case' : field));
      continue;
    }
    const periodLabel = read.period(row);
    const period = periodLabel === null ? null : parsePeriodLabel(periodLabel);
    if (periodLabel !== null && period === null) {
      reject(row, 'period', 'bad-call-period', CALL_MESSAGES.badPeriod(place(row, 'period'), periodLabel), periodLabel);
      continue;
    }
    const currencyText = read.currency(row);
    const candidate: CallRow = {
      date,
      scope,
      name: scope === 'company' ? null : name,
      call: call.value,
      commit: commit?.value ?? null,
      bestCase: bestCase?.value ?? null,
      period,
      periodLabel,
      submittedBy: read.submittedBy(row),
      currency: (currencyText !== null && /^[A-Za-z]{3}$/.test(currencyText) ? currencyText.toUpperCase() : null) ?? call.currency,
      source: { file, sheet, row: row.rowNumber },
    };
    acceptRow(ctx, result, CallRowSchema, candidate, row, columnOf);
  }
  return result;
}
