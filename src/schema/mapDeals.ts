/**
 * Rows of a deals table -> DealRow, each through DealRowSchema, or an issue.
 *
 * A deal needs a stage or an explicit status; a row without one is rejected. A deal without an
 * owner (no owner column, or an empty cell) is kept and shown under "Unassigned", with one
 * warning per table. When a status column or IsClosed/IsWon disagrees with the stage, the
 * status column wins (one warning per table with the count). Status comes from a status column (Pipedrive `Deal - Status`, Dynamics
 * `Status`), else IsClosed/IsWon (Salesforce API), else the stage ladder. Won deals take
 * Dynamics' Actual Revenue as their amount; closed deals take Actual Close Date (Dynamics) or
 * Won time / Lost time (Pipedrive) as their close date. Without an id column, ids are derived
 * from name, account, created date and owner (one warning per table). Extra columns are kept
 * in `attributes`; HubSpot `Date entered "<stage>"` columns as `dateEntered:<stage>` = ISO date.
 * A negative amount (a credit, a refund, a downgrade) is kept as written, with a warning.
 */
import type { RawRow } from '../ingest/types.ts';
import type { DealRow, DealStatus, ForecastCategory, IsoDate, TableReport } from './types.ts';
import { DATE_ENTERED_PREFIX, DEAL_ATTRIBUTE_FIELDS } from './aliases.ts';
import { attributeKeys, emptyAttributes } from './attributeKeys.ts';
import { dateOrders } from './dateOrders.ts';
import { dealStatusText } from './dealStatusText.ts';
import { dealRowSchemaFor } from './DealRowSchema.ts';
import { deriveDealId } from './deriveDealId.ts';
import { forecastCategory } from './forecastCategory.ts';
import { formatPlace, quote } from './formatPlace.ts';
import { col, header, missingColumn, schemaFailure, type MapperContext, type MapperResult } from './mapperContext.ts';
import { resolveStages } from './stages.ts';
import { tableSnapshotDate } from './tableSnapshotDate.ts';
import { normalizeKey } from './values/normalizeKey.ts';
import { dealTableNotes } from './dealTableNotes.ts';

export interface DealsResult extends MapperResult<DealRow> {
  snapshotDate: IsoDate | null;
  snapshotDateSource: TableReport['snapshotDateSource'];
}

const DATE_FIELDS = ['closeDate', 'createdDate', 'lastActivityDate', 'snapshotDate', 'actualCloseDate', 'wonTime', 'lostTime'] as const;
const CURRENCY = /^[A-Za-z]{3}$/;
/** Shared by rows without extra values: null prototype, frozen. */
const NO_ATTRIBUTES = Object.freeze(emptyAttributes()) as Record<string, string>;

/**
 * The DealRow fields the row schema checks for this table: those filled from the table's
 * cells (a field without a column is null in every row). The fields this module sets from a
 * closed set of its own values (idDerived, status, forecastCategory, attributes, source) are
 * typed by TypeScript and not checked again on every row.
 */
function checked(ctx: MapperContext, hasFallbackSnapshot: boolean): (keyof DealRow)[] {
  const any = (...fields: string[]) => fields.some((f) => col(ctx, f) >= 0);
  const out: (keyof DealRow)[] = ['id', 'name', 'owner', 'stage'];
  const when: [keyof DealRow, boolean][] = [
    ['account', any('account')],
    ['amount', any('amount', 'actualRevenue')],
    ['currency', any('amount', 'actualRevenue', 'currency')],
    ['createdDate', any('createdDate')],
    ['closeDate', any('closeDate', 'actualCloseDate', 'wonTime', 'lostTime')],
    ['probability', any('probability')],
    ['type', any('type')],
    ['leadSource', any('leadSource')],
    ['nextStep', any('nextStep')],
    ['lastActivityDate', any('lastActivityDate')],
    ['lossReason', any('lossReason', 'statusReason')],
    ['snapshotDate', hasFallbackSnapshot || any('snapshotDate')],
  ];
  for (const [field, fills] of when) if (fills) out.push(field);
  return out;
}

export function mapDeals(ctx: MapperContext): DealsResult {
  const { table, issues, readers, match, config } = ctx;
  const { file, sheet, headers } = table;
  const orders = dateOrders(table, [...DATE_FIELDS.map((f) => col(ctx, f)), ...match.dateEntered.map((d) => d.index)], config.dateOrder, issues);
  const orderOf = (c: number) => orders.get(c) ?? null;
  const fallback = tableSnapshotDate(table, ctx.fileConfig, config.dateOrder === 'auto' ? null : config.dateOrder);
  const hasSnapshotColumn = col(ctx, 'snapshotDate') >= 0;

  const result: DealsResult = {
    rows: [],
    accepted: 0,
    rejected: 0,
    snapshotDate: hasSnapshotColumn ? null : fallback.date,
    snapshotDateSource: hasSnapshotColumn ? 'column' : fallback.source,
  };

  const hasOwner = col(ctx, 'owner') >= 0 || col(ctx, 'ownerId') >= 0;
  const hasStatus = ['stage', 'status', 'isClosed', 'isWon'].some((f) => col(ctx, f) >= 0);
  if (!hasStatus) missingColumn(ctx, 'stage', 'stage', ['Stage', 'StageName', 'Deal Stage']);
  if (!hasStatus) {
    result.rejected = table.rows.length;
    return result;
  }

  const text = (f: string) => readers.text(col(ctx, f));
  const date = (f: string) => readers.date(col(ctx, f), orderOf(col(ctx, f)));
  const read = {
    id: text('id'), name: text('name'), account: text('account'), owner: text('owner'), ownerId: text('ownerId'),
    stage: text('stage'), status: text('status'), statusReason: text('statusReason'),
    isClosed: readers.boolean(col(ctx, 'isClosed')), isWon: readers.boolean(col(ctx, 'isWon')),
    amount: readers.amount(col(ctx, 'amount')), actualRevenue: readers.amount(col(ctx, 'actualRevenue')),
    currency: text('currency'), probability: readers.percent(col(ctx, 'probability')),
    closeDate: date('closeDate'), createdDate: date('createdDate'), lastActivityDate: date('lastActivityDate'),
    snapshotDate: date('snapshotDate'), actualCloseDate: date('actualCloseDate'), wonTime: date('wonTime'), lostTime: date('lostTime'),
    forecastCategory: text('forecastCategory'), nextStep: text('nextStep'), type: text('type'),
    leadSource: text('leadSource'), lossReason: text('lossReason'),
  };
  const hasIsWon = col(ctx, 'isWon') >= 0;
  const hasCategory = col(ctx, 'forecastCategory') >= 0;
  const stageOf = resolveStages(config);

  // Extra columns: recognised fields under their canonical name, HubSpot stage entry dates, the rest by header.
  const extras: { key: string; read: (row: RawRow) => string | null }[] = [];
  for (const field of DEAL_ATTRIBUTE_FIELDS) if (col(ctx, field) >= 0) extras.push({ key: field, read: text(field) });
  if (col(ctx, 'statusReason') >= 0) extras.push({ key: 'statusReason', read: read.statusReason });
  for (const { index, stage } of match.dateEntered) extras.push({ key: DATE_ENTERED_PREFIX + stage, read: readers.date(index, orderOf(index)) });
  const keys = attributeKeys(headers, match.unmapped, extras.map((e) => e.key));
  match.unmapped.forEach((c, i) => extras.push({ key: keys[i]!, read: readers.text(c) }));

  const idColumn = col(ctx, 'id') >= 0;
  if (!idColumn) {
    issues.add('warning', 'derived-ids', { row: null, column: null, value: null }, () =>
      `${formatPlace(file, sheet)}: there is no deal id column, so each deal's id was derived from its name, account, created date and owner; ` +
      'add an id column (such as "Opportunity ID" or "Record ID") to the export so deals are matched reliably across snapshots.',
    );
  }
  const derivedSeen = new Map<string, number>();
  const schema = dealRowSchemaFor(checked(ctx, fallback.date !== null));
  const columnOf = (field: string): string | null => header(ctx, field);
  const place = (row: RawRow, field: string) => formatPlace(file, sheet, row.rowNumber, header(ctx, field));

  const hasAmount = col(ctx, 'amount') >= 0 || col(ctx, 'actualRevenue') >= 0;
  let noOwner: { count: number; first: number } | null = null;
  let contradictions: { count: number; first: RawRow; stage: string; stageStatus: DealStatus; status: DealStatus } | null = null;
  let won = 0;
  let wonWithAmount = 0;
  for (const row of table.rows) {
    const ownerName = read.owner(row);
    const owner = ownerName ?? read.ownerId(row);
    if (owner === null) {
      if (noOwner === null) noOwner = { count: 0, first: row.rowNumber };
      noOwner.count++;
    }
    const stage = read.stage(row);
    const info = stage === null ? null : stageOf(stage);
    const explicit = explicitStatus(row, info?.status ?? null);
    if (stage === null && explicit === null) {
      const column = header(ctx, col(ctx, 'stage') >= 0 ? 'stage' : col(ctx, 'status') >= 0 ? 'status' : 'isClosed');
      issues.add('error', 'missing-stage', { row: row.rowNumber, column, value: null }, () =>
        `${formatPlace(file, sheet, row.rowNumber, column)}: the cell is empty and the row has no status, ` +
        'so the row was left out; fill in the stage (or a status of open, won or lost).',
      );
      result.rejected++;
      continue;
    }
    if (stage !== null && info === null) {
      issues.addOnce(`stage:${normalizeKey(stage)}`, explicit === null ? 'warning' : 'info', 'unknown-stage', { row: row.rowNumber, column: header(ctx, 'stage'), value: stage }, () =>
        `${place(row, 'stage')}: ${quote(stage)} is not a known stage, so ${explicit === null ? 'deals at this stage count as open' : 'the status column decides whether these deals are open, won or lost'}; ` +
        `add it to "stages" in quarterdeck.config.json, e.g. { "name": "${stage.replace(/["\\]/g, '')}", "status": "open" }.`,
      );
    }
    const status: DealStatus = explicit ?? info?.status ?? 'open';
    // A closed stage that the status contradicts (an open stage with a closed status is Dynamics' normal: its last phase stays open).
    if (explicit !== null && info !== null && stage !== null && info.status !== 'open' && explicit !== info.status) {
      if (contradictions === null) contradictions = { count: 0, first: row, stage, stageStatus: info.status, status: explicit };
      contradictions.count++;
    }

    let amountCell = read.amount(row);
    let amountField = 'amount';
    if (status === 'won') {
      const revenue = read.actualRevenue(row);
      if (revenue !== null) [amountCell, amountField] = [revenue, 'actualRevenue'];
    }
    if (amountCell !== null && amountCell.value < 0) {
      const value = amountCell.value;
      issues.add('warning', 'negative-amount', { row: row.rowNumber, column: header(ctx, amountField), value: String(value) }, () =>
        `${place(row, amountField)}: the amount ${value} is negative; the deal is kept and the amount counts as written, so it lowers totals (a credit or a downgrade); if it is a mistake, fix the cell.`,
      );
    }
    let currency = amountCell?.currency ?? null;
    const currencyText = read.currency(row);
    if (currencyText !== null) {
      if (CURRENCY.test(currencyText)) currency = currencyText.toUpperCase();
      else {
        issues.addOnce(`currency:${currencyText}`, 'warning', 'invalid-currency', { row: row.rowNumber, column: header(ctx, 'currency'), value: currencyText }, () =>
          `${place(row, 'currency')}: ${quote(currencyText)} is not a currency code; expected three letters such as USD or EUR, ` +
          'so amounts in rows with this value are taken as the reporting currency; fix the value in the export.',
        );
      }
    }

    let closeDate = read.closeDate(row);
    if (status !== 'open') {
      closeDate = read.actualCloseDate(row) ?? (status === 'won' ? read.wonTime(row) : read.lostTime(row)) ?? closeDate;
      if (closeDate === null) {
        const column = header(ctx, 'closeDate');
        issues.add('warning', 'missing-close-date', { row: row.rowNumber, column, value: null }, () =>
          `${formatPlace(file, sheet, row.rowNumber, column)}: the deal is ${status} but has no close date, ` +
          'so it is kept without one and left out of results by period; fill in the close date.',
        );
      }
    }

    let category: ForecastCategory | null = info?.forecastCategory ?? null;
    if (hasCategory) {
      const categoryText = read.forecastCategory(row);
      category = categoryText === null ? null : forecastCategory(categoryText);
      if (categoryText !== null && category === null) {
        issues.addOnce(`category:${categoryText}`, 'warning', 'unknown-forecast-category', { row: row.rowNumber, column: header(ctx, 'forecastCategory'), value: categoryText }, () =>
          `${place(row, 'forecastCategory')}: ${quote(categoryText)} is not a forecast category; expected Commit, Best Case, Pipeline, Omitted or Closed, ` +
          'so deals with this value have none; fix the value in the export.',
        );
      }
    }

    const name = read.name(row);
    const account = read.account(row);
    const createdDate = read.createdDate(row);
    let id = read.id(row);
    const idDerived = id === null;
    if (id === null) {
      id = deriveDealId([name, account, createdDate, owner]);
      const seen = derivedSeen.get(id) ?? 0;
      derivedSeen.set(id, seen + 1);
      if (seen > 0) id = `${id}-${seen + 1}`;
      if (idColumn) {
        issues.add('warning', 'derived-id', { row: row.rowNumber, column: header(ctx, 'id'), value: null }, () =>
          `${place(row, 'id')}: the cell is empty, so the deal's id was derived from its name, account, created date and owner; fill in the id.`,
        );
      }
    }

    const columnSnapshot = hasSnapshotColumn ? read.snapshotDate(row) : null;
    let attributes = NO_ATTRIBUTES;
    for (const extra of extras) {
      const value = extra.read(row);
      if (value === null) continue;
      if (attributes === NO_ATTRIBUTES) attributes = emptyAttributes();
      attributes[extra.key] = value;
    }

    const candidate: DealRow = {
      id,
      idDerived,
      name: name ?? id,
      account,
      owner,
      stage,
      status,
      amount: amountCell?.value ?? null,
      currency,
      createdDate,
      closeDate,
      forecastCategory: category,
      probability: read.probability(row),
      type: read.type(row),
      leadSource: read.leadSource(row),
      nextStep: read.nextStep(row),
      lastActivityDate: read.lastActivityDate(row),
      lossReason: read.lossReason(row) ?? (status === 'lost' ? read.statusReason(row) : null),
      snapshotDate: columnSnapshot ?? fallback.date,
      attributes,
      source: { file, sheet, row: row.rowNumber },
    };
    // validate() checks without building a copy of the row; safeParse() then only explains a failure.
    if (!schema.validate(candidate)) {
      schemaFailure(ctx, row, schema.safeParse(candidate).error!, columnOf);
      result.rejected++;
      continue;
    }
    if (columnSnapshot !== null && (result.snapshotDate === null || columnSnapshot > result.snapshotDate)) {
      result.snapshotDate = columnSnapshot;
    }
    result.rows.push(candidate);
    result.accepted++;
    if (status === 'won') {
      won++;
      if (candidate.amount !== null) wonWithAmount++;
    }
  }
  dealTableNotes(ctx, { hasOwner, noOwner, contradictions, hasAmount, won, wonWithAmount, accepted: result.accepted });
  if (hasSnapshotColumn && result.snapshotDate === null) {
    result.snapshotDate = fallback.date;
    result.snapshotDateSource = fallback.source;
  }
  return result;

  /** Status from a status column or IsClosed/IsWon; null when they do not say. */
  function explicitStatus(row: RawRow, stageStatus: DealStatus | null): DealStatus | null {
    const statusText = read.status(row);
    if (statusText !== null) {
      const status = dealStatusText(statusText);
      if (status !== null) return status;
      issues.addOnce(`status:${statusText}`, 'warning', 'unknown-status', { row: row.rowNumber, column: header(ctx, 'status'), value: statusText }, () =>
        `${place(row, 'status')}: ${quote(statusText)} is not a deal status; expected Open, Won or Lost, ` +
        'so the stage decides for rows with this value; fix the value in the export.',
      );
    }
    const closed = read.isClosed(row);
    const won = read.isWon(row);
    if (closed === true) return won === true || (!hasIsWon && stageStatus === 'won') ? 'won' : 'lost';
    if (closed === false) return 'open';
    if (won === true) return 'won';
    // A won flag of false beside a won stage: the flag wins, and a closed deal that was not won is lost.
    if (won === false && stageStatus === 'won') return 'lost';
    return null;
  }
}
