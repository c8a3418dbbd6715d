/**
 * Rows of a quota table -> QuotaRow, each through QuotaRowSchema, or an issue.
 *
 * Long form: one quota per row, with an amount column and the period from a period column
 * ('Q1 FY27', '2026-Q3', 'Jan 2026', parsed by parsePeriodLabel), else CalendarYear +
 * CalendarQuarter (AdventureWorks: a calendar quarter; its Date column is only a day inside
 * it), else FiscalYear (+ FiscalQuarter), else a date column (the fiscal quarter containing it).
 * Wide form: one column per period (headers that parse as periods); each filled cell is a
 * quota, blank cells are skipped, and a table row is accepted when at least one of its cells
 * became a quota.
 * Date-keyed rows (a `StartDate` per row) are monthly, quarterly or yearly quotas: the header
 * says so ("Month", "Annual"), else the spacing of each holder's dates does (one month apart:
 * monthly, so three monthly rows add up to their quarter instead of replacing each other).
 * Level: a Level column (rep, team, region, company); else a row with a team and no rep is a
 * team quota, one with only a region a region quota; else a rep quota. A rep is named by name
 * or by CRM user id (resolved through the roster). A sheet with no rep, team, region or level
 * column at all holds company-level quotas.
 * A negative quota is never used: a wide-form cell is dropped with a warning, a long-form row
 * is rejected.
 */
import type { RawRow } from '../ingest/types.ts';
import type { PeriodRef, QuotaRow } from './types.ts';
import { formatPlace, quote } from './formatPlace.ts';
import { col, header, missingColumn, schemaFailure, type MapperContext, type MapperResult } from './mapperContext.ts';
import { parsePeriodLabel } from './parsePeriodLabel.ts';
import { QuotaRowSchema } from './QuotaRowSchema.ts';
import { dateOrders } from './dateOrders.ts';
import { normalizeKey } from './values/normalizeKey.ts';
import { parseAmount } from './values/parseAmount.ts';
import { parseDate } from './values/parseDate.ts';
import { parseText } from './values/parseText.ts';

type Level = QuotaRow['level'];

const LEVELS = new Map<string, Level>([
  ['rep', 'rep'], ['representative', 'rep'], ['salesrep', 'rep'], ['individual', 'rep'], ['person', 'rep'], ['user', 'rep'], ['employee', 'rep'],
  ['team', 'team'], ['group', 'team'],
  ['region', 'region'], ['territory', 'region'], ['area', 'region'],
  ['company', 'company'], ['total', 'company'], ['organization', 'company'], ['org', 'company'], ['global', 'company'], ['all', 'company'],
]);
const CURRENCY = /^[A-Za-z]{3}$/;
const PERIOD_EXAMPLES = 'a period such as Q1 FY2027, 2026-Q3, Jan 2026 or FY2027';

export interface QuotasResult extends MapperResult<QuotaRow> {
  /** Wide form: the columns read as periods (0-based). */
  periodColumns: number[];
}

export function mapQuotas(ctx: MapperContext): QuotasResult {
  const { table, readers, issues, config, match } = ctx;
  const { file, sheet, headers } = table;

  const wide = col(ctx, 'amount') < 0
    ? match.unmapped.flatMap((c) => {
        const period = parsePeriodLabel(headers[c] ?? '');
        return period ? [{ col: c, period, label: (headers[c] ?? '').trim() }] : [];
      })
    : [];
  const result: QuotasResult = { rows: [], accepted: 0, rejected: 0, periodColumns: wide.map((w) => w.col) };
  const hasHolder = ['rep', 'team', 'region', 'level'].some((f) => col(ctx, f) >= 0);
  const hasPeriod = wide.length > 0 || ['period', 'calendarYear', 'fiscalYear', 'date'].some((f) => col(ctx, f) >= 0);
  const companyOnly = !hasHolder && col(ctx, 'repId') < 0;
  if (col(ctx, 'amount') < 0 && wide.length === 0) missingColumn(ctx, 'quota amount', 'amount', ['Quota', 'Quota Amount', 'Amount']);
  else if (!hasPeriod) missingColumn(ctx, 'period', 'period', ['Period', 'Quarter', 'Fiscal Period']);
  if ((col(ctx, 'amount') < 0 && wide.length === 0) || !hasPeriod) {
    result.rejected = table.rows.length;
    return result;
  }

  if (companyOnly) {
    issues.add('info', 'company-quota', { row: null, column: null, value: null }, () =>
      `${formatPlace(file, sheet)}: there is no rep, team or region column, so each row is a company-level quota; add a rep (or team, region) column if the quotas belong to people.`,
    );
  }
  const read = {
    rep: readers.text(col(ctx, 'rep')), repId: readers.text(col(ctx, 'repId')), team: readers.text(col(ctx, 'team')), region: readers.text(col(ctx, 'region')),
    level: readers.text(col(ctx, 'level')), currency: readers.text(col(ctx, 'currency')),
  };
  const orders = dateOrders(table, [col(ctx, 'date'), col(ctx, 'period')], config.dateOrder, issues);
  const order = orders.get(col(ctx, 'date')) ?? orders.get(col(ctx, 'period')) ?? null;
  const periodOf = longPeriod(ctx, order, dateGranularity(ctx, order));
  const columnOf = (field: string) => header(ctx, field === 'name' ? 'rep' : field);
  const amountDecimal = col(ctx, 'amount') >= 0 ? readers.decimal(col(ctx, 'amount')) : null;

  for (const row of table.rows) {
    const holder = holderOf(row);
    if (holder === null) {
      result.rejected++;
      continue;
    }
    const currencyText = read.currency(row);
    const columnCurrency = currencyText !== null && CURRENCY.test(currencyText) ? currencyText.toUpperCase() : null;
    let made = 0;
    const emit = (period: PeriodRef, periodLabel: string, amount: number, currency: string | null): boolean => {
      const parsed = QuotaRowSchema.safeParse({ ...holder, period, periodLabel, amount, currency: columnCurrency ?? currency, source: { file, sheet, row: row.rowNumber } });
      if (!parsed.success) {
        schemaFailure(ctx, row, parsed.error, columnOf);
        return false;
      }
      result.rows.push(parsed.data);
      made++;
      return true;
    };

    if (wide.length > 0) {
      for (const w of wide) {
        const cell = row.cells[w.col] ?? null;
        const r = parseAmount(cell, readers.decimal(w.col));
        if (!r.ok) {
          issues.add('warning', 'invalid-amount', { row: row.rowNumber, column: headers[w.col] ?? '', value: cell }, () =>
            `${formatPlace(file, sheet, row.rowNumber, headers[w.col])}: ${quote(cell)} is not an amount; expected ${r.expected}. Fix the cell or clear it.`,
          );
        } else if (r.value !== null && r.value < 0) {
          const value = r.value;
          issues.add('warning', 'negative-quota', { row: row.rowNumber, column: headers[w.col] ?? '', value: cell }, () =>
            `${formatPlace(file, sheet, row.rowNumber, headers[w.col])}: the quota ${value} is negative, so it was left out (a quota is zero or more); fix the cell.`,
          );
        } else if (r.value !== null) emit(w.period, w.label, r.value, r.currency);
      }
      if (made === 0) {
        issues.add('error', 'missing-quota-amount', { row: row.rowNumber, column: null, value: null }, () =>
          `${formatPlace(file, sheet, row.rowNumber)}: no period column of this row has a quota amount, so the row was left out; fill in at least one amount or remove the row.`,
        );
      }
    } else {
      const period = periodOf(row);
      const amountColumn = header(ctx, 'amount');
      const cell = row.cells[col(ctx, 'amount')] ?? null;
      const r = parseAmount(cell, amountDecimal);
      if (period !== null && r.ok && r.value !== null && r.value < 0) {
        const value = r.value;
        issues.add('error', 'negative-quota', { row: row.rowNumber, column: amountColumn, value: cell }, () =>
          `${formatPlace(file, sheet, row.rowNumber, amountColumn)}: the quota ${value} is negative, so the row was left out (a quota is zero or more); fix the cell.`,
        );
      } else if (period !== null && r.ok && r.value !== null) emit(period.ref, period.label, r.value, r.currency);
      else if (period !== null) {
        issues.add('error', r.ok ? 'missing-quota-amount' : 'invalid-amount', { row: row.rowNumber, column: amountColumn, value: cell }, () =>
          `${formatPlace(file, sheet, row.rowNumber, amountColumn)}: ` +
          (r.ok ? 'the cell is empty, but a quota row needs an amount' : `${quote(cell)} is not an amount; expected ${r.expected}`) +
          ', so the row was left out; fix the cell.',
        );
      }
    }
    if (made > 0) result.accepted++;
    else result.rejected++;
  }
  return result;

  /** Level and name of the row's quota holder; null (with an error) when the row names none. */
  function holderOf(row: RawRow): { level: Level; name: string | null } | null {
    const rep = read.rep(row) ?? read.repId(row);
    const team = read.team(row);
    const region = read.region(row);
    const levelText = read.level(row);
    let level: Level | null = null;
    if (levelText !== null) {
      level = LEVELS.get(normalizeKey(levelText)) ?? null;
      if (level === null) {
        issues.addOnce(`level:${levelText}`, 'warning', 'unknown-level', { row: row.rowNumber, column: header(ctx, 'level'), value: levelText }, () =>
          `${formatPlace(file, sheet, row.rowNumber, header(ctx, 'level'))}: ${quote(levelText)} is not a quota level; expected rep, team, region or company, ` +
          'so the level of rows with this value was taken from their rep, team and region columns; fix the value.',
        );
      }
    }
    level ??= rep !== null ? 'rep' : team !== null ? 'team' : region !== null ? 'region' : companyOnly ? 'company' : null;
    const name = level === 'rep' ? rep : level === 'team' ? team : level === 'region' ? region : null;
    if (level === null || (level !== 'company' && name === null)) {
      const column = header(ctx, level === 'team' ? 'team' : level === 'region' ? 'region' : col(ctx, 'rep') >= 0 ? 'rep' : 'team');
      issues.add('error', 'missing-quota-holder', { row: row.rowNumber, column, value: null }, () =>
        `${formatPlace(file, sheet, row.rowNumber, column)}: the cell is empty, so the quota belongs to no ${level ?? 'rep'} and the row was left out; fill in the name.`,
      );
      return null;
    }
    return { level, name };
  }
}

/** The period reader of a long-form table; unreadable or empty -> an error and null. */
function longPeriod(ctx: MapperContext, order: 'MDY' | 'DMY' | null, granularity: DateGranularity): (row: RawRow) => { ref: PeriodRef; label: string } | null {
  const { table, issues } = ctx;
  const c = (field: string) => col(ctx, field);

  const fail = (row: RawRow, field: string, value: unknown, problem: string): null => {
    const column = header(ctx, field);
    const text = parseText((value ?? null) as string | number | null);
    issues.add('error', 'invalid-period', { row: row.rowNumber, column, value: text }, () =>
      `${formatPlace(table.file, table.sheet, row.rowNumber, column)}: ${text === null ? 'the cell is empty' : `${quote(text)} ${problem}`}; ` +
      `expected ${PERIOD_EXAMPLES}, so the row was left out; fix the cell.`,
    );
    return null;
  };
  const intOf = (row: RawRow, field: string): number | null => {
    const text = parseText(row.cells[c(field)] ?? null);
    return text !== null && /^\d{1,4}$/.test(text) ? Number(text) : null;
  };

  return (row) => {
    if (c('period') >= 0) {
      const cell = row.cells[c('period')] ?? null;
      if (typeof cell === 'number' && cell > 31) {
        const d = parseDate(cell, order);
        return d.ok && d.value !== null ? { ref: { kind: 'date', date: d.value, granularity }, label: d.value } : fail(row, 'period', cell, 'is not a period');
      }
      const text = parseText(cell);
      if (text === null) return fail(row, 'period', null, '');
      const quarter = /^(?:Q\s*)?([1-4])$/i.exec(text);
      if (quarter) {
        const q = Number(quarter[1]) as 1 | 2 | 3 | 4;
        const fy = intOf(row, 'fiscalYear');
        if (fy !== null && fy >= 1900) return { ref: { kind: 'fiscalQuarter', fiscalYear: fy, quarter: q }, label: `FY${fy} Q${q}` };
        const cy = intOf(row, 'calendarYear');
        if (cy !== null && cy >= 1900) return { ref: { kind: 'calendarQuarter', year: cy, quarter: q }, label: `CY${cy} Q${q}` };
      }
      const ref = parsePeriodLabel(text, { bareYear: true, dates: true });
      if (ref !== null) return { ref: ref.kind === 'date' ? { ...ref, granularity } : ref, label: text };
      const d = parseDate(text, order);
      if (d.ok && d.value !== null) return { ref: { kind: 'date', date: d.value, granularity }, label: text };
      return fail(row, 'period', text, 'is not a period');
    }
    if (c('calendarYear') >= 0 && c('calendarQuarter') >= 0) {
      const year = intOf(row, 'calendarYear');
      const quarter = intOf(row, 'calendarQuarter');
      if (year === null || year < 1900 || year > 2199) return fail(row, 'calendarYear', row.cells[c('calendarYear')], 'is not a year');
      if (quarter === null || quarter < 1 || quarter > 4) return fail(row, 'calendarQuarter', row.cells[c('calendarQuarter')], 'is not a quarter from 1 to 4');
      return { ref: { kind: 'calendarQuarter', year, quarter: quarter as 1 | 2 | 3 | 4 }, label: `CY${year} Q${quarter}` };
    }
    if (c('fiscalYear') >= 0) {
      const year = intOf(row, 'fiscalYear');
      if (year === null || year < 1900 || year > 2199) return fail(row, 'fiscalYear', row.cells[c('fiscalYear')], 'is not a year');
      if (c('fiscalQuarter') < 0) return { ref: { kind: 'fiscalYear', fiscalYear: year }, label: `FY${year}` };
      const quarter = intOf(row, 'fiscalQuarter');
      if (quarter === null || quarter < 1 || quarter > 4) return fail(row, 'fiscalQuarter', row.cells[c('fiscalQuarter')], 'is not a quarter from 1 to 4');
      return { ref: { kind: 'fiscalQuarter', fiscalYear: year, quarter: quarter as 1 | 2 | 3 | 4 }, label: `FY${year} Q${quarter}` };
    }
    const cell = row.cells[c('date')] ?? null;
    const d = parseDate(cell, order);
    if (d.ok && d.value !== null) return { ref: { kind: 'date', date: d.value, granularity }, label: parseText(cell) ?? d.value };
    return fail(row, 'date', cell, 'is not a date');
  };
}

type DateGranularity = 'month' | 'quarter' | 'year';

/**
 * How long the period of a date-keyed quota row is, once per table: from the period or date
 * header (month, annual, year), else from the smallest step between two dates of one holder
 * (1 to 2 months: monthly; 3 to 11: quarterly; 12 or more: yearly); quarterly when no holder
 * has two dates.
 */
function dateGranularity(ctx: MapperContext, order: 'MDY' | 'DMY' | null): DateGranularity {
  const { table } = ctx;
  const dateCol = col(ctx, 'period') >= 0 ? col(ctx, 'period') : col(ctx, 'date');
  if (dateCol < 0) return 'quarter';
  const words = normalizeKey(table.headers[dateCol] ?? '');
  if (words.includes('month')) return 'month';
  if (/annual|yearly|year/.test(words)) return 'year';
  if (/quarter/.test(words)) return 'quarter';
  const holderCols = ['rep', 'repId', 'team', 'region', 'level'].map((f) => col(ctx, f)).filter((c) => c >= 0);
  const months = new Map<string, Set<number>>();
  for (const row of table.rows) {
    const cell = row.cells[dateCol] ?? null;
    if (cell === null || (typeof cell === 'number' && cell <= 31)) continue;
    const d = parseDate(cell, order);
    if (!d.ok || d.value === null) continue;
    const key = holderCols.map((c) => String(row.cells[c] ?? '')).join('\u0000');
    const month = Number(d.value.slice(0, 4)) * 12 + Number(d.value.slice(5, 7)) - 1;
    let set = months.get(key);
    if (set === undefined) months.set(key, (set = new Set()));
    set.add(month);
  }
  let step = Infinity;
  for (const set of months.values()) {
    const sorted = [...set].sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++) step = Math.min(step, sorted[i]! - sorted[i - 1]!);
  }
  if (step <= 2) return 'month';
  if (step >= 12 && step !== Infinity) return 'year';
  return 'quarter';
}
