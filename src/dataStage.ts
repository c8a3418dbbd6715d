/**
 * The data stage: a folder of exports in, a validated model and a full account of every file,
 * sheet and row out. Reads one file at a time and hands its rows to the model builder, so
 * memory is bounded by one file's rows plus the compacted deal history.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fsum } from 'd3';
import picomatch from 'picomatch';
import { findDataFiles } from './ingest/findDataFiles.ts';
import { readDataFile } from './ingest/readDataFile.ts';
import type { FileReadResult, IngestNote } from './ingest/types.ts';
import type { Config } from './schema/configSchema.ts';
import { mapTable } from './schema/mapTable.ts';
import { defaultConfig, parseConfig } from './schema/parseConfig.ts';
import type { Issue, IsoDate, TableReport } from './schema/types.ts';
import { createModelBuilder } from './model/modelBuilder.ts';
import type { Model } from './model/types.ts';

export const CONFIG_FILE = 'quarterdeck.config.json';

export interface DataStageOptions {
  dataDir: string;
  /** Any rejected row or unreadable file fails the stage. */
  strict?: boolean;
  /** Progress messages (to stderr in the CLI). */
  log?: (message: string) => void;
}

export interface FileReport {
  file: string;
  extension: string;
  bytes: number;
  /** The real format, or null when the file could not be read. */
  format: string | null;
  /** 'read', 'ignored' (config kind: ignore) or 'unreadable'. */
  status: 'read' | 'ignored' | 'unreadable';
  sheetsNotRead: { sheet: string; reason: string }[];
  /** File-level issues (unreadable, encrypted, too large, hidden sheets...). */
  issues: Issue[];
  tables: TableReport[];
}

export interface DataTotals {
  files: number;
  tables: number;
  rowsRead: number;
  accepted: number;
  rejected: number;
  skipped: number;
  errors: number;
  warnings: number;
  infos: number;
}

export interface DataReport {
  dataDir: string;
  configFile: string | null;
  config: Config;
  configIssues: Issue[];
  files: FileReport[];
  /** Issues from building the model (duplicates, missing rates, reps missing from the roster...). */
  modelIssues: Issue[];
  totals: DataTotals;
  /** Deals as of the as-of date. */
  deals: { total: number; open: number; won: number; lost: number; wonAmount: number; currency: string };
  asOf: IsoDate | null;
  asOfSource: Model['asOfSource'] | null;
  snapshotDates: IsoDate[];
  /** Why the data cannot produce a dashboard (empty when it can). */
  fatal: string[];
  /** Amounts left out for want of an exchange rate, by currency (see Model.leftOut). */
  leftOut?: { currency: string; deals: number; quotas: number; amount: number }[];
  /** Whether the reporting currency was set in the config or found in the data. */
  currencySource?: 'config' | 'data';
}

/** Where the stage's time went, milliseconds of wall time (for the benchmark; not part of the report). */
export interface DataStageTimings {
  /** Files to raw tables (ingest). */
  read: number;
  /** Raw tables to typed rows, each checked against its row schema. */
  map: number;
  /** The model builder taking the typed rows. */
  add: number;
  /** The model builder settling the as-of date and building deals, reps and quotas. */
  finish: number;
}

export interface DataStageResult {
  /** True when a dashboard can be built. */
  ok: boolean;
  config: Config;
  model: Model | null;
  report: DataReport;
  timings: DataStageTimings;
}

export async function runDataStage(options: DataStageOptions): Promise<DataStageResult> {
  const dataDir = path.resolve(options.dataDir);
  const log = options.log ?? (() => {});
  const fatal: string[] = [];
  const timings: DataStageTimings = { read: 0, map: 0, add: 0, finish: 0 };
  let clock = performance.now();
  const lap = (step: keyof DataStageTimings): void => {
    const now = performance.now();
    timings[step] += now - clock;
    clock = now;
  };
  const files: FileReport[] = [];

  const { config, configFile, configIssues, currencyConfigured } = await loadConfig(dataDir);
  const base = emptyReport(options.dataDir, config, configFile, configIssues);
  if (configIssues.some((i) => i.severity === 'error')) {
    fatal.push(`${CONFIG_FILE} has errors: fix them and run again.`);
    return { ok: false, config, model: null, report: { ...base, fatal }, timings };
  }
  const dirStat = await stat(dataDir).catch(() => null);
  if (dirStat === null || !dirStat.isDirectory()) {
    fatal.push(
      dirStat === null
        ? `The data folder ${options.dataDir} does not exist: create it and put your CRM exports in it, or pass --data with the folder that has them.`
        : `The data folder ${options.dataDir} is a file, not a folder: pass --data with the folder that holds your CRM exports.`,
    );
    return { ok: false, config, model: null, report: { ...base, fatal }, timings };
  }
  let dataFiles: string[];
  try {
    dataFiles = await findDataFiles(dataDir);
  } catch (error) {
    fatal.push(error instanceof Error ? error.message : String(error));
    return { ok: false, config, model: null, report: { ...base, fatal }, timings };
  }

  const builder = createModelBuilder(config, { currencyConfigured });
  const fileEntries = Object.entries(config.files).map(([pattern, entry]) => ({
    match: picomatch(pattern, { dot: true }),
    entry,
  }));
  const limits = {
    maxFileBytes: Math.round(config.limits.maxFileMB * 1024 * 1024),
    maxUncompressedBytes: Math.round(config.limits.maxUncompressedMB * 1024 * 1024),
  };

  for (const file of dataFiles) {
    const entry = fileEntries.find((e) => e.match(file))?.entry ?? null;
    if (entry?.kind === 'ignore') {
      const bytes = (await stat(path.join(dataDir, file)).catch(() => null))?.size ?? 0;
      files.push({ file, extension: extensionOf(file), bytes, format: null, status: 'ignored', sheetsNotRead: [], issues: [], tables: [] });
      continue;
    }
    log(`reading ${file}`);
    clock = performance.now();
    const read = await readSafely(dataDir, file, {
      ...limits,
      ...(entry?.headerRow !== undefined ? { headerRow: entry.headerRow } : {}),
      ...(entry?.sheet !== undefined ? { sheet: entry.sheet } : {}),
    });
    lap('read');
    const tables: TableReport[] = [];
    for (const table of read.tables) {
      if (entry?.sheet !== undefined && table.sheet !== null && table.sheet !== entry.sheet) continue;
      const mapped = mapTable(table, { config, fileConfig: entry });
      lap('map');
      builder.addDeals(mapped.deals);
      builder.addHistory(mapped.history);
      builder.addQuotas(mapped.quotas);
      builder.addRoster(mapped.roster);
      builder.addCalls?.(mapped.calls);
      lap('add');
      tables.push(mapped.report);
    }
    files.push(fileReport(read, tables));
  }

  clock = performance.now();
  const finished = builder.finish();
  lap('finish');
  const { model } = finished;
  // Without any date the as-of date is a placeholder: no dashboard can describe it (or, without deals, the question does not arise).
  const noDate = finished.issues.some((i) => i.code === NO_AS_OF_DATE);
  const modelIssues = noDate ? finished.issues.filter((i) => !DATED_BY_PLACEHOLDER.has(i.code)) : finished.issues;
  const summarized = summarize({ ...base, files, modelIssues, fatal }, model);
  const report: DataReport = noDate ? { ...summarized, asOf: null, asOfSource: null, snapshotDates: [] } : summarized;
  if (noDate && report.deals.total > 0) {
    fatal.push(
      `No date was found in the data, so the dashboard has no as-of date: set "asOf" in ${CONFIG_FILE} to the date the exports were taken, or put that date in the file names (deals-2026-03-31.csv).`,
    );
  }
  if (report.deals.total === 0) {
    fatal.push(
      files.length === 0
        ? `No data files found in ${options.dataDir}: put CSV or XLSX exports of your deals (.csv .tsv .txt .xlsx .xlsm .xls) in it.`
        : `No deals were found in ${options.dataDir}: no file was recognised as a deals export with accepted rows. ${noDealsReasons(files)}Pin a file's kind and columns in ${CONFIG_FILE} if a file holds deals.`,
    );
  }
  if (options.strict && report.totals.rejected > 0) {
    fatal.push(`${report.totals.rejected} row(s) were rejected and --strict is on: fix the rows listed above, or run without --strict to build with the accepted rows.`);
  }
  const unreadable = files.filter((f) => f.status === 'unreadable').length;
  if (options.strict && unreadable > 0) {
    fatal.push(`${unreadable} file(s) could not be read and --strict is on: fix or remove the files listed above, or run without --strict to build from the other files.`);
  }
  return { ok: fatal.length === 0, config, model, report: { ...report, fatal }, timings };
}

/** The model builder's code for "no date anywhere in the data". */
const NO_AS_OF_DATE = 'no-as-of-date';
/** Its issue, and those that quote the placeholder as-of date it leaves (the fatal reason replaces them). */
const DATED_BY_PLACEHOLDER = new Set([NO_AS_OF_DATE, 'snapshot-date-from-as-of']);

/**
 * Why no table gave deals, table by table, in the words of each table's own issues: the
 * reason an unknown table was not used, or the first error of a deals table that kept no row.
 */
function noDealsReasons(files: readonly FileReport[]): string {
  const reasons: string[] = [];
  for (const file of files) {
    for (const table of file.tables) {
      const where = table.sheet === null ? file.file : `${file.file} › ${table.sheet}`;
      if (table.kind === 'unknown' && table.kindReason !== 'ignored in config') reasons.push(`${where} was not read as deals: ${table.kindReason}.`);
      else if (table.kind === 'deals' && table.accepted === 0) {
        const first = table.issues.find((i) => i.severity === 'error');
        reasons.push(first ? first.message : `${where} has no deal rows.`);
      }
    }
    const unreadable = file.issues.find((i) => i.severity === 'error');
    if (file.status === 'unreadable' && unreadable) reasons.push(unreadable.message);
  }
  const shown = reasons.slice(0, 5).join(' ');
  return shown === '' ? '' : `${shown}${reasons.length > 5 ? ` (and ${reasons.length - 5} more)` : ''} `;
}

async function loadConfig(dataDir: string): Promise<{ config: Config; configFile: string | null; configIssues: Issue[]; currencyConfigured: boolean }> {
  const file = path.join(dataDir, CONFIG_FILE);
  let text: string | null;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') return { config: defaultConfig(), configFile: null, configIssues: [], currencyConfigured: false };
    const message =
      code === 'EISDIR'
        ? `${CONFIG_FILE} is a folder, not a file: remove it, or replace it with a file holding the settings as JSON.`
        : `${CONFIG_FILE} could not be read (${code}): check that the file can be read, or remove it to use the defaults.`;
    const issue: Issue = { severity: 'error', code: 'config-unreadable', file: CONFIG_FILE, sheet: null, row: null, column: null, value: null, message };
    return { config: defaultConfig(), configFile: CONFIG_FILE, configIssues: [issue], currencyConfigured: true };
  }
  const parsed = parseConfig(text, CONFIG_FILE);
  return parsed.ok
    ? { config: parsed.config, configFile: CONFIG_FILE, configIssues: [], currencyConfigured: setsCurrency(text) }
    : { config: defaultConfig(), configFile: CONFIG_FILE, configIssues: parsed.issues, currencyConfigured: true };
}

/** Whether the config file itself names a reporting currency (the schema's default does not count). */
function setsCurrency(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
    return typeof value === 'object' && value !== null && Object.hasOwn(value, 'currency');
  } catch {
    return true;
  }
}

/**
 * readDataFile never throws for a bad file; should a reader fail anyway on bytes nobody
 * foresaw, that file is reported unreadable and the others are still read.
 */
async function readSafely(dataDir: string, file: string, options: Parameters<typeof readDataFile>[2]): Promise<FileReadResult> {
  try {
    return await readDataFile(dataDir, file, options);
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 120);
    const bytes = (await stat(path.join(dataDir, file)).catch(() => null))?.size ?? 0;
    return {
      file,
      extension: extensionOf(file),
      bytes,
      format: null,
      tables: [],
      sheetsNotRead: [],
      notes: [{ severity: 'error', code: 'read-failed', rowNumber: null, message: `${file} could not be read (${reason}): open it in Excel and save it again as .xlsx or CSV, or export it again from the CRM.` }],
    };
  }
}

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : 'unknown error';
}

function extensionOf(file: string): string {
  return path.extname(file).slice(1).toLowerCase();
}

function noteToIssue(note: IngestNote, file: string, sheet: string | null): Issue {
  return { severity: note.severity, code: note.code, file, sheet, row: note.rowNumber, column: null, value: null, message: note.message };
}

function fileReport(read: FileReadResult, tables: TableReport[]): FileReport {
  return {
    file: read.file,
    extension: read.extension,
    bytes: read.bytes,
    format: read.format,
    status: read.format === null || (read.tables.length === 0 && read.notes.some((n) => n.severity === 'error')) ? 'unreadable' : 'read',
    sheetsNotRead: read.sheetsNotRead,
    issues: read.notes.map((n) => noteToIssue(n, read.file, null)),
    tables,
  };
}

function emptyReport(dataDir: string, config: Config, configFile: string | null, configIssues: Issue[]): DataReport {
  const count = (severity: Issue['severity']) => configIssues.filter((i) => i.severity === severity).length;
  return {
    dataDir,
    configFile,
    config,
    configIssues,
    files: [],
    modelIssues: [],
    totals: { files: 0, tables: 0, rowsRead: 0, accepted: 0, rejected: 0, skipped: 0, errors: count('error'), warnings: count('warning'), infos: count('info') },
    deals: { total: 0, open: 0, won: 0, lost: 0, wonAmount: 0, currency: config.currency },
    asOf: null,
    asOfSource: null,
    snapshotDates: [],
    fatal: [],
  };
}

function summarize(report: DataReport, model: Model): DataReport {
  const totals: DataTotals = { files: report.files.length, tables: 0, rowsRead: 0, accepted: 0, rejected: 0, skipped: 0, errors: 0, warnings: 0, infos: 0 };
  const count = (severity: Issue['severity'], n = 1) => {
    if (severity === 'error') totals.errors += n;
    else if (severity === 'warning') totals.warnings += n;
    else totals.infos += n;
  };
  for (const file of report.files) {
    for (const issue of file.issues) count(issue.severity);
    for (const table of file.tables) {
      totals.tables += 1;
      totals.rowsRead += table.rowsRead;
      totals.accepted += table.accepted;
      totals.rejected += table.rejected;
      totals.skipped += table.skipped;
      count('error', table.issueCounts.error);
      count('warning', table.issueCounts.warning);
      count('info', table.issueCounts.info);
    }
  }
  for (const issue of report.modelIssues) count(issue.severity);
  for (const issue of report.configIssues) count(issue.severity);

  const deals = { total: model.deals.length, open: 0, won: 0, lost: 0, wonAmount: 0, currency: model.currency };
  const wonAmounts: number[] = [];
  for (const deal of model.deals) {
    deals[deal.status] += 1;
    if (deal.status === 'won' && deal.amount !== null) wonAmounts.push(deal.amount);
  }
  deals.wonAmount = fsum(wonAmounts);
  return {
    ...report,
    totals,
    deals,
    leftOut: model.leftOut ?? [],
    currencySource: model.currencySource ?? 'config',
    asOf: model.asOf,
    asOfSource: model.asOfSource,
    snapshotDates: model.snapshots.map((s) => s.date),
  };
}
