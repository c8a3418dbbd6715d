/**
 * Hostile and broken inputs through the whole data stage: each folder (built in a temp dir)
 * gives either a correct dashboard or a clear error, pinned here word for word, with every row
 * accounted for (read = accepted + rejected + skipped) and the exit code `npm run check` gives.
 * A few folders also go through the real command (see badInputCli.test.ts).
 * Broken workbooks come from the ingest fixture maker (tests/fixtures/ingest/make-fixtures.ts).
 */
import { chmodSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as XLSX from 'xlsx';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeIngestFixtures } from '../fixtures/ingest/make-fixtures.ts';
import { DEALS_HEADER, exitCodeOf, issuesOf, messagesOf, stage, tempFolders } from './trustKit.ts';

const folders = tempFolders();
let generated = '';
const fixture = (name: string): Uint8Array => readFileSync(path.join(generated, name));

beforeAll(() => {
  generated = folders.make({});
  makeIngestFixtures(generated);
});
afterAll(() => folders.cleanup());

/** One good deals file: a won deal of 100 and an open one of 50, snapshot 2026-03-31 (from the name). */
const GOOD = { 'deals-2026-03-31.csv': `${DEALS_HEADER}\nG1,Good won,Ana Ruiz,Closed Won,100,2026-03-15\nG2,Good open,Ana Ruiz,Prospecting,50,2026-06-30\n` };

function fileIssues(report: Awaited<ReturnType<typeof stage>>['report'], file: string) {
  const f = report.files.find((x) => x.file === file);
  if (f === undefined) throw new Error(`no report for ${file}`);
  return f;
}

describe('files that cannot be read', () => {
  it('an empty file: listed as unreadable, and with nothing else there is no dashboard (exit 1)', async () => {
    const dir = folders.make({ 'deals.csv': '' });
    const result = await stage(dir);
    expect(exitCodeOf(result)).toBe(1);
    const file = fileIssues(result.report, 'deals.csv');
    expect(file.status).toBe('unreadable');
    expect(file.issues.map((i) => i.message)).toEqual(['deals.csv is empty (0 bytes): export the report again, or remove the file from the data folder.']);
    expect(result.report.fatal).toEqual([
      `No deals were found in ${dir}: no file was recognised as a deals export with accepted rows. deals.csv is empty (0 bytes): export the report again, or remove the file from the data folder. Pin a file's kind and columns in quarterdeck.config.json if a file holds deals.`,
    ]);
    // No deals, so no as-of date is invented (no 1970-01-01) and no warning about it.
    expect(result.report.asOf).toBeNull();
    expect(issuesOf(result.report, 'no-as-of-date')).toEqual([]);
  });

  it('a header and no rows: a warning, zero rows read, no dashboard (exit 1)', async () => {
    const result = await stage(folders.make({ 'deals-2026-03-31.csv': `${DEALS_HEADER}\n` }));
    expect(exitCodeOf(result)).toBe(1);
    expect(messagesOf(result.report, 'no-data-rows')).toEqual([
      'deals-2026-03-31.csv has a header row (row 1) but no data rows below it: export the report again with its rows, or remove the file from the data folder.',
    ]);
    expect(result.report.totals).toMatchObject({ files: 1, tables: 1, rowsRead: 0, accepted: 0 });
  });

  it('binary junk named .csv is refused; the good file beside it still builds (exit 0)', async () => {
    const result = await stage(folders.make({ ...GOOD, 'junk.csv': fixture('junk.csv') }));
    expect(exitCodeOf(result)).toBe(0);
    const junk = fileIssues(result.report, 'junk.csv');
    expect([junk.status, junk.format, junk.tables.length]).toEqual(['unreadable', null, 0]);
    expect(junk.issues.map((i) => [i.severity, i.message])).toEqual([
      ['error', 'junk.csv is not text but binary data, so it is not a CSV export: export the report again as CSV or XLSX, or remove the file from the data folder.'],
    ]);
    expect(result.report.deals).toMatchObject({ total: 2, won: 1, wonAmount: 100 });
  });

  it('a CSV named .xlsx is read as CSV, with a note (exit 0)', async () => {
    const text = `${DEALS_HEADER}\nX1,Named wrong,Ana Ruiz,Closed Won,700,2026-03-01\n`;
    const result = await stage(folders.make({ 'pipeline-2026-03-31.xlsx': text }));
    expect(exitCodeOf(result)).toBe(0);
    const file = fileIssues(result.report, 'pipeline-2026-03-31.xlsx');
    expect([file.format, file.status]).toEqual(['csv', 'read']);
    expect(file.issues.map((i) => [i.severity, i.message])).toEqual([
      ['info', 'pipeline-2026-03-31.xlsx is named .xlsx but is comma-separated text, so it was read as such: rename it to .csv to avoid confusion.'],
    ]);
    expect(result.report.deals).toMatchObject({ total: 1, won: 1, wonAmount: 700 });
  });

  it.each([
    ['corrupt.xlsx', 'corrupt.xlsx looks like an Excel workbook but is damaged (its zip directory cannot be read): open it in Excel and save it again, or export it again from the CRM.'],
    ['protected.xlsx', 'protected.xlsx is protected with a password: open it in Excel, remove the password (File > Info > Protect Workbook), save, and try again.'],
    ['pivot-only.xlsx', "pivot-only.xlsx holds only a pivot table's cached data, not rows on a sheet: in Excel, double-click the pivot table's grand total to put its rows on a new sheet (or export the source report itself), save, and try again."],
    ['only-hidden.xlsx', 'only-hidden.xlsx has data only on hidden sheets ("Data"), which are not read: unhide the sheet with the rows in Excel (right-click a sheet tab > Unhide), save, and try again.'],
    ['not-a-workbook.xlsx', 'not-a-workbook.xlsx is a zip archive but not an Excel workbook: unzip it and put the CSV or XLSX files it holds in the data folder, or save the spreadsheet in Excel as .xlsx.'],
  ])('%s is listed as unreadable with one error; the good file still builds (exit 0)', async (name, message) => {
    const result = await stage(folders.make({ ...GOOD, [name]: fixture(name) }));
    expect(exitCodeOf(result)).toBe(0);
    const file = fileIssues(result.report, name);
    expect(file.status).toBe('unreadable');
    expect(file.tables).toEqual([]);
    expect(file.issues.filter((i) => i.severity === 'error').map((i) => i.message)).toEqual([message]);
    expect(result.report.deals).toMatchObject({ total: 2, wonAmount: 100 });
    // With --strict an unreadable file fails the run.
    const strict = await stage(folders.make({ ...GOOD, [name]: fixture(name) }), { strict: true });
    expect(exitCodeOf(strict)).toBe(1);
    expect(strict.report.fatal).toEqual([
      '1 file(s) could not be read and --strict is on: fix or remove the files listed above, or run without --strict to build from the other files.',
    ]);
  });

  it('a workbook whose data is only on a hidden sheet also lists the sheet as not read', async () => {
    const result = await stage(folders.make({ ...GOOD, 'only-hidden.xlsx': fixture('only-hidden.xlsx') }));
    const file = fileIssues(result.report, 'only-hidden.xlsx');
    expect(file.sheetsNotRead).toEqual([
      { sheet: 'Sheet1', reason: 'empty' },
      { sheet: 'Data', reason: 'hidden' },
    ]);
  });
});

describe('size limits and zip bombs (limits set small in the config)', () => {
  it('a file over limits.maxFileMB is refused by its size, before it is read', async () => {
    // 0.001 MB = 1,049 bytes; the file is 4,096 bytes = 0.0039 MB.
    const big = `${DEALS_HEADER}\n`.padEnd(4095, ' ') + '\n';
    expect(big.length).toBe(4096);
    const result = await stage(folders.make({ ...GOOD, 'quarterdeck.config.json': '{ "limits": { "maxFileMB": 0.001 } }', 'big.csv': big }));
    expect(exitCodeOf(result)).toBe(0);
    expect(fileIssues(result.report, 'big.csv').issues.map((i) => i.message)).toEqual([
      'big.csv is 0.0039 MB, larger than the 0.001 MB limit (limits.maxFileMB in quarterdeck.config.json): raise that limit, or export fewer rows or columns.',
    ]);
  });

  it('a 3 GB file (sparse on disk) is refused at once with the default 512 MB limit', async () => {
    const dir = folders.make(GOOD);
    writeFileSync(path.join(dir, 'huge.csv'), '');
    truncateSync(path.join(dir, 'huge.csv'), 3 * 1024 ** 3);
    const started = performance.now();
    const result = await stage(dir);
    // Reading 3 GB would take far longer (and the memory); refusing it is a stat call, even with a second reading thread started.
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(fileIssues(result.report, 'huge.csv').issues.map((i) => i.message)).toEqual([
      'huge.csv is 3072 MB, larger than the 512 MB limit (limits.maxFileMB in quarterdeck.config.json): raise that limit, or export fewer rows or columns.',
    ]);
  });

  it('a workbook that expands beyond limits.maxUncompressedMB is refused before it is expanded', async () => {
    const result = await stage(folders.make({ ...GOOD, 'quarterdeck.config.json': '{ "limits": { "maxUncompressedMB": 0.05 } }', 'big-sheet.xlsx': fixture('big-sheet.xlsx') }));
    expect(exitCodeOf(result)).toBe(0);
    const [message] = fileIssues(result.report, 'big-sheet.xlsx').issues.map((i) => i.message);
    expect(message).toMatch(
      /^big-sheet\.xlsx expands to 0\.\d+ MB when opened, more than the 0\.05 MB limit \(limits\.maxUncompressedMB in quarterdeck\.config\.json\): raise that limit if the workbook is genuine, or export fewer rows or columns\.$/,
    );
  });

  it('a zip bomb declaring 200 MB in a few kilobytes is refused whatever the limit', async () => {
    const result = await stage(folders.make({ ...GOOD, 'quarterdeck.config.json': '{ "limits": { "maxUncompressedMB": 4096 } }', 'bomb.xlsx': fixture('declared-200mb.xlsx') }));
    const [message] = fileIssues(result.report, 'bomb.xlsx').issues.map((i) => i.message);
    expect(message).toMatch(
      /^bomb\.xlsx declares 200 MB of content packed into 0\.\d+ MB \(\d+:1, where real workbooks stay under 100:1\), so it was not opened as it looks damaged or built to exhaust memory: export it again from the CRM \(raising limits\.maxUncompressedMB in quarterdeck\.config\.json does not lift this check\)\.$/,
    );
  });

  it('a zip bomb whose directory lies about its sizes is refused without being expanded', async () => {
    // 8 MB of sheet XML compressed to about 8 KB, with a declared size of 0 in both headers
    // (what SheetJS would grow its buffer for, however large the stream).
    const result = await stage(folders.make({ ...GOOD, 'liar.xlsx': lyingWorkbook(8) }));
    expect(exitCodeOf(result)).toBe(0);
    expect(fileIssues(result.report, 'liar.xlsx').issues.map((i) => i.message)).toEqual([
      'liar.xlsx holds more data in "xl/worksheets/sheet1.xml" than its zip directory declares (0 MB), so it was not opened as it looks damaged or built to exhaust memory: export it again from the CRM.',
    ]);
  });

  it('stray values far to the right on many rows (a small file spanning billions of cells) are refused', async () => {
    const result = await stage(folders.make({ ...GOOD, 'stray.xlsx': strayCellsWorkbook(700) }));
    expect(exitCodeOf(result)).toBe(0);
    // Row 1 spans 3 cells, every later row 16,384 (A to XFD): 3 + 611 × 16,384 > 10,000,000 at row 612.
    expect(fileIssues(result.report, 'stray.xlsx').issues.map((i) => i.message)).toEqual([
      'stray.xlsx › Deals › row 612 has a value as far right as column XFD, and with the rows above it the sheet spans more than 10,000,000 cells, far more than its data, so it was not read: in Excel, delete the empty columns to the right of the table and the rows below it (or clear the stray cells), save, and try again.',
    ]);
  });

  it('an HTML table whose cells span thousands of columns (colspan) is refused the same way', async () => {
    let rows = '<tr><td>Opportunity Owner</td><td>Stage</td><td>Amount</td></tr>';
    for (let i = 0; i < 700; i++) rows += '<tr><td>Ana Ruiz</td><td>Closed Won</td><td colspan="16000"></td><td>1</td></tr>';
    const result = await stage(folders.make({ ...GOOD, 'printable.xls': `<html><body><table>${rows}</table></body></html>` }));
    const file = fileIssues(result.report, 'printable.xls');
    expect(file.status).toBe('unreadable');
    // Row 1 spans 3 cells, every later row 16,003 (up to column WQM): over 10,000,000 at row 626.
    expect(file.issues.map((i) => i.message)).toEqual([
      'printable.xls › row 626 has a value as far right as column WQM, and with the rows above it the table spans more than 10,000,000 cells, far more than its data, so it was not read: in Excel, delete the empty columns to the right of the table and the rows below it (or clear the stray cells), save, and try again.',
    ]);
  });
});

describe('rows that only look like something else', () => {
  it('deals named "Copyright Clearance Center" and "Total" at the end of the export are deals, not a footer', async () => {
    // Name first, as many reports put it; the last rows follow the data without a blank row.
    const text = 'Opportunity Name,Opportunity ID,Opportunity Owner,Stage,Amount,Close Date\nAcme,F1,Ana Ruiz,Closed Won,100,2026-03-01\nCopyright Clearance Center,F2,Ana Ruiz,Closed Won,200,2026-03-02\nTotal,F3,Ana Ruiz,Closed Won,300,2026-03-03\n';
    const result = await stage(folders.make({ 'deals-2026-03-31.csv': text }));
    expect(result.report.totals).toMatchObject({ rowsRead: 3, accepted: 3, skipped: 0 });
    expect(result.report.deals).toMatchObject({ total: 3, wonAmount: 600 });
    // A real footer line with a total beside it is still cut.
    const footer = await stage(folders.make({ 'deals-2026-03-31.csv': `${text}Grand Totals (3 records),,,,"$600.00",\n` }));
    expect(footer.report.totals).toMatchObject({ rowsRead: 4, accepted: 3, skipped: 1 });
  });
});

describe('rows that are broken', () => {
  it('ragged rows: a short row is padded (warning), a long row keeps its extra cell (warning)', async () => {
    const text = `${DEALS_HEADER}\nR1,Short,Ana Ruiz,Closed Won,100\nR2,Long,Ana Ruiz,Closed Won,200,2026-03-01,extra\nR3,Fine,Ana Ruiz,Closed Won,300,2026-03-02\n`;
    const result = await stage(folders.make({ 'deals-2026-03-31.csv': text }));
    expect(exitCodeOf(result)).toBe(0);
    expect(messagesOf(result.report, 'ragged-row')).toEqual([
      'deals-2026-03-31.csv › row 2 has 5 cells but the header has 6, so the missing cells were read as empty: check that the row was not cut short or split across lines.',
      'deals-2026-03-31.csv › row 3 has 7 cells but the header has 6: a value probably contains an unquoted comma; put quotes around that value, or check that the file uses comma as its delimiter.',
    ]);
    expect(result.report.totals).toMatchObject({ rowsRead: 3, accepted: 3, rejected: 0 });
    expect(result.report.deals).toMatchObject({ won: 3, wonAmount: 600 });
  });

  it('a quote opened on the last row and never closed: that row is rejected with one error, the others kept', async () => {
    const text = `${DEALS_HEADER}\nQ1,Fine,Ana Ruiz,Closed Won,100,2026-03-01\nQ2,"Broken,Ana Ruiz,Closed Won,200,2026-03-02\n`;
    const result = await stage(folders.make({ 'deals-2026-03-31.csv': text }));
    expect(exitCodeOf(result)).toBe(0);
    const errors = issuesOf(result.report).filter((i) => i.severity === 'error');
    expect(errors.map((i) => [i.code, i.row, i.message])).toEqual([
      ['unclosed-quote', 3, 'deals-2026-03-31.csv › row 3 opens a quote (") that is never closed, so everything from there to the end of the file was read as one value: close the quote or remove it, save, and try again.'],
    ]);
    expect(result.report.totals).toMatchObject({ rowsRead: 2, accepted: 1, rejected: 1 });
    expect(result.report.deals).toMatchObject({ total: 1, wonAmount: 100 });
    const strict = await stage(folders.make({ 'deals-2026-03-31.csv': text }), { strict: true });
    expect(exitCodeOf(strict)).toBe(1);
  });

  it('a quote never closed in the middle swallows the rows after it: the row is rejected, not half-read', async () => {
    // Row 3's quote runs to the end of the file, taking line 4 with it: 2 records, one rejected.
    const text = `${DEALS_HEADER}\nQ1,Fine,Ana Ruiz,Closed Won,100,2026-03-01\nQ2,Broken,Ana Ruiz,Closed Won,"200,2026-03-02\nQ3,Lost in the quote,Ana Ruiz,Closed Won,300,2026-03-03\n`;
    const result = await stage(folders.make({ 'deals-2026-03-31.csv': text }));
    expect(issuesOf(result.report).filter((i) => i.severity === 'error').map((i) => [i.code, i.row])).toEqual([['unclosed-quote', 3]]);
    expect(result.report.totals).toMatchObject({ rowsRead: 2, accepted: 1, rejected: 1 });
    expect(result.model!.deals.map((d) => d.id)).toEqual(['Q1']);
  });

  it('mixed delimiters: rows split by another delimiter are rejected with one error each', async () => {
    const text = `${DEALS_HEADER}\nM1,Commas,Ana Ruiz,Closed Won,100,2026-03-01\nM2;Semicolons;Ana Ruiz;Closed Won;200;2026-03-02\nM3\tTabs\tAna Ruiz\tClosed Won\t300\t2026-03-03\n`;
    const result = await stage(folders.make({ 'deals-2026-03-31.csv': text }));
    expect(exitCodeOf(result)).toBe(0);
    expect(issuesOf(result.report).filter((i) => i.severity === 'error').map((i) => i.message)).toEqual([
      'deals-2026-03-31.csv › row 3 has 1 cell but the header has 6: the row seems to be separated by semicolons (;) while the file uses commas (,), so its values were not split and the row was left out; use one delimiter for the whole file (save it again from Excel or the CRM).',
      'deals-2026-03-31.csv › row 4 has 1 cell but the header has 6: the row seems to be separated by tabs while the file uses commas (,), so its values were not split and the row was left out; use one delimiter for the whole file (save it again from Excel or the CRM).',
    ]);
    expect(result.report.totals).toMatchObject({ rowsRead: 3, accepted: 1, rejected: 2 });
    expect(result.report.deals.wonAmount).toBe(100);
  });

  it('mixed delimiters on more rows than the notes list: every such row is rejected, none becomes a bogus rep', async () => {
    // A roster needs only a rep, so a whole row read into its first cell would pass as a rep named "Rep 1;East;Americas".
    // 40 rows with commas (the file's delimiter), then 25 with semicolons.
    const good = Array.from({ length: 40 }, (_, i) => `Good ${i + 1},East,Americas`);
    const bad = Array.from({ length: 25 }, (_, i) => `Bad ${i + 1};East;Americas`);
    const roster = `Rep,Team,Region\n${[...good, ...bad].join('\n')}\n`;
    const result = await stage(folders.make({ ...GOOD, 'roster.csv': roster }));
    const table = result.report.files.find((f) => f.file === 'roster.csv')!.tables[0]!;
    expect([table.kind, table.rowsRead, table.accepted, table.rejected]).toEqual(['roster', 65, 40, 25]);
    // 20 rows are listed one by one, then one line counts the rest.
    expect(table.issueCounts.byCode['mixed-delimiters']).toBe(21);
    expect(table.issues.at(-1)?.message).toBe(
      'roster.csv has 5 more rows with the same problem as above (mixed-delimiters, 25 in all), not listed one by one: fix the rows listed first, then read the file again to see the rest.',
    );
    expect(result.model!.reps.filter((r) => r.name.startsWith('Bad'))).toEqual([]);
  });

  it('dates in two styles in one column (10/13/2020 and 07/12/23) are both read month-first', async () => {
    const text = `${DEALS_HEADER}\nD1,Four-digit year,Ana Ruiz,Closed Won,100,10/13/2020\nD2,Two-digit year,Ana Ruiz,Closed Won,200,07/12/23\n`;
    const result = await stage(folders.make({ 'deals-2026-03-31.csv': text }));
    expect(exitCodeOf(result)).toBe(0);
    // 10/13/2020 can only be month-first, so the column is; 07/12/23 is then July 12, 2023.
    expect(result.model!.deals.map((d) => [d.id, d.closeDate])).toEqual([['D1', '2020-10-13'], ['D2', '2023-07-12']]);
    expect(issuesOf(result.report).filter((i) => i.severity !== 'info')).toEqual([]);
  });

  it('a column mixing day-first and month-first dates gets a warning and each date read the way it can be', async () => {
    const text = `${DEALS_HEADER}\nD1,Day first,Ana Ruiz,Closed Won,100,13/02/2026\nD2,Month first,Ana Ruiz,Closed Won,200,02/14/2026\nD3,Either,Ana Ruiz,Closed Won,300,03/04/2026\n`;
    const result = await stage(folders.make({ 'deals-2026-03-31.csv': text }));
    expect(messagesOf(result.report, 'mixed-date-order')).toEqual([
      'deals-2026-03-31.csv › Close Date: the column mixes day-first and month-first dates (13/02/2026 in the column can only be day/month, but 02/14/2026 can only be month/day), so each date was read the way it can be and dates that could be either were read month-first; write the column in one order, or set "dateOrder" to "MDY" or "DMY" in quarterdeck.config.json.',
    ]);
    expect(result.model!.deals.map((d) => d.closeDate)).toEqual(['2026-02-13', '2026-02-14', '2026-03-04']);
  });

  it('an impossible date (2026-02-30) is dropped with a warning; the row is kept', async () => {
    const text = `${DEALS_HEADER}\nI1,Impossible,Ana Ruiz,Closed Won,100,2026-02-30\n`;
    const result = await stage(folders.make({ 'deals-2026-03-31.csv': text }));
    expect(exitCodeOf(result)).toBe(0);
    expect(issuesOf(result.report).filter((i) => i.severity === 'warning').map((i) => [i.code, i.message])).toEqual([
      ['invalid-date', 'deals-2026-03-31.csv › row 2 › Close Date: "2026-02-30" is not a real calendar date; expected a date such as 2026-10-05. Fix the cell or clear it.'],
      ['missing-close-date', 'deals-2026-03-31.csv › row 2 › Close Date: the deal is won but has no close date, so it is kept without one and left out of results by period; fill in the close date.'],
    ]);
    expect(result.model!.deals[0]).toMatchObject({ id: 'I1', status: 'won', amount: 100, closeDate: null });
  });

  it('amounts: text, absurd, NaN and Infinity are dropped with a warning; a negative amount is kept as written with a warning', async () => {
    const rows = ['A1,Text,TBD', 'A2,Negative,-500', 'A3,Absurd,1e308', 'A4,NaN,NaN', 'A5,Infinity,Infinity', 'A6,Minus infinity,-Infinity', 'A7,Fine,"1,250.50"'];
    const text = `${DEALS_HEADER}\n${rows.map((r) => r.replace(/^(A\d,[^,]+),/, '$1,Ana Ruiz,Closed Won,') + ',2026-03-01').join('\n')}\n`;
    const result = await stage(folders.make({ 'deals-2026-03-31.csv': text }));
    expect(exitCodeOf(result)).toBe(0);
    expect(issuesOf(result.report).filter((i) => i.severity === 'warning').map((i) => [i.row, i.code, i.message])).toEqual([
      [2, 'invalid-amount', 'deals-2026-03-31.csv › row 2 › Amount: "TBD" is not an amount; expected an amount such as 12500, 12,500.00, $12,500 or (1,200). Fix the cell or clear it.'],
      [3, 'negative-amount', 'deals-2026-03-31.csv › row 3 › Amount: the amount -500 is negative; the deal is kept and the amount counts as written, so it lowers totals (a credit or a downgrade); if it is a mistake, fix the cell.'],
      [4, 'invalid-amount', 'deals-2026-03-31.csv › row 4 › Amount: "1e308" is not an amount; expected an amount below 1,000,000,000,000,000. Fix the cell or clear it.'],
      [5, 'invalid-amount', 'deals-2026-03-31.csv › row 5 › Amount: "NaN" is not an amount; expected an amount such as 12500, 12,500.00, $12,500 or (1,200). Fix the cell or clear it.'],
      [6, 'invalid-amount', 'deals-2026-03-31.csv › row 6 › Amount: "Infinity" is not an amount; expected an amount such as 12500, 12,500.00, $12,500 or (1,200). Fix the cell or clear it.'],
      [7, 'invalid-amount', 'deals-2026-03-31.csv › row 7 › Amount: "-Infinity" is not an amount; expected an amount such as 12500, 12,500.00, $12,500 or (1,200). Fix the cell or clear it.'],
    ]);
    // Every row is kept; the won total is -500 + 1,250.50 = 750.50 (the others have no amount).
    expect(result.report.totals).toMatchObject({ rowsRead: 7, accepted: 7, rejected: 0 });
    expect(result.report.deals).toMatchObject({ total: 7, won: 7, wonAmount: 750.5 });
    expect(result.model!.deals.map((d) => d.amount)).toEqual([null, -500, null, null, null, null, 1250.5]);
  });

  it('the same deal id twice in one snapshot with different values: the later row is used, with a warning', async () => {
    const text = `${DEALS_HEADER}\nDUP,First,Ana Ruiz,Closed Won,100,2026-03-01\nDUP,Second,Ana Ruiz,Closed Won,900,2026-03-01\nOK,Other,Ana Ruiz,Closed Won,10,2026-03-01\n`;
    const result = await stage(folders.make({ 'deals-2026-03-31.csv': text }));
    expect(exitCodeOf(result)).toBe(0);
    expect(messagesOf(result.report, 'duplicate-id')).toEqual([
      'deals-2026-03-31.csv › row 3: deal id "DUP" is also on row 2 of the same snapshot (2026-03-31) with a different name and amount; row 3 was used, so remove one of the rows or export one row per deal (a report grouped by product repeats each deal).',
    ]);
    // Three rows accepted, two deals: 900 + 10, never 100 + 900 + 10.
    expect(result.report.totals.accepted).toBe(3);
    expect(result.report.deals).toMatchObject({ total: 2, wonAmount: 910 });
  });

  it('two files that are the same snapshot count each deal once', async () => {
    const text = `${DEALS_HEADER}\nS1,Copy,Ana Ruiz,Closed Won,100,2026-03-01\n`;
    const same = await stage(folders.make({ 'deals-2026-03-31.csv': text, 'copy/deals-2026-03-31.csv': text }));
    expect(same.report.totals).toMatchObject({ files: 2, rowsRead: 2, accepted: 2 });
    expect(same.report.deals).toMatchObject({ total: 1, wonAmount: 100 });
    expect(issuesOf(same.report).filter((i) => i.severity !== 'info')).toEqual([]);
    // The same two files with different amounts: the later file (by path) wins, with a warning.
    const other = `${DEALS_HEADER}\nS1,Copy,Ana Ruiz,Closed Won,300,2026-03-01\n`;
    const differ = await stage(folders.make({ 'deals-2026-03-31.csv': text, 'copy/deals-2026-03-31.csv': other }));
    expect(messagesOf(differ.report, 'snapshot-conflict')).toEqual([
      'copy/deals-2026-03-31.csv and deals-2026-03-31.csv both give the snapshot of 2026-03-31 and disagree on 1 deal (first: S1); the values from deals-2026-03-31.csv were used, so keep one export per snapshot date or fix the file names\' dates.',
    ]);
    expect(differ.report.deals).toMatchObject({ total: 1, wonAmount: 100 });
  });

  it('undated copies of one export (deals.csv and "deals (1).csv") are one snapshot, not two', async () => {
    const text = `${DEALS_HEADER}\nU1,Copy,Ana Ruiz,Closed Won,100,2026-03-01\n`;
    const result = await stage(folders.make({ 'deals.csv': text, 'deals (1).csv': text }));
    expect(result.report.deals).toMatchObject({ total: 1, wonAmount: 100 });
    expect(result.report.snapshotDates).toEqual(['2026-03-01']);
  });
});

describe('reps, stages, currencies and quotas that do not line up', () => {
  const deals = `${DEALS_HEADER}\nR1,One,Ana Ruiz,Prospecting,100,2026-05-01\nR2,Two,Bo Chen,Prospecting,200,2026-05-01\n`;
  const roster = 'Rep,Team,Region\nAna Ruiz,East,Americas\nCy Dodd,West,Americas\n';
  const quotas = 'Rep,FY2026 Q2\nAna Ruiz,1000\nDee Ellis,500\n';

  it('a deal owner missing from the roster and the quotas, a roster rep without deals, a quota for nobody', async () => {
    const result = await stage(folders.make({ 'deals-2026-03-31.csv': deals, 'roster.csv': roster, 'quotas.csv': quotas }));
    expect(exitCodeOf(result)).toBe(0);
    expect(issuesOf(result.report).filter((i) => i.file === '' || i.file === 'quotas.csv').map((i) => [i.severity, i.code, i.message])).toEqual([
      ['warning', 'rep-missing-from-roster', '1 deal owner is not in the rep roster, so their team and region are unknown: Bo Chen; add the rep to the roster (or fix the spelling there).'],
      ['info', 'rep-without-deals', '1 rep in the roster has no deals and no quota: Cy Dodd; nothing needs fixing if they are new or not in sales.'],
      ['info', 'rep-without-quota', '1 rep who owns deals has no quota in the quota files: Bo Chen; their attainment is shown as unknown, not 0%, so add quota rows if they carry a quota.'],
      ['warning', 'quota-without-rep', 'quotas.csv › row 3: the quota is kept, but the rep "Dee Ellis" is neither in the roster nor the owner of any deal; check the spelling against the roster, or add the rep to the roster.'],
    ]);
    const bo = result.model!.reps.find((r) => r.name === 'Bo Chen')!;
    expect([bo.inRoster, bo.team]).toEqual([false, null]);
    expect(result.model!.quotas.filter((q) => q.name === 'Bo Chen')).toEqual([]);
  });

  it('stage names with trailing spaces are the same stage', async () => {
    const text = `${DEALS_HEADER}\nT1,Spaced,Ana Ruiz,Closed Lost ,100,2026-03-01\nT2,Plain,Ana Ruiz,Closed Lost,100,2026-03-01\nT3,Both ends,Ana Ruiz, Closed Won ,50,2026-03-01\nT4,Unknown spaced,Ana Ruiz,Negotiaton ,10,2026-05-01\nT5,Unknown,Ana Ruiz,Negotiaton,10,2026-05-01\n`;
    const result = await stage(folders.make({ 'deals-2026-03-31.csv': text }));
    expect(result.model!.deals.map((d) => [d.id, d.stage, d.status])).toEqual([
      ['T1', 'Closed Lost', 'lost'],
      ['T2', 'Closed Lost', 'lost'],
      ['T3', 'Closed Won', 'won'],
      ['T4', 'Negotiaton', 'open'],
      ['T5', 'Negotiaton', 'open'],
    ]);
    // One warning for the unknown stage, however it is spaced.
    expect(messagesOf(result.report, 'unknown-stage')).toEqual([
      'deals-2026-03-31.csv › row 5 › Stage: "Negotiaton" is not a known stage, so deals at this stage count as open; add it to "stages" in quarterdeck.config.json, e.g. { "name": "Negotiaton", "status": "open" }.',
    ]);
  });

  it('a currency without an exchange rate: the deals are kept, their amounts left out of totals, with one warning', async () => {
    const text = 'Opportunity ID,Opportunity Owner,Stage,Amount,Amount Currency,Close Date\nC1,Ana Ruiz,Closed Won,100,EUR,2026-03-01\nC2,Ana Ruiz,Closed Won,200,USD,2026-03-01\nC3,Ana Ruiz,Closed Won,€300,,2026-03-01\nC4,Ana Ruiz,Closed Won,400,GBP,2026-03-01\n';
    const result = await stage(folders.make({ 'quarterdeck.config.json': '{ "exchangeRates": { "GBP": 1.25 } }', 'deals-2026-03-31.csv': text }));
    expect(exitCodeOf(result)).toBe(0);
    expect(messagesOf(result.report, 'missing-exchange-rate')).toEqual([
      '2 deals (first: deals-2026-03-31.csv › row 2) are in EUR, which has no exchange rate, so their amounts are left out of totals; add it to quarterdeck.config.json as "exchangeRates": { "EUR": <USD per EUR> }.',
    ]);
    // 200 USD + 400 GBP × 1.25 = 700; the EUR deals have no amount in USD but keep their own.
    expect(result.report.deals).toMatchObject({ total: 4, won: 4, wonAmount: 700 });
    expect(result.model!.deals.map((d) => [d.id, d.amount, d.amountOriginal, d.currency])).toEqual([
      ['C1', null, 100, 'EUR'],
      ['C2', 200, 200, 'USD'],
      ['C3', null, 300, 'EUR'],
      ['C4', 500, 400, 'GBP'],
    ]);
  });

  it('quota periods outside the data are noted; a negative quota is never used', async () => {
    const wide = 'Rep,FY2019 Q1,FY2026 Q2,FY2040 Q3,FY2026 Q3\nAna Ruiz,1000,2000,3000,-50\n';
    const long = 'Rep,Period,Quota\nAna Ruiz,FY2026 Q4,-100\n';
    const result = await stage(folders.make({ 'deals-2026-03-31.csv': deals, 'quotas.csv': wide, 'long.csv': long }));
    expect(exitCodeOf(result)).toBe(0);
    expect(messagesOf(result.report, 'quota-outside-data')).toEqual([
      // The data runs from the as-of date (no deal date is earlier) to the end of FY2027.
      'quotas.csv: 2 quotas (first: row 2, 2019-01-01 to 2019-03-31) are for periods outside the data (2026-03-31 to 2027-12-31: from the earliest deal date to the end of the next fiscal year), so no page uses them; nothing needs fixing unless a year is mistyped.',
    ]);
    expect(issuesOf(result.report, 'negative-quota').map((i) => [i.severity, i.message])).toEqual([
      ['error', 'long.csv › row 2 › Quota: the quota -100 is negative, so the row was left out (a quota is zero or more); fix the cell.'],
      ['warning', 'quotas.csv › row 2 › FY2026 Q3: the quota -50 is negative, so it was left out (a quota is zero or more); fix the cell.'],
    ]);
    expect(result.model!.quotas.map((q) => [q.start, q.amount])).toEqual([
      ['2019-01-01', 1000],
      ['2026-04-01', 2000],
      ['2040-07-01', 3000],
    ]);
  });

  it('headers that are the same once case, spaces and punctuation are ignored: the first column is read, with a warning', async () => {
    const text = 'Opportunity ID,Opportunity Owner,Stage,Amount,amount,Close Date,close_date\nH1,Ana Ruiz,Closed Won,100,999,2026-03-01,2027-01-01\n';
    const result = await stage(folders.make({ 'deals-2026-03-31.csv': text }));
    expect(messagesOf(result.report, 'duplicate-column')).toEqual([
      'deals-2026-03-31.csv: columns D ("Amount") and E ("amount") have the same header once case, spaces and punctuation are ignored, so only column D is read as "Amount"; rename or remove one of them, or pick one with "columns" in quarterdeck.config.json.',
      'deals-2026-03-31.csv: columns F ("Close Date") and G ("close_date") have the same header once case, spaces and punctuation are ignored, so only column F is read as "Close Date"; rename or remove one of them, or pick one with "columns" in quarterdeck.config.json.',
    ]);
    expect(result.model!.deals[0]).toMatchObject({ amount: 100, closeDate: '2026-03-01' });
  });
});

describe('the config file and the data folder', () => {
  it.each([
    ['a typo', '{ "fiscalYearStart": 2 }', 'quarterdeck.config.json › fiscalYearStart is not a known setting; did you mean `fiscalYearStartMonth`? Rename or remove it.'],
    ['a wrong type', '{\n  "fiscalYearStartMonth": "feb"\n}', 'quarterdeck.config.json › fiscalYearStartMonth must be a whole number from 1 to 12 (January = 1); found "feb"; change the value, or remove the key to use the default (1).'],
    ['an unknown key', '{ "limits": { "banana": 1 } }', 'quarterdeck.config.json › limits › banana is not a known setting; the settings allowed here are `maxFileMB`, `maxUncompressedMB`; rename or remove it.'],
    ['invalid JSON', '{\n  "companyName": "Acme",\n}', 'quarterdeck.config.json › line 3, column 1 is not valid JSON (a comma before a closing bracket); remove that comma, because JSON allows no trailing commas.'],
  ])('a config with %s stops the run with the problem named (exit 1)', async (_, config, message) => {
    const result = await stage(folders.make({ ...GOOD, 'quarterdeck.config.json': config }));
    expect(exitCodeOf(result)).toBe(1);
    expect(result.report.configIssues.map((i) => i.message)).toEqual([message]);
    expect(result.report.fatal).toEqual(['quarterdeck.config.json has errors: fix them and run again.']);
    // The summary counts the config error.
    expect(result.report.totals.errors).toBe(1);
  });

  it('a config that is a folder is a config error, not a crash (exit 1)', async () => {
    const dir = folders.make({ ...GOOD, 'quarterdeck.config.json/readme.txt': 'not a config' });
    const result = await stage(dir);
    expect(exitCodeOf(result)).toBe(1);
    expect(result.report.configIssues.map((i) => i.message)).toEqual([
      'quarterdeck.config.json is a folder, not a file: remove it, or replace it with a file holding the settings as JSON.',
    ]);
  });

  it('a data folder that does not exist (exit 1)', async () => {
    const dir = path.join(folders.make({}), 'missing');
    const result = await stage(dir);
    expect(exitCodeOf(result)).toBe(1);
    expect(result.report.fatal).toEqual([
      `The data folder ${dir} does not exist: create it and put your CRM exports in it, or pass --data with the folder that has them.`,
    ]);
  });

  it('a data folder that is a file (exit 1)', async () => {
    const dir = path.join(folders.make({ 'deals.csv': 'x' }), 'deals.csv');
    const result = await stage(dir);
    expect(result.report.fatal).toEqual([`The data folder ${dir} is a file, not a folder: pass --data with the folder that holds your CRM exports.`]);
  });

  it('a data folder with no data files (exit 1)', async () => {
    const dir = folders.make({ 'notes.md': '# not data', 'report.pdf': '%PDF-1.4' });
    const result = await stage(dir);
    expect(exitCodeOf(result)).toBe(1);
    expect(result.report.fatal).toEqual([`No data files found in ${dir}: put CSV or XLSX exports of your deals (.csv .tsv .txt .xlsx .xlsm .xls) in it.`]);
    expect(issuesOf(result.report)).toEqual([]);
  });

  it('deals with no date anywhere cannot be dated: no dashboard for 1970 (exit 1)', async () => {
    const result = await stage(folders.make({ 'deals.csv': `${DEALS_HEADER}\nN1,Undated,Ana Ruiz,Prospecting,100,\n` }));
    expect(exitCodeOf(result)).toBe(1);
    expect(result.report.fatal).toEqual([
      'No date was found in the data, so the dashboard has no as-of date: set "asOf" in quarterdeck.config.json to the date the exports were taken, or put that date in the file names (deals-2026-03-31.csv).',
    ]);
    expect(result.report.asOf).toBeNull();
    // Nothing quotes the placeholder date the model falls back to.
    expect(issuesOf(result.report).filter((i) => i.message.includes('1970'))).toEqual([]);
  });

  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  // Root reads any file whatever its mode, so this case cannot happen (and is skipped) when running as root.
  it.skipIf(root)('an unreadable file (chmod 000) is listed as unreadable; the others still build', async () => {
    const dir = folders.make({ ...GOOD, 'locked.csv': `${DEALS_HEADER}\n` });
    chmodSync(path.join(dir, 'locked.csv'), 0o000);
    try {
      const result = await stage(dir);
      expect(exitCodeOf(result)).toBe(0);
      expect(fileIssues(result.report, 'locked.csv').issues.map((i) => i.message)).toEqual([
        'locked.csv could not be read (EACCES): check that the file can be read, and close it in other programs.',
      ]);
    } finally {
      chmodSync(path.join(dir, 'locked.csv'), 0o644);
    }
  });
});

/** A workbook whose sheet inflates to `megabytes` MB while both zip headers declare 0 bytes. */
function lyingWorkbook(megabytes: number): Uint8Array {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['Opportunity Owner', 'Stage', 'Amount'], ['Ana Ruiz', 'Closed Won', 100]]), 'Deals');
  const files = unzipSync(new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer));
  const name = 'xl/worksheets/sheet1.xml';
  const xml = new TextDecoder().decode(files[name]!);
  files[name] = strToU8(xml.replace('<sheetData>', `<!--${'x'.repeat(megabytes * 1024 * 1024)}--><sheetData>`));
  const zip = zipSync(files, { level: 9, mtime: new Date(Date.UTC(2026, 0, 1)) });
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const target = strToU8(name);
  const named = (at: number) => zip.subarray(at, at + target.length).every((b, i) => b === target[i]);
  for (let at = 0; at + 46 < zip.length; at++) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50 && view.getUint16(at + 26, true) === target.length && named(at + 30)) view.setUint32(at + 22, 0, true);
    if (signature === 0x02014b50 && view.getUint16(at + 28, true) === target.length && named(at + 46)) view.setUint32(at + 24, 0, true);
  }
  return zip;
}

/** A sheet with a header and `rows` rows, each with a value in column XFD (the last column), written as XML. */
function strayCellsWorkbook(rows: number): Uint8Array {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['Opportunity Owner', 'Stage', 'Amount']]), 'Deals');
  const files = unzipSync(new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer));
  const name = 'xl/worksheets/sheet1.xml';
  let extra = '';
  for (let r = 2; r <= rows + 1; r++) extra += `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>Ana Ruiz</t></is></c><c r="XFD${r}"><v>1</v></c></row>`;
  const xml = new TextDecoder().decode(files[name]!);
  files[name] = strToU8(xml.replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="A1:XFD${rows + 1}"/>`).replace('</sheetData>', `${extra}</sheetData>`));
  return zipSync(files, { level: 6, mtime: new Date(Date.UTC(2026, 0, 1)) });
}
