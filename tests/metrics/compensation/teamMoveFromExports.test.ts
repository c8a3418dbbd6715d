/**
 * The mid-period team move end to end: a roster with two rows for one rep (old team until a date,
 * the new team after) and a deals export, through the data stage and the model, to the managers'
 * overrides. Each deal counts for the manager of the team the owner was in on its close date.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runDataStage } from '../../../src/dataStage.ts';
import { earnings } from '../../../src/metrics/compensation/earnings.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'qd-comp-move-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const config = {
  companyName: 'Test Co',
  currency: 'USD',
  fiscalYearStartMonth: 1,
  fiscalYearNaming: 'end',
  dateOrder: 'MDY',
  asOf: '2026-09-16',
  compensation: { plans: [{ name: 'Manager', roles: ['Sales Manager'], override: { on: 'team', mode: 'flat', rate: 0.01 } }] },
};
const roster = [
  'Rep,Manager,Team,Start Date,End Date,Role',
  'Mo Chen,,East,2020-01-06,,Sales Manager',
  'Wu Li,,West,2020-01-06,,Sales Manager',
  'Ann Bell,Mo Chen,East,2021-01-04,,Account Executive',
  'Wes Park,Wu Li,West,2021-01-04,,Account Executive',
  // Eve moves from East (Mo) to West (Wu) on 2026-08-16.
  'Eve Ross,Mo Chen,East,2022-01-03,2026-08-15,Account Executive',
  'Eve Ross,Wu Li,West,2026-08-16,,Account Executive',
].join('\n');
const header = '"Opportunity ID","Opportunity Name","Account Name","Opportunity Owner","Stage","Amount","Close Date","Created Date"';
const deals = [
  '"D1","Ann one","Acme","Ann Bell","Closed Won","100000","07/20/2026","05/01/2026"',
  '"D2","Eve before","Beta","Eve Ross","Closed Won","50000","08/10/2026","05/01/2026"',
  '"D3","Eve after","Gamma","Eve Ross","Closed Won","80000","09/01/2026","05/01/2026"',
  '"D4","Wes one","Delta","Wes Park","Closed Won","60000","08/20/2026","05/01/2026"',
].join('\n');
writeFileSync(path.join(dir, 'quarterdeck.config.json'), JSON.stringify(config));
writeFileSync(path.join(dir, 'roster.csv'), `${roster}\n`);
writeFileSync(path.join(dir, 'deals-2026-09-16.csv'), `${header}\n${deals}\n`);

describe('override follows the close date, from the exports', () => {
  it("Eve's deal before her move pays Mo, the one after pays Wu", async () => {
    const stage = await runDataStage({ dataDir: dir });
    expect(stage.ok).toBe(true);
    const result = earnings(stage.model!, stage.config.compensation, { asOf: '2026-09-16' });
    const q3 = (person: string) => result.statements.find((s) => s.person === person && s.period.key === 'FY2026-Q3')!;
    // FY2026 Q3 (calendar fiscal year named by its end): Jul-Sep 2026.
    expect(q3('Mo Chen').credits.map((c) => c.dealId)).toEqual(['D1', 'D2']);
    expect(q3('Mo Chen').total).toBeCloseTo(1_500, 9); // 1% of 150,000
    expect(q3('Wu Li').credits.map((c) => c.dealId)).toEqual(['D4', 'D3']);
    expect(q3('Wu Li').total).toBeCloseTo(1_400, 9); // 1% of 140,000
  });
});
