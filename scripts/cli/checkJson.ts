/**
 * The JSON that `npm run check -- --json` prints (documented in the README, "check --json").
 */
import type { DataStageResult } from '../../src/dataStage.ts';

export const CHECK_JSON_VERSION = 1;

export function toCheckJson(result: DataStageResult) {
  const { report } = result;
  return {
    version: CHECK_JSON_VERSION,
    ok: result.ok,
    fatal: report.fatal,
    dataDir: report.dataDir,
    configFile: report.configFile,
    configIssues: report.configIssues,
    asOf: report.asOf,
    asOfSource: report.asOfSource,
    snapshotDates: report.snapshotDates,
    currency: report.deals.currency,
    currencySource: report.currencySource ?? 'config',
    leftOut: report.leftOut ?? [],
    totals: report.totals,
    deals: {
      total: report.deals.total,
      byStatus: { open: report.deals.open, won: report.deals.won, lost: report.deals.lost },
      wonAmount: report.deals.wonAmount,
    },
    files: report.files.map((f) => ({
      file: f.file,
      extension: f.extension,
      bytes: f.bytes,
      format: f.format,
      status: f.status,
      sheetsNotRead: f.sheetsNotRead,
      issues: f.issues,
      tables: f.tables.map((t) => ({
        sheet: t.sheet,
        kind: t.kind,
        kindReason: t.kindReason,
        format: t.format,
        encoding: t.encoding,
        delimiter: t.delimiter,
        headerRow: t.headerRow,
        mapping: t.mapping,
        mappingHow: t.mappingHow ?? {},
        unmappedColumns: t.unmappedColumns,
        rows: { read: t.rowsRead, accepted: t.accepted, rejected: t.rejected, skipped: t.skipped, skippedBy: t.skippedBy },
        snapshotDate: t.snapshotDate,
        snapshotDateSource: t.snapshotDateSource,
        issueCounts: t.issueCounts,
        issues: t.issues,
      })),
    })),
    modelIssues: report.modelIssues,
  };
}
