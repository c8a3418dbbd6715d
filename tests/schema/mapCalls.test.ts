/**
 * The calls file: classified like any other table, mapped row by row with pinned messages, kept
 * by the model with the quarter each call is for.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDataStage, type DataStageResult } from '../../src/dataStage.ts';

const DEALS = `"Opportunity ID","Opportunity Name","Opportunity Owner","Stage","Amount","Close Date","Created Date"
"006A","Deal A","Ana Silva","Proposal/Price Quote","10000","2026-08-20","2026-06-01"
`;
// Rows 2-5 good (company with blank name, company named, team, rep with Period); 6-11 each wrong once.
const CALLS = `Date,Scope,Name,Call,Commit,Best Case,Period,Submitted By
2026-08-05,Company,,"$1,200,000",900000,1500000,,Vera VP
2026-08-12,company,Acme,1250000,,,,Vera VP
2026-08-12,Team,East,400000,350000,450000,,Max Manager
2026-08-12,Rep,Ana Silva,90000,,,Q2 FY2027,Max Manager
,Team,East,1,,,,
2026-08-12,Division,East,1,,,,
2026-08-12,Region,,1,,,,
2026-08-12,Team,East,,,,,
2026-08-12,Team,East,-5,,,,
2026-08-12,Team,East,5,,,Someday,
`;

describe('calls file', () => {
  let dir: string;
  let result: DataStageResult;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'qd-calls-'));
    writeFileSync(path.join(dir, 'quarterdeck.config.json'), JSON.stringify({ companyName: 'Acme', currency: 'USD', fiscalYearStartMonth: 2, asOf: '2026-08-19' }));
    writeFileSync(path.join(dir, 'opportunities-2026-08-19.csv'), DEALS);
    writeFileSync(path.join(dir, 'forecast-calls.csv'), CALLS);
    result = await runDataStage({ dataDir: dir });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const table = () => result.report.files.find((f) => f.file === 'forecast-calls.csv')!.tables[0]!;

  it('is classified as calls, its columns mapped, every row accounted for', () => {
    const t = table();
    expect(t.kind).toBe('calls');
    expect(t.kindReason).toBe("has Date, Scope, Name and Call columns (the manager's call)");
    expect(t.mapping).toMatchObject({ date: 'Date', scope: 'Scope', name: 'Name', call: 'Call', commit: 'Commit', bestCase: 'Best Case', period: 'Period', submittedBy: 'Submitted By' });
    expect({ read: t.rowsRead, accepted: t.accepted, rejected: t.rejected, skipped: t.skipped }).toEqual({ read: 10, accepted: 4, rejected: 6, skipped: 0 });
  });

  it('rejects bad rows with pinned messages naming file, row and column', () => {
    expect(table().issues.filter((i) => i.severity === 'error').map((i) => i.message)).toEqual([
      'forecast-calls.csv › row 6 › Date: the cell is empty, but every call needs the date it was submitted, so the row was left out; fill in the date.',
      'forecast-calls.csv › row 7 › Scope: "Division" is not a scope; write company, region, team or rep, so the row was left out.',
      "forecast-calls.csv › row 8 › Name: the cell is empty, but a region call needs the region's name, so the row was left out; fill in the name.",
      'forecast-calls.csv › row 9 › Call: the cell is empty, but every row needs the call amount, so the row was left out; fill in the amount.',
      'forecast-calls.csv › row 10 › Call: the call is below 0, so the row was left out; write the amount as a positive number.',
      'forecast-calls.csv › row 11 › Period: "Someday" is not a period; write a fiscal quarter such as Q3 FY2027 or 2026-Q3, or leave the cell empty for the quarter holding the date. The row was left out.',
    ]);
  });

  it('the model keeps the calls with the fiscal quarter each is for (default: the quarter holding the date)', () => {
    const calls = result.model!.calls!;
    expect(calls.map((c) => [c.date, c.scope, c.name, c.call, c.commit, c.bestCase, c.period, c.submittedBy])).toEqual([
      ['2026-08-05', 'company', null, 1_200_000, 900_000, 1_500_000, 'FY2027-Q3', 'Vera VP'],
      ['2026-08-12', 'company', null, 1_250_000, null, null, 'FY2027-Q3', 'Vera VP'],
      ['2026-08-12', 'team', 'East', 400_000, 350_000, 450_000, 'FY2027-Q3', 'Max Manager'],
      ['2026-08-12', 'rep', 'Ana Silva', 90_000, null, null, 'FY2027-Q2', 'Max Manager'],
    ]);
    expect(calls[3]).toMatchObject({ periodStart: '2026-05-01', periodEnd: '2026-07-31' });
  });
});
