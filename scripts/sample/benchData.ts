/**
 * A large export set for the benchmark, built fast from the sample: the sample's deals as they
 * stood on each of the last N Wednesdays, each deal copied under K distinct Opportunity IDs (the
 * same K in every file) so the weekly Salesforce report CSVs carry at least `rows` rows in all;
 * plus one XLSX deals export.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { buildSample, weeklyReportRows } from './buildSample.ts';
import { isoFromDay, type Day } from './dates.ts';
import type { DealView } from './dealAt.ts';
import { reportFooter, reportHeaderLine, reportLine, SALESFORCE_REPORT_HEADERS } from './salesforceReport.ts';
import { STAGES } from './vocabulary.ts';

export interface BenchDataOptions {
  /** Deal rows wanted across all snapshot CSVs (at least this many are written). */
  rows: number;
  /** Weekly snapshot CSVs. */
  snapshots: number;
  /** Data rows of the XLSX export. */
  xlsxRows: number;
}

export interface BenchDataManifest {
  version: number;
  options: BenchDataOptions;
  /** Folder (relative to the bench folder) holding the CSVs and a config: the data stage's data folder. */
  csvDir: string;
  csvFiles: string[];
  csvRows: number;
  csvBytes: number;
  /** Folder and file name of the XLSX export (relative to the bench folder). */
  xlsxDir: string;
  xlsxFile: string;
  xlsxRows: number;
  xlsxBytes: number;
}

export const BENCH_DATA_VERSION = 1;
const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Copy number `copy` of a sample deal id: positions 4-6 carry the copy in base 62. */
export function cloneId(id: string, copy: number): string {
  const a = DIGITS[Math.floor(copy / 3844) % 62] ?? '0';
  const b = DIGITS[Math.floor(copy / 62) % 62] ?? '0';
  const c = DIGITS[copy % 62] ?? '0';
  return `006${a}${b}${c}${id.slice(6)}`;
}

function* copies(rows: readonly DealView[], count: number): Generator<DealView> {
  for (let copy = 0; copy < count; copy++) for (const row of rows) yield { ...row, id: cloneId(row.id, copy) };
}

/** Excel serial date of a day number (1970-01-01 is 25569). */
function serial(day: Day): number {
  return day + 25569;
}

function xlsxExport(rows: Iterable<DealView>, count: number): Uint8Array {
  const text = (v: string): XLSX.CellObject => ({ t: 's', v });
  const num = (v: number): XLSX.CellObject => ({ t: 'n', v });
  const date = (d: Day | null): XLSX.CellObject => (d === null ? { t: 'z' } : { t: 'n', v: serial(d), z: 'm/d/yyyy' });
  const data: XLSX.CellObject[][] = [SALESFORCE_REPORT_HEADERS.map(text)];
  for (const r of rows) {
    if (data.length > count) break;
    data.push([
      text(r.id), text(r.name), text(r.account), text(r.owner), text(STAGES[r.stage] ?? ''), num(r.amount), text('USD'),
      num(r.probability), date(r.closeDate), date(r.created), text(r.category), text(r.nextStep), date(r.lastActivity),
      text(r.type), text(r.leadSource), text(r.lossReason),
    ]);
  }
  const ws: XLSX.WorkSheet = {
    '!data': data,
    '!ref': XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: data.length - 1, c: SALESFORCE_REPORT_HEADERS.length - 1 } }),
  };
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, 'Opportunities');
  wb.Props = { Title: 'Opportunities', CreatedDate: new Date(Date.UTC(2026, 0, 1)) };
  const out: unknown = XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: true });
  if (!(out instanceof ArrayBuffer)) throw new Error('benchData: SheetJS did not return an ArrayBuffer');
  return new Uint8Array(out);
}

/**
 * Writes `<dir>/csv/` (snapshot CSVs and a config) and `<dir>/xlsx/` (one workbook), replacing
 * whatever those two folders held, and returns what was written.
 */
export async function writeBenchData(
  dir: string,
  options: BenchDataOptions,
  log: (message: string) => void = () => {},
): Promise<BenchDataManifest> {
  const { truth } = buildSample();
  const days: Day[] = [];
  for (let i = options.snapshots - 1; i >= 0; i--) days.push(truth.asOf - 7 * i);
  const base = days.map((day) => weeklyReportRows(truth.deals, day));
  // The same number of copies in every file, so each copied deal evolves week over week like its original.
  const baseRows = base.reduce((n, rows) => n + rows.length, 0);
  const copyCount = Math.max(1, Math.ceil(options.rows / Math.max(1, baseRows)));
  log(`Writing ${options.snapshots} snapshot CSVs: ${truth.deals.length} sample deals, each in ${copyCount} copies.`);

  const csvDir = join(dir, 'csv');
  const xlsxDir = join(dir, 'xlsx');
  await rm(csvDir, { recursive: true, force: true });
  await rm(xlsxDir, { recursive: true, force: true });
  await mkdir(csvDir, { recursive: true });
  await mkdir(xlsxDir, { recursive: true });

  const report = { author: truth.company.reportAuthor, companyName: truth.company.name, currency: 'USD' };
  const csvFiles: string[] = [];
  let csvRows = 0;
  let csvBytes = 0;
  for (const [i, day] of days.entries()) {
    const rows = base[i] ?? [];
    const lines = [reportHeaderLine()];
    for (const row of copies(rows, copyCount)) lines.push(reportLine(row, 'USD'));
    const count = lines.length - 1;
    const text = `${lines.join('\r\n')}\r\n${reportFooter(count, { ...report, generatedOn: day })}`;
    const name = `opportunities-${isoFromDay(day)}.csv`;
    const bytes = Buffer.from(text, 'utf8');
    await writeFile(join(csvDir, name), bytes);
    csvFiles.push(name);
    csvRows += count;
    csvBytes += bytes.length;
  }
  const config = {
    companyName: `${truth.company.name} (benchmark)`,
    currency: 'USD',
    fiscalYearStartMonth: 2,
    fiscalYearNaming: 'end',
    asOf: isoFromDay(truth.asOf),
    dateOrder: 'MDY',
  };
  await writeFile(join(csvDir, 'quarterdeck.config.json'), `${JSON.stringify(config, null, 2)}\n`);

  log(`Writing the XLSX export (${options.xlsxRows} rows).`);
  const last = base[base.length - 1] ?? [];
  const xlsxCopies = Math.ceil(options.xlsxRows / Math.max(1, last.length));
  const xlsxFile = 'opportunities-export.xlsx';
  const xlsx = xlsxExport(copies(last, xlsxCopies), options.xlsxRows);
  await writeFile(join(xlsxDir, xlsxFile), xlsx);

  return {
    version: BENCH_DATA_VERSION,
    options,
    csvDir: 'csv',
    csvFiles,
    csvRows,
    csvBytes,
    xlsxDir: 'xlsx',
    xlsxFile,
    xlsxRows: Math.min(options.xlsxRows, xlsxCopies * last.length),
    xlsxBytes: xlsx.length,
  };
}
