/**
 * The Data page's row accounting: one row per file and sheet (a file with no table gets one
 * row of zeros), with read = accepted + rejected + skipped.
 */
import type { SiteData } from '../load/siteData.ts';
import type { TableDef, TableRow } from '../tables/tableTypes.ts';

export function dataFilesTable(siteData: SiteData): TableDef {
  const { report } = siteData;
  const rows: TableRow[] = [];
  for (const f of report.files) {
    if (f.tables.length === 0) {
      rows.push({ file: f.file, sheet: null, kind: f.status, format: f.format, headerRow: null, read: 0, accepted: 0, rejected: 0, skipped: 0, snapshot: null, snapshotSource: null });
      continue;
    }
    for (const tb of f.tables) {
      const delimiter = tb.delimiter === null ? '' : `, ${tb.delimiter === '\t' ? 'tab' : `"${tb.delimiter}"`}`;
      rows.push({
        file: f.file,
        sheet: tb.sheet,
        kind: tb.kind,
        format: `${tb.format}${tb.encoding ? `, ${tb.encoding}` : ''}${delimiter}`,
        headerRow: tb.headerRow,
        read: tb.rowsRead,
        accepted: tb.accepted,
        rejected: tb.rejected,
        skipped: tb.skipped,
        snapshot: tb.snapshotDate,
        snapshotSource: tb.snapshotDateSource,
      });
    }
  }
  const t = report.totals;
  return {
    id: 'data-files',
    title: 'Files and sheets',
    caption: 'Row accounting per file and sheet: every row read is accepted, rejected or skipped.',
    columns: [
      { key: 'file', label: 'File', kind: 'text' },
      { key: 'sheet', label: 'Sheet', kind: 'text' },
      { key: 'kind', label: 'Kind', kind: 'text' },
      { key: 'format', label: 'Format', kind: 'text' },
      { key: 'headerRow', label: 'Header row', kind: 'number', additive: false },
      { key: 'read', label: 'Read', kind: 'number' },
      { key: 'accepted', label: 'Accepted', kind: 'number' },
      { key: 'rejected', label: 'Rejected', kind: 'number' },
      { key: 'skipped', label: 'Skipped', kind: 'number' },
      { key: 'snapshot', label: 'Snapshot', kind: 'date' },
      { key: 'snapshotSource', label: 'Snapshot from', kind: 'text' },
    ],
    rows,
    totals: { read: t.rowsRead, accepted: t.accepted, rejected: t.rejected, skipped: t.skipped },
    filters: ['kind'],
    rowNoun: { one: 'file or sheet', other: 'files and sheets' },
  };
}
