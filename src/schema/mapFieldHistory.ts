/**
 * A field history report -> HistoryRow: one changed field per row (Salesforce
 * `Opportunity ID, Field / Event, Old Value, New Value, Edit Date`).
 *
 * Each row becomes the deal's whole known state right after that change: the rows of a deal
 * are put in date order and the tracked fields (Stage, Amount, Close Date, Forecast Category,
 * Probability) carried forward; before a field's first change its value is that change's Old
 * Value. A field that never changed is null (unknown). Rows about other fields (Next Step,
 * Owner, 'Created.') still give a state, so every row is accounted for.
 */
import type { Cell, RawRow } from '../ingest/types.ts';
import type { HistoryRow, IsoDate } from './types.ts';
import { dateOrders } from './dateOrders.ts';
import { formatPlace, quote } from './formatPlace.ts';
import { HistoryRowSchema } from './HistoryRowSchema.ts';
import { categoryOf, requiredDate, stageStatus } from './historyValues.ts';
import { col, header, missingColumn, acceptRow, type MapperContext, type MapperResult } from './mapperContext.ts';
import { resolveStages } from './stages.ts';
import { normalizeKey } from './values/normalizeKey.ts';
import { parseAmount } from './values/parseAmount.ts';
import { parseDate } from './values/parseDate.ts';
import { parsePercent } from './values/parsePercent.ts';
import { parseText } from './values/parseText.ts';

type Tracked = 'stage' | 'amount' | 'closeDate' | 'forecastCategory' | 'probability';

const FIELDS = new Map<string, Tracked>([
  ['stage', 'stage'], ['stagename', 'stage'], ['opportunitystage', 'stage'], ['dealstage', 'stage'],
  ['amount', 'amount'], ['opportunityamount', 'amount'],
  ['closedate', 'closeDate'], ['expectedclosedate', 'closeDate'],
  ['forecastcategory', 'forecastCategory'], ['forecastcategoryname', 'forecastCategory'],
  ['probability', 'probability'],
]);

interface State {
  stage: string | null;
  amount: number | null;
  currency: string | null;
  closeDate: IsoDate | null;
  forecastCategory: HistoryRow['forecastCategory'];
  probability: number | null;
}

interface Change {
  row: RawRow;
  key: string;
  keyType: 'id' | 'name';
  date: IsoDate;
  field: Tracked | null;
  before: Partial<State>;
  after: Partial<State>;
}

export function mapFieldHistory(ctx: MapperContext): MapperResult<HistoryRow> {
  const { table, readers, issues, config } = ctx;
  const { file, sheet } = table;
  const result: MapperResult<HistoryRow> = { rows: [], accepted: 0, rejected: 0 };
  const hasKey = col(ctx, 'dealId') >= 0 || col(ctx, 'dealName') >= 0;
  if (!hasKey) missingColumn(ctx, 'deal id or deal name', 'dealId', ['Opportunity ID', 'Opportunity Name']);
  if (col(ctx, 'date') < 0) missingColumn(ctx, 'edit date', 'date', ['Edit Date', 'Changed Date']);
  if (!hasKey || col(ctx, 'date') < 0) {
    result.rejected = table.rows.length;
    return result;
  }
  const orders = dateOrders(table, [col(ctx, 'date')], config.dateOrder, issues);
  const valueOrder = config.dateOrder === 'auto' ? null : config.dateOrder;
  const readId = readers.text(col(ctx, 'dealId'));
  const readName = readers.text(col(ctx, 'dealName'));
  const readDate = requiredDate(ctx, col(ctx, 'date'), orders.get(col(ctx, 'date')) ?? null);
  const readField = readers.text(col(ctx, 'field'));
  const oldCol = col(ctx, 'oldValue');
  const newCol = col(ctx, 'newValue');
  const keyColumn = header(ctx, col(ctx, 'dealId') >= 0 ? 'dealId' : 'dealName');

  const changes: Change[] = [];
  for (const row of table.rows) {
    const id = readId(row);
    const key = id ?? readName(row);
    if (key === null) {
      issues.add('error', 'missing-deal-key', { row: row.rowNumber, column: keyColumn, value: null }, () =>
        `${formatPlace(file, sheet, row.rowNumber, keyColumn)}: the cell is empty, but every history row needs the deal's id or name, ` +
        'so the row was left out; fill it in.',
      );
      result.rejected++;
      continue;
    }
    const date = readDate(row);
    if (date === null) {
      result.rejected++;
      continue;
    }
    const fieldText = readField(row);
    const field = fieldText === null ? null : (FIELDS.get(normalizeKey(fieldText)) ?? null);
    const change: Change = { row, key, keyType: id !== null ? 'id' : 'name', date, field, before: {}, after: {} };
    if (field !== null) {
      const percentScale = fieldText!.includes('%') ? 'percent' : undefined;
      const value = (c: number): Partial<State> => (c < 0 ? {} : fieldValue(field, row, c, row.cells[c] ?? null, percentScale));
      change.before = value(oldCol);
      change.after = value(newCol);
    }
    changes.push(change);
  }

  const stageOf = resolveStages(config);
  const byDeal = new Map<string, Change[]>();
  for (const change of changes) {
    const list = byDeal.get(change.key);
    if (list) list.push(change);
    else byDeal.set(change.key, [change]);
  }
  const columnOf = (field: string) => (field === 'dealKey' ? keyColumn : header(ctx, 'newValue'));
  for (const list of byDeal.values()) {
    list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.row.rowNumber - b.row.rowNumber));
    const state: State = { stage: null, amount: null, currency: null, closeDate: null, forecastCategory: null, probability: null };
    const initialised = new Set<Tracked>();
    for (const change of list) {
      if (change.field !== null && !initialised.has(change.field)) {
        initialised.add(change.field);
        Object.assign(state, change.before);
      }
    }
    for (const change of list) {
      Object.assign(state, blankOf(change.field), change.after);
      const candidate: HistoryRow = {
        dealKey: change.key,
        keyType: change.keyType,
        date: change.date,
        stage: state.stage,
        status: stageStatus(ctx, stageOf, state.stage, change.row),
        amount: state.amount,
        currency: state.currency,
        closeDate: state.closeDate,
        forecastCategory: state.forecastCategory,
        probability: state.probability,
        source: { file, sheet, row: change.row.rowNumber },
      };
      acceptRow(ctx, result, HistoryRowSchema, candidate, change.row, columnOf);
    }
  }
  return result;

  /** An Old/New Value cell read as the changed field's type; unreadable -> warning and null. */
  function fieldValue(field: Tracked, row: RawRow, c: number, cell: Cell, scale: 'percent' | undefined): Partial<State> {
    const bad = (expected: string): Partial<State> => {
      const column = table.headers[c] ?? '';
      issues.add('warning', 'invalid-value', { row: row.rowNumber, column, value: cell }, () =>
        `${formatPlace(file, sheet, row.rowNumber, column)}: ${quote(cell)} is not a valid ${field}; expected ${expected}. Fix the cell or clear it.`,
      );
      return { [field]: null };
    };
    switch (field) {
      case 'stage':
        return { stage: parseText(cell) };
      case 'amount': {
        const r = parseAmount(cell);
        return r.ok ? { amount: r.value, currency: r.currency } : bad(r.expected);
      }
      case 'closeDate': {
        const r = parseDate(cell, valueOrder);
        return r.ok ? { closeDate: r.value } : bad(r.expected);
      }
      case 'probability': {
        const r = parsePercent(cell, scale);
        return r.ok ? { probability: r.value } : bad(r.expected);
      }
      case 'forecastCategory':
        return { forecastCategory: categoryOf(ctx, parseText(cell), row, 'newValue') };
    }
  }
}

/** A change to a field sets it even to empty: the new value (maybe absent) replaces the old. */
function blankOf(field: Tracked | null): Partial<State> {
  if (field === null) return {};
  return field === 'amount' ? { amount: null, currency: null } : { [field]: null };
}
