/**
 * Rows of a deal history table -> HistoryRow, each through HistoryRowSchema, or an issue.
 * One state per row (Salesforce OpportunityHistory: the deal's stage, amount, close date,
 * forecast category and probability as of CreatedDate). The deal key is its id when the table
 * has an id column, else its name (DTC's history is keyed by opportunity name). Field history
 * reports (one changed field per row) go to mapFieldHistory.
 */
import type { HistoryRow } from './types.ts';
import { dateOrders } from './dateOrders.ts';
import { formatPlace } from './formatPlace.ts';
import { HistoryRowSchema } from './HistoryRowSchema.ts';
import { mapFieldHistory } from './mapFieldHistory.ts';
import { categoryOf, requiredDate, stageStatus } from './historyValues.ts';
import { col, header, missingColumn, acceptRow, type MapperContext, type MapperResult } from './mapperContext.ts';
import { resolveStages } from './stages.ts';

const CURRENCY = /^[A-Za-z]{3}$/;

export function mapHistory(ctx: MapperContext): MapperResult<HistoryRow> {
  const { table } = ctx;
  if (col(ctx, 'field') >= 0 && col(ctx, 'newValue') >= 0) return mapFieldHistory(ctx);
  const result: MapperResult<HistoryRow> = { rows: [], accepted: 0, rejected: 0 };
  const hasKey = col(ctx, 'dealId') >= 0 || col(ctx, 'dealName') >= 0;
  if (!hasKey) missingColumn(ctx, 'deal id or deal name', 'dealId', ['Opportunity ID', 'OpportunityName', 'Deal Name']);
  if (col(ctx, 'date') < 0) missingColumn(ctx, 'change date', 'date', ['CreatedDate', 'Edit Date', 'Changed Date']);
  if (!hasKey || col(ctx, 'date') < 0) {
    result.rejected = table.rows.length;
    return result;
  }

  const { readers, issues, config } = ctx;
  const { file, sheet } = table;
  const orders = dateOrders(table, [col(ctx, 'date'), col(ctx, 'closeDate')], config.dateOrder, issues);
  const read = {
    id: readers.text(col(ctx, 'dealId')),
    name: readers.text(col(ctx, 'dealName')),
    date: requiredDate(ctx, col(ctx, 'date'), orders.get(col(ctx, 'date')) ?? null),
    stage: readers.text(col(ctx, 'stage')),
    amount: readers.amount(col(ctx, 'amount')),
    currency: readers.text(col(ctx, 'currency')),
    closeDate: readers.date(col(ctx, 'closeDate'), orders.get(col(ctx, 'closeDate')) ?? null),
    category: readers.text(col(ctx, 'forecastCategory')),
    probability: readers.percent(col(ctx, 'probability')),
  };
  const stageOf = resolveStages(config);
  const columnOf = (field: string) => header(ctx, field === 'dealKey' ? (col(ctx, 'dealId') >= 0 ? 'dealId' : 'dealName') : field);

  for (const row of table.rows) {
    const id = read.id(row);
    const dealKey = id ?? read.name(row);
    if (dealKey === null) {
      const column = columnOf('dealKey');
      issues.add('error', 'missing-deal-key', { row: row.rowNumber, column, value: null }, () =>
        `${formatPlace(file, sheet, row.rowNumber, column)}: the cell is empty, but every history row needs the deal's id or name, ` +
        'so the row was left out; fill it in.',
      );
      result.rejected++;
      continue;
    }
    const date = read.date(row);
    if (date === null) {
      result.rejected++;
      continue;
    }
    const stage = read.stage(row);
    const amount = read.amount(row);
    const currencyText = read.currency(row);
    const candidate: HistoryRow = {
      dealKey,
      keyType: id !== null ? 'id' : 'name',
      date,
      stage,
      status: stageStatus(ctx, stageOf, stage, row),
      amount: amount?.value ?? null,
      currency: currencyText !== null && CURRENCY.test(currencyText) ? currencyText.toUpperCase() : (amount?.currency ?? null),
      closeDate: read.closeDate(row),
      forecastCategory: categoryOf(ctx, read.category(row), row),
      probability: read.probability(row),
      source: { file, sheet, row: row.rowNumber },
    };
    acceptRow(ctx, result, HistoryRowSchema, candidate, row, columnOf);
  }
  return result;
}
