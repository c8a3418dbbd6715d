/**
 * One raw table -> typed rows of its kind and a report of how it was understood.
 * Columns are matched under every kind's aliases, the table is classified, then its rows go
 * through the kind's mapper: every row becomes a typed row or an issue, and the counts add up
 * (rowsRead = accepted + rejected + skipped). A table of unknown kind is never an error: its
 * rows are counted as skipped and one info issue says why it was not used.
 * The reader's notes (ragged rows, an unclosed quote, no data rows...) become issues of the
 * table; a data row the reader flagged as broken or named in an error note (a quote opened on
 * it that never closes, a row split by another delimiter) is rejected before mapping.
 */
import type { RawTable } from '../ingest/types.ts';
import type { Config, FileConfig } from './configSchema.ts';
import type { MappedTable, TableReport } from './types.ts';
import { ALIASES, DATE_ENTERED_PREFIX, type MappedKind } from './aliases.ts';
import { classifyTable } from './classifyTable.ts';
import { columnReaders } from './columnReaders.ts';
import { duplicateHeaders } from './duplicateHeaders.ts';
import { columnLabel, columnLetter, formatPlace } from './formatPlace.ts';
import { createIssueCollector, type IssueCollector } from './issueCollector.ts';
import { mapDeals } from './mapDeals.ts';
import type { MapperContext } from './mapperContext.ts';
import { mapHistory } from './mapHistory.ts';
import { mapQuotas } from './mapQuotas.ts';
import { mapRoster } from './mapRoster.ts';
import { mapCalls } from './mapCalls.ts';
import { matchColumns, type ColumnMatch } from './matchColumns.ts';
import { didYouMean } from './headers/didYouMean.ts';
import { FIELD_LABELS } from './headers/fieldLabels.ts';

export type { FileConfig } from './configSchema.ts';

export interface MapContext {
  config: Config;
  /** The file-level config entry, already resolved for this file (null when none applies). */
  fileConfig: FileConfig | null;
}

export function mapTable(table: RawTable, context: MapContext): MappedTable {
  const { config, fileConfig } = context;
  const issues = createIssueCollector(table.file, table.sheet);
  const overrides = { global: config.columns, file: fileConfig?.columns ?? null };
  const matches = Object.fromEntries(
    (Object.keys(ALIASES) as MappedKind[]).map((kind) => [kind, matchColumns(table.headers, kind, overrides, table.rows)]),
  ) as Record<MappedKind, ColumnMatch>;
  const { kind, reason } = classifyTable(table, matches, fileConfig);

  const out: MappedTable = { report: baseReport(table, kind, reason), deals: [], history: [], quotas: [], roster: [], calls: [] };
  const report = out.report;
  const broken = readerIssues(table, issues);

  if (kind === 'unknown') {
    const n = table.rows.length;
    report.skipped += n;
    issues.add('info', 'unknown-table', { row: null, column: null, value: null }, () =>
      reason === 'ignored in config'
        ? `${formatPlace(table.file, table.sheet)} was not used because its entry in quarterdeck.config.json says "kind": "ignore"; remove that entry to read it.`
        : `${formatPlace(table.file, table.sheet)} was not used (${n} row${n === 1 ? '' : 's'}): ${reason}; if it holds deals, quotas or a roster, ` +
          'name its columns with "columns" in quarterdeck.config.json, or set its "kind" under "files".',
    );
    return finish(out, issues);
  }

  const match = matches[kind];
  reportDuplicates(table, issues);
  for (const { field, header } of match.missingOverrides) {
    issues.add('warning', 'config-column-not-found', { row: null, column: header, value: null }, () =>
      `${formatPlace(table.file, table.sheet)}: quarterdeck.config.json maps "${field}" to the column "${header}", which is not in this table; ` +
      `fix the header name in the file's "columns" entry (the headers are ${table.headers.map((h) => `"${h.trim()}"`).slice(0, 12).join(', ')}).`,
    );
  }

  const rows = broken.size === 0 ? table : { ...table, rows: table.rows.filter((row) => !broken.has(row.rowNumber)) };
  const ctx: MapperContext = { table: rows, config, fileConfig, match, issues, readers: columnReaders(rows, issues, config.decimalSeparator) };
  report.mapping = mappingOf(table, match);
  for (const [field, reason] of match.how) report.mappingHow![field] = reason;
  report.unmappedColumns = match.unmapped.map((c) => table.headers[c] ?? '');
  for (const miss of didYouMean(table.headers, match.unmapped, kind, new Set(match.fields.keys()))) {
    issues.add('warning', 'did-you-mean', { row: null, column: miss.header, value: miss.header }, () =>
      `${formatPlace(table.file, table.sheet)}: the column "${miss.header}" was not used; did you mean "${miss.spelling}" (${FIELD_LABELS[miss.field] ?? miss.field})? ` +
      `If so, rename the header, or map it in quarterdeck.config.json: "columns": { "${miss.field}": "${miss.header.replace(/["\\]/g, '')}" }.`,
    );
  }

  switch (kind) {
    case 'deals': {
      const r = mapDeals(ctx);
      out.deals = r.rows;
      Object.assign(report, { accepted: r.accepted, rejected: r.rejected, snapshotDate: r.snapshotDate, snapshotDateSource: r.snapshotDateSource });
      break;
    }
    case 'history': {
      const r = mapHistory(ctx);
      out.history = r.rows;
      Object.assign(report, { accepted: r.accepted, rejected: r.rejected });
      break;
    }
    case 'quotas': {
      const r = mapQuotas(ctx);
      out.quotas = r.rows;
      Object.assign(report, { accepted: r.accepted, rejected: r.rejected });
      // wide form: each period column is mapped as `period:<header>`
      for (const c of r.periodColumns) report.mapping[`period:${(table.headers[c] ?? '').trim()}`] = table.headers[c] ?? '';
      report.unmappedColumns = match.unmapped.filter((c) => !r.periodColumns.includes(c)).map((c) => table.headers[c] ?? '');
      break;
    }
    case 'roster': {
      const r = mapRoster(ctx);
      out.roster = r.rows;
      Object.assign(report, { accepted: r.accepted, rejected: r.rejected });
      break;
    }
    case 'calls': {
      const r = mapCalls(ctx);
      out.calls = r.rows;
      Object.assign(report, { accepted: r.accepted, rejected: r.rejected });
      break;
    }
  }
  report.rejected += table.rows.length - rows.rows.length;
  return finish(out, issues);
}

/**
 * The reader's notes as issues of the table, in file order; returns the data rows whose cells
 * cannot be trusted (flagged by the reader, or named by an error note), which are rejected.
 */
function readerIssues(table: RawTable, issues: IssueCollector): Set<number> {
  const named = new Set<number>();
  for (const note of table.notes) {
    issues.add(note.severity, note.code, { row: note.rowNumber, column: null, value: null }, () => note.message);
    if (note.severity === 'error' && note.rowNumber !== null) named.add(note.rowNumber);
  }
  const broken = new Set<number>();
  for (const row of table.rows) if (row.broken === true || named.has(row.rowNumber)) broken.add(row.rowNumber);
  return broken;
}

function baseReport(table: RawTable, kind: TableReport['kind'], kindReason: string): TableReport {
  const skippedBy = { blank: 0, title: 0, footer: 0 };
  for (const s of table.skipped) skippedBy[s.reason]++;
  return {
    file: table.file,
    sheet: table.sheet,
    format: table.format,
    encoding: table.encoding,
    delimiter: table.delimiter,
    kind,
    kindReason,
    headerRow: table.headerRow,
    mapping: Object.create(null) as Record<string, string>,
    mappingHow: Object.create(null) as NonNullable<TableReport['mappingHow']>,
    unmappedColumns: [],
    rowsRead: table.rowsRead,
    accepted: 0,
    rejected: 0,
    skipped: table.skipped.length,
    skippedBy,
    snapshotDate: null,
    snapshotDateSource: null,
    issueCounts: { error: 0, warning: 0, info: 0, byCode: {} },
    issues: [],
  };
}

function finish(out: MappedTable, issues: IssueCollector): MappedTable {
  out.report.issueCounts = issues.counts();
  out.report.issues = issues.issues;
  return out;
}

function mappingOf(table: RawTable, match: ColumnMatch): Record<string, string> {
  const mapping = Object.create(null) as Record<string, string>;
  for (const [field, c] of [...match.fields].sort((a, b) => a[1] - b[1])) mapping[field] = table.headers[c] ?? '';
  for (const { index, stage } of match.dateEntered) mapping[DATE_ENTERED_PREFIX + stage] = table.headers[index] ?? '';
  return mapping;
}

/** One warning per header that repeats an earlier one (exactly, or once case, spaces and punctuation are ignored). */
function reportDuplicates(table: RawTable, issues: IssueCollector): void {
  for (const { first, second, exact } of duplicateHeaders(table.headers)) {
    const a = table.headers[first] ?? '';
    const b = table.headers[second] ?? '';
    issues.add('warning', 'duplicate-column', { row: null, column: b, value: null }, () =>
      `${formatPlace(table.file, table.sheet)}: columns ${columnLetter(first)} ("${columnLabel(a)}") and ${columnLetter(second)} ("${columnLabel(b)}") ` +
      `${exact ? 'have the same header' : 'have the same header once case, spaces and punctuation are ignored'}, so only column ${columnLetter(first)} is read ` +
      `as "${columnLabel(a)}"; rename or remove one of them, or pick one with "columns" in quarterdeck.config.json.`,
    );
  }
}
