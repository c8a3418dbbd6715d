/**
 * The deals behind one data-quality line as CSV (data/quality-<code>.csv): id, name, owner,
 * stage, status, amount, close date and where the row came from. Text is formula-neutralised
 * by toCsv.
 */
import type { DataQualityLine } from '../../metrics/dataQuality.ts';
import { toCsv, type CsvColumn } from '../tables/csv.ts';

const COLUMNS: CsvColumn[] = [
  { key: 'id', label: 'Deal ID' },
  { key: 'name', label: 'Deal' },
  { key: 'owner', label: 'Owner' },
  { key: 'stage', label: 'Stage' },
  { key: 'status', label: 'Status' },
  { key: 'amount', label: 'Amount' },
  { key: 'closeDate', label: 'Close date' },
  { key: 'file', label: 'File' },
  { key: 'sheet', label: 'Sheet' },
  { key: 'row', label: 'Row' },
];

export function dataQualityCsv(line: DataQualityLine): string {
  return toCsv(COLUMNS, line.deals.map((d) => ({ ...d })));
}

/** The file name of a line's CSV, under data/. */
export function dataQualityCsvName(line: Pick<DataQualityLine, 'code'>): string {
  return `quality-${line.code}.csv`;
}
